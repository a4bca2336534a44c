import CCmark
import CSAModel

/// Parses CommonMark text with libcmark and returns it as a `Document` of Swift values.
///
/// This is the only file that sees libcmark: the C tree is built, checked, converted and freed inside
/// `parse`, and no C pointer leaves it.
public enum MarkdownParser {
    /// The deepest nesting converted, counted separately for block quotes and lists (`MarkdownNesting.Kind.blocks`)
    /// and for emphasis, links and images (`.inlines`). Deeper texts are refused with a `MarkdownNesting`.
    public static let maximumNesting = 100

    /// Parses `text` (CommonMark 0.30, as libcmark implements it). Lines are 1-based within `text`.
    ///
    /// Throws a `MarkdownNesting` when the text nests deeper than `maximumNesting`: the depth is measured
    /// on libcmark's tree without recursion, before any Swift value is built, so no recursive code ever sees
    /// the deep tree (libcmark frees its own tree iteratively).
    public static func parse(_ text: String) throws(MarkdownNesting) -> Document {
        try parse(text[...])
    }

    /// `parse` of part of a text (a chapter's body after its front matter), read in place.
    public static func parse(_ text: Substring) throws(MarkdownNesting) -> Document {
        var text = text
        let root: OpaquePointer? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let root else { return Document(blocks: []) }
        defer { cmark_node_free(root) }
        if let problem = tooDeep(root) { throw problem }
        return Document(blocks: blocks(under: root))
    }

    /// Walks the tree with libcmark's iterator (no recursion) and returns the first kind of nesting that goes
    /// past `maximumNesting`, with its deepest level and where it first went past.
    private static func tooDeep(_ root: OpaquePointer) -> MarkdownNesting? {
        guard let iterator = cmark_iter_new(root) else { return nil }
        defer { cmark_iter_free(iterator) }
        var blockDepth = 0, inlineDepth = 0
        var blockProblem: MarkdownNesting?, inlineProblem: MarkdownNesting?
        var blockLine = 1
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let isBlock: Bool
            switch type {
            case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST: isBlock = true
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE: isBlock = false
            default:
                if event == CMARK_EVENT_ENTER, type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING {
                    blockLine = max(1, Int(cmark_node_get_start_line(node)))
                }
                continue
            }
            let step = event == CMARK_EVENT_EXIT ? -1 : 1
            let level: Int
            if isBlock {
                blockDepth += step
                level = blockDepth
            } else {
                inlineDepth += step
                level = inlineDepth
            }
            guard step == 1 else { continue }
            if isBlock {
                note(level, node, .blocks, blockLine, &blockProblem)
            } else {
                note(level, node, .inlines, blockLine, &inlineProblem)
            }
        }
        return blockProblem ?? inlineProblem
    }

    /// Records a node entered at `level`: the first past the limit gives the place, later ones the depth.
    private static func note(_ level: Int, _ node: OpaquePointer, _ kind: MarkdownNesting.Kind, _ blockLine: Int,
                             _ problem: inout MarkdownNesting?) {
        if let found = problem {
            if level > found.depth { problem?.depth = level }
        } else if level > maximumNesting {
            let line = Int(cmark_node_get_start_line(node))
            let column = Int(cmark_node_get_start_column(node))
            problem = MarkdownNesting(kind: kind, depth: level, line: line > 0 ? line : blockLine,
                                      column: line > 0 && column > 0 ? column : nil)
        }
    }

    /// What `convert` makes of each child of `node` that it makes something of, in order, walked without
    /// gathering the children first.
    private static func children<T>(of node: OpaquePointer, _ convert: (OpaquePointer) -> T?) -> [T] {
        var result: [T] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            if let value = convert(current) { result.append(value) }
            child = cmark_node_next(current)
        }
        return result
    }

    private static func blocks(under node: OpaquePointer) -> [Block] {
        children(of: node, block)
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func block(_ node: OpaquePointer) -> Block? {
        let line = Int(cmark_node_get_start_line(node))
        let kind: BlockKind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            kind = .paragraph(inlines(under: node, line: line))
        case CMARK_NODE_HEADING:
            kind = .heading(level: Int(cmark_node_get_heading_level(node)), inlines(under: node, line: line))
        case CMARK_NODE_BLOCK_QUOTE:
            kind = .blockQuote(blocks(under: node))
        case CMARK_NODE_LIST:
            let style: ListStyle
            if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
                let delimiter: Character = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : "."
                // CommonMark allows at most nine digits, so the start always fits.
                style = .ordered(start: Int(cmark_node_get_list_start(node)), delimiter: delimiter)
            } else {
                style = .bullet
            }
            let items = children(of: node) { blocks(under: $0) }
            kind = .list(style: style, tight: cmark_node_get_list_tight(node) != 0, items: items)
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            kind = .codeBlock(info: info, literal: literal(node))
        case CMARK_NODE_HTML_BLOCK:
            kind = .htmlBlock(literal(node))
        case CMARK_NODE_THEMATIC_BREAK:
            kind = .thematicBreak
        default:
            // The parser makes no other block kinds (custom blocks exist only when built by hand).
            return nil
        }
        return Block(kind, line: line)
    }

    private static func inlines(under node: OpaquePointer, line blockLine: Int) -> [Inline] {
        children(of: node) { inline($0, blockLine: blockLine) }
    }

    private static func inline(_ node: OpaquePointer, blockLine: Int) -> Inline? {
        let own = Int(cmark_node_get_start_line(node))
        let line = own > 0 ? own : blockLine
        let kind: InlineKind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: kind = .text(literal(node))
        case CMARK_NODE_SOFTBREAK: kind = .softBreak
        case CMARK_NODE_LINEBREAK: kind = .lineBreak
        case CMARK_NODE_CODE: kind = .code(literal(node))
        case CMARK_NODE_HTML_INLINE: kind = .html(literal(node))
        case CMARK_NODE_EMPH: kind = .emphasis(inlines(under: node, line: line))
        case CMARK_NODE_STRONG: kind = .strong(inlines(under: node, line: line))
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
            let content = inlines(under: node, line: line)
            kind = cmark_node_get_type(node) == CMARK_NODE_LINK
                ? .link(destination: url, title: title, content)
                : .image(source: url, title: title, content)
        default:
            return nil
        }
        return Inline(kind, line: line)
    }
}
