import CSAModel
import CSAPapers

/// Reads a paper's Markdown body: parses it (with the front matter's lines left blank, so every block
/// carries its line in the file), checks it as chapters are checked (raw HTML, link targets, lint),
/// refuses level-1 headings (the subject is the paper's title), reads each top-level `csa` block as a
/// directive, and lifts the footnotes out.
enum PaperBodyReader {
    /// What the body holds: blocks and directives in reading order, and the footnotes in the order first referred to.
    struct Body {
        var blocks: [PaperSourceBlock] = []
        var footnotes: [PaperFootnote] = []
    }

    /// `lines` are the file's lines; the body starts on line `bodyStartLine`.
    static func read(lines: [Substring], bodyStartLine: Int, file: String, _ diagnostics: inout Diagnostics) -> Body {
        let bodyLines = PaperFootnotes.protect(Array(lines[min(lines.count, bodyStartLine - 1)...]))
        let text = String(repeating: "\n", count: bodyStartLine - 1) + bodyLines.joined(separator: "\n")
        let document = MarkdownText.parse(text, holder: "paper", at: { line, byteColumn in
            SourceLocation(file: file, line: line, column: MarkdownText.column(byteColumn, in: lines.indices.contains(line - 1) ? lines[line - 1] : nil))
        }, &diagnostics)
        let place = MarkdownPlace(file: file, lines: SourceLines(lines), firstLine: 1, fallback: SourceLocation(file: file, line: bodyStartLine))
        MarkdownCheck.check(document, at: place, &diagnostics)
        _ = ChapterLint.check(document, at: place, takesFootnotes: true, &diagnostics)

        let (blocks, definitions) = PaperFootnotes.extract(document.blocks, place: place, &diagnostics)
        var references = PaperFootnoteReferences(file: file, lines: lines)
        var body = Body()
        for block in blocks {
            checkNesting(block, place: place, &diagnostics)
            if case .codeBlock(let info, let literal) = block.kind, isDirective(info) {
                // A directive with mistakes in its options is still drafted with the options that were read, so
                // that an edition or priority it names is checked too; its mistakes keep the paper from being built.
                let read = DirectiveParser.read(literal, file: file, fenceLine: block.line, lines: lines)
                read.errors.forEach { diagnostics.append($0) }
                if let directive = read.directive { body.blocks.append(.directive(directive)) }
                continue
            }
            body.blocks += references.convert([block], &diagnostics).map(PaperSourceBlock.block)
        }
        // A footnote's text may not refer to another footnote.
        var inner = PaperFootnoteReferences(file: file, lines: lines)
        definitions.forEach { inner.reserve($0.location) }
        let contents = definitions.map { inner.convert($0.content, line: $0.location.line, &diagnostics) }
        for reference in inner.found {
            diagnostics.error(reference.location, "footnote text refers to footnote '[^\(reference.label)]'",
                              hint: "a footnote cannot have a footnote of its own; put the text in the footnote itself")
        }
        var ordered: [String] = []
        for reference in references.found {
            guard definitions.contains(where: { $0.label == reference.label }) else {
                if references.nestedDefinitions.contains(reference.label) { continue }
                diagnostics.error(reference.location, "footnote '[^\(reference.label)]' has no definition", hint: PaperFootnotes.definitionHint)
                continue
            }
            if !ordered.contains(reference.label) { ordered.append(reference.label) }
        }
        for definition in definitions where !ordered.contains(definition.label) {
            diagnostics.warning(definition.location, "footnote '[^\(definition.label)]' is never referred to",
                                hint: "refer to it with '[^\(definition.label)]' in the text, or remove it")
        }
        body.footnotes = ordered.compactMap { label in
            zip(definitions, contents).first { $0.0.label == label }.map { PaperFootnote(label: label, content: $0.1) }
        }
        return body
    }

    /// True for a fenced block whose info string's first word is `csa`.
    static func isDirective(_ info: String) -> Bool {
        info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) == DirectiveParser.infoString
    }

    /// Reports level-1 headings, and directives inside lists and quotes, however deep.
    private static func checkNesting(_ block: Block, place: MarkdownPlace, nested: Bool = false, _ diagnostics: inout Diagnostics) {
        switch block.kind {
        case .heading(level: 1, let inlines):
            let title = inlines.plainText
            diagnostics.error(place.location(line: block.line, finding: "#"), "paper body has a level-1 heading\(title.isEmpty ? "" : " '\(title)'")",
                              hint: "the paper's subject is its title; start each numbered section with '##'")
        case .codeBlock(let info, _) where nested && isDirective(info):
            diagnostics.error(place.location(line: block.line, finding: info), "a csa directive inside a list or quote is not drafted",
                              hint: "put the ```csa block on its own, at the start of a line, outside any list or quote")
        case .blockQuote(let inner):
            inner.forEach { checkNesting($0, place: place, nested: true, &diagnostics) }
        case .list(_, _, let items):
            items.forEach { $0.forEach { checkNesting($0, place: place, nested: true, &diagnostics) } }
        default:
            break
        }
    }
}
