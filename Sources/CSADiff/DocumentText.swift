import CSAModel

/// Turns the model's `Document` into the sequence of leaf blocks a comparison aligns.
///
/// The text of a document, as `csa diff` defines it, is this sequence. Each block's text is what a
/// reader sees, with its formatting kept as run styles:
/// - text and inline code as written (code spans carry the `code` style);
/// - a soft line break (a line end inside a paragraph) is a space, a hard line break a line end (`\n`);
/// - link text carries its destination, an image its description and source;
/// - raw inline HTML is left out (no writer publishes it); a raw HTML block keeps its literal text;
/// - a code block's text is its literal text, line ends included; a thematic break has no text.
/// Block quotes and list items become containers of the leaf blocks inside them (`BlockShape`).
public enum DocumentText {
    /// The leaf blocks of `document`, in reading order.
    public static func blocks(of document: Document) -> [BlockText] {
        var out: [BlockText] = []
        flatten(document.blocks, containers: [], into: &out)
        return out
    }

    private static func flatten(_ blocks: [Block], containers: [BlockShape.Container], into out: inout [BlockText]) {
        for block in blocks {
            switch block.kind {
            case .paragraph(let inlines):
                out.append(BlockText(shape: BlockShape(.paragraph, containers: containers), canonical: runs(inlines)))
            case .heading(let level, let inlines):
                out.append(BlockText(shape: BlockShape(.heading, level: level, containers: containers), canonical: runs(inlines)))
            case .codeBlock(let info, let literal):
                out.append(BlockText(shape: BlockShape(.code, info: info, containers: containers), runs: [TextRun(literal)]))
            case .htmlBlock(let literal):
                out.append(BlockText(shape: BlockShape(.html, containers: containers), runs: [TextRun(literal)]))
            case .thematicBreak:
                out.append(BlockText(shape: BlockShape(.rule, containers: containers), runs: []))
            case .blockQuote(let inner):
                let start = out.count
                flatten(inner, containers: containers + [.quote], into: &out)
                if out.count == start {
                    out.append(BlockText(shape: BlockShape(.paragraph, containers: containers + [.quote]), runs: []))
                }
            case .list(let style, _, let items):
                let marker: BlockShape.Container
                switch style {
                case .bullet: marker = .bullet
                case .ordered: marker = .numbered
                }
                for item in items {
                    let start = out.count
                    flatten(item, containers: containers + [marker], into: &out)
                    if out.count == start {
                        out.append(BlockText(shape: BlockShape(.paragraph, containers: containers + [marker]), runs: []))
                    }
                    // Every block after the item's first continues the item.
                    for index in (start + 1)..<max(start + 1, out.count) {
                        out[index].shape.containers[containers.count] = .continuation
                    }
                }
            }
        }
    }

    /// The inlines as runs of styled text, in canonical form (`Array<TextRun>.canonical`): each piece of
    /// text joins the run before it when their styles are the same, as it is added (`appendJoining`).
    static func runs(_ inlines: [Inline]) -> [TextRun] {
        var out: [TextRun] = []
        append(inlines, style: .plain, into: &out)
        return out
    }

    private static func append(_ inlines: [Inline], style: RunStyle, into out: inout [TextRun]) {
        for inline in inlines {
            switch inline.kind {
            case .text(let text): out.appendJoining(text, style: style)
            case .softBreak: out.appendJoining(" ", style: style)
            case .lineBreak: out.appendJoining("\n", style: style)
            case .code(let text):
                var inner = style
                inner.code = true
                out.appendJoining(text, style: inner)
            case .html: break
            case .footnoteReference(let label): out.appendJoining("[^\(label)]", style: style)
            case .emphasis(let children):
                var inner = style
                inner.emphasis = true
                append(children, style: inner, into: &out)
            case .strong(let children):
                var inner = style
                inner.strong = true
                append(children, style: inner, into: &out)
            case .link(let destination, _, let children):
                var inner = style
                inner.link = destination
                append(children, style: inner, into: &out)
            case .image(let source, _, let children):
                var inner = style
                inner.image = source
                append(children, style: inner, into: &out)
            }
        }
    }
}
