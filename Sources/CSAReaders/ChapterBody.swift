import CSAModel

/// Checks a chapter's Markdown body for what its page cannot show well: a level-1 heading, which would be a
/// second `<h1>` beside the chapter's title (the page's only level-1 heading).
enum ChapterBody {
    static let headingHint = "the chapter's title is the page's level-1 heading; use '##' for the chapter's top-level sections"

    /// Reports every level-1 heading, however deeply nested in quotes and lists, at its line in the file.
    /// `lines` are the file's lines; the body's first line is line `bodyStartLine` of the file.
    static func check(_ body: Document, lines: SourceLines, bodyStartLine: Int, file: String, _ diagnostics: inout Diagnostics) {
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .heading(level: 1, let inlines):
                    let line = bodyStartLine + block.line - 1
                    let text = lines.indices.contains(line - 1) ? lines[line - 1] : ""
                    // The heading's first character, after any indentation and block-quote markers.
                    let column = (text.firstIndex { !$0.isWhitespace && $0 != ">" }).map { text.distance(from: text.startIndex, to: $0) + 1 } ?? 1
                    let title = inlines.plainText
                    diagnostics.error(SourceLocation(file: file, line: line, column: column),
                                      "chapter body has a level-1 heading\(title.isEmpty ? "" : " '\(title)'")", hint: headingHint)
                case .blockQuote(let inner):
                    walk(inner)
                case .list(_, _, let items):
                    items.forEach(walk)
                default:
                    break
                }
            }
        }
        walk(body.blocks)
    }
}
