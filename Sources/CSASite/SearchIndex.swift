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

    /// `anchors` are those a chapter page starts from (the page's own ids reserved), so each entry links to
    /// the id its heading has on the chapter page.
    init(_ edition: Edition, anchors start: HeadingAnchors = HeadingAnchors()) {
        var entries: [Entry] = []
        for chapter in edition.chapters {
            var anchors = start
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
                    // Headings inside quotes and lists take ids on the page too.
                    _ = HeadingAnchors.outline(of: Document(blocks: [block]), anchors: &anchors)
                    text.append(block.plainText)
                }
            }
            flush()
        }
        self.entries = entries
    }

    var script: String {
        "window.CSA_SEARCH_INDEX = " + JSONText.encode(entries).replacingOccurrences(of: "</", with: "<\\/").trimmingTrailingNewline() + ";\n"
    }
}

extension String {
    func trimmingTrailingNewline() -> String { hasSuffix("\n") ? String(dropLast()) : self }
}
