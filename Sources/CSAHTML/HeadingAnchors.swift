import CSAModel

/// Gives each heading of a document a stable, unique `id`: the same text always gives the same id,
/// so links to `#statutory-duties` keep working from one build to the next.
public struct HeadingAnchors {
    private var used: Set<String> = []
    private let prefix: String

    /// `prefix` goes before every id, e.g. `introduction-` on a page that holds several chapters.
    public init(prefix: String = "") { self.prefix = prefix }

    /// A slug of `text`: lowercase letters and digits, words joined by hyphens; `section` if nothing is left.
    public static func slug(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(ch)
            } else if ch.isWhitespace || ch == "-" || ch == "_" || ch == "/" || ch == "." {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    /// The next id for a heading with this text: its slug, then `slug-2`, `slug-3` for repeats.
    public mutating func id(for text: String) -> String {
        let base = prefix + HeadingAnchors.slug(text)
        var candidate = base
        var n = 1
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used.insert(candidate)
        return candidate
    }
}

/// A heading of a document as a contents list needs it: level, plain text and anchor id.
public struct HeadingEntry: Hashable, Sendable {
    public var level: Int
    public var text: String
    public var id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}

extension HeadingAnchors {
    /// Every heading in the document, in order, with the ids the HTML writer gives them.
    public static func outline(of document: Document, prefix: String = "") -> [HeadingEntry] {
        var anchors = HeadingAnchors(prefix: prefix)
        var entries: [HeadingEntry] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .heading(let level, let inlines):
                    let text = inlines.plainText
                    entries.append(HeadingEntry(level: level, text: text, id: anchors.id(for: text)))
                case .blockQuote(let children): walk(children)
                case .list(_, _, let items): items.forEach(walk)
                default: break
                }
            }
        }
        walk(document.blocks)
        return entries
    }
}
