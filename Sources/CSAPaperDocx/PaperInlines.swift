import CSADocx
import CSAModel

/// Markdown inlines as Word runs: emphasis, strong, code, links and line breaks carry over; raw
/// HTML is left out (as on the web page); an image becomes its description; a footnote reference
/// becomes a Word footnote holding the note's text, which Word numbers itself.
struct PaperInlines {
    let footnotes: [String: [Inline]]

    init(footnotes: [PaperFootnote]) {
        self.footnotes = Dictionary(footnotes.map { ($0.label, $0.content) }, uniquingKeysWith: { first, _ in first })
    }

    func map(_ inlines: [Inline]) -> [DocxInline] {
        inlines.flatMap(map)
    }

    private func map(_ inline: Inline) -> [DocxInline] {
        switch inline.kind {
        case .text(let text): return [.text(text)]
        case .softBreak: return [.text(" ")]
        case .lineBreak: return [.lineBreak]
        case .code(let code): return [.code(code)]
        case .html: return []
        case .emphasis(let content): return [.emphasis(map(content))]
        case .strong(let content): return [.strong(map(content))]
        case .link(let destination, _, let content): return [.link(target: destination, map(content))]
        case .image(_, _, let description): return [.text(description.plainText)]
        case .footnoteReference(let label):
            // A note inside a note is written as its text in brackets by the Word writer.
            return footnotes[label].map { [.footnote(map($0))] } ?? []
        }
    }
}
