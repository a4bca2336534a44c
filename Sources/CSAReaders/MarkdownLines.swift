import CSAModel

/// Gives parsed Markdown the lines of the file it was written in. Text parsed from a YAML value counts
/// its lines from 1; a paper's header holds it with file lines, like the paper's body, so that every
/// block and inline of a paper says where in the file it was written. (The parser refuses nesting past
/// `MarkdownParser.maximumNesting`, so the recursion here is shallow.)
enum MarkdownLines {
    static func blocks(_ blocks: [Block], _ line: (Int) -> Int) -> [Block] {
        blocks.map { block in
            let kind: BlockKind
            switch block.kind {
            case .paragraph(let content): kind = .paragraph(inlines(content, line))
            case .heading(let level, let content): kind = .heading(level: level, inlines(content, line))
            case .blockQuote(let inner): kind = .blockQuote(self.blocks(inner, line))
            case .list(let style, let tight, let items): kind = .list(style: style, tight: tight, items: items.map { self.blocks($0, line) })
            case .codeBlock, .htmlBlock, .thematicBreak: kind = block.kind
            }
            return Block(kind, line: line(block.line))
        }
    }

    static func inlines(_ inlines: [Inline], _ line: (Int) -> Int) -> [Inline] {
        inlines.map { inline in
            let kind: InlineKind
            switch inline.kind {
            case .emphasis(let inner): kind = .emphasis(self.inlines(inner, line))
            case .strong(let inner): kind = .strong(self.inlines(inner, line))
            case .link(let destination, let title, let inner): kind = .link(destination: destination, title: title, self.inlines(inner, line))
            case .image(let source, let title, let inner): kind = .image(source: source, title: title, self.inlines(inner, line))
            default: kind = inline.kind
            }
            return Inline(kind, line: line(inline.line))
        }
    }
}
