import CSAModel

/// Gives each heading of a page a stable, unique `id`: the same text always gives the same id,
/// so links to `#statutory-duties` keep working from one build to the next.
///
/// Ids already taken on the page (the page's own ids, given as `reserved`, and every id this value has
/// handed out) are never given again. Repeats are numbered `slug-2`, `slug-3`, ...; a counter per slug
/// means `n` headings with the same text take linear time, not quadratic.
public struct HeadingAnchors: Sendable {
    private var used: Set<String>
    /// The next number to try for each base id.
    private var nextNumber: [String: Int] = [:]
    /// Put before every id, e.g. `introduction-` on a page that holds several chapters.
    public var prefix: String

    /// `reserved` are ids the page uses for itself, which no heading may take.
    public init(prefix: String = "", reserved: Set<String> = []) {
        self.prefix = prefix
        self.used = reserved
    }

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

    /// True when `id` is reserved or already given.
    public func isTaken(_ id: String) -> Bool { used.contains(id) }

    /// The next id for a heading with this text: its slug, then `slug-2`, `slug-3` for repeats, skipping any
    /// id already taken.
    public mutating func id(for text: String) -> String {
        let base = prefix + HeadingAnchors.slug(text)
        if used.insert(base).inserted { return base }
        // Each base's counter only grows, and every number skipped is an id taken once, so the total work
        // over a page is linear in the number of headings and reserved ids.
        var n = nextNumber[base] ?? 2
        var candidate = "\(base)-\(n)"
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used.insert(candidate)
        nextNumber[base] = n + 1
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
    /// Every heading in the document, in order, with the ids the HTML writer gives them when it starts from
    /// `anchors` as they are now; `anchors` is left as the writer would leave it.
    public static func outline(of document: Document, anchors: inout HeadingAnchors) -> [HeadingEntry] {
        var entries: [HeadingEntry] = []
        // Nesting is at most `MarkdownParser.maximumNesting` deep, so this recursion is shallow.
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

    /// Every heading in the document with its id, on a page whose own ids are `reserved`.
    public static func outline(of document: Document, prefix: String = "", reserved: Set<String> = []) -> [HeadingEntry] {
        var anchors = HeadingAnchors(prefix: prefix, reserved: reserved)
        return outline(of: document, anchors: &anchors)
    }
}
