import CSAHTML
import CSAModel

/// The prebuilt search index of an edition: one entry per chapter section, published as a small
/// script (`<edition>/search-index.js`) so search also works when the site is opened from disk.
struct SearchIndex {
    struct Entry: Encodable {
        let chapter: String
        let section: String
        let url: String
        let text: String
    }

    let entries: [Entry]

    init(_ edition: Edition) {
        var entries: [Entry] = []
        for chapter in edition.chapters {
            var anchors = HeadingAnchors()
            var section = chapter.title
            var anchor: String?
            var text: [String] = []
            func flush() {
                let body = text.joined(separator: " ")
                if !body.isEmpty || anchor != nil {
                    entries.append(Entry(chapter: chapter.title, section: section,
                                         url: "chapters/\(chapter.id).html" + (anchor.map { "#\($0)" } ?? ""), text: body))
                }
                text = []
            }
            for block in chapter.body.blocks {
                if case .heading(_, let inlines) = block.kind {
                    flush()
                    section = inlines.plainText
                    anchor = anchors.id(for: section)
                } else {
                    text.append(block.plainText)
                }
            }
            flush()
        }
        self.entries = entries
    }

    var script: String {
        "window.CSA_SEARCH_INDEX = " + JSONText.forScript(JSONText.encode(entries)).trimmingTrailingNewline() + ";\n"
    }
}

extension String {
    func trimmingTrailingNewline() -> String { hasSuffix("\n") ? String(dropLast()) : self }
}
