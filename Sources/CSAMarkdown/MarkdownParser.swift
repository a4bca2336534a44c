import CCmark
import CSAModel

/// Parses CommonMark text with libcmark and returns it as a `Document` of Swift values.
///
/// This is the only file that sees libcmark: the C tree is built, converted and freed inside
/// `parse`, and no C pointer leaves it.
public enum MarkdownParser {
    /// Parses `text` (CommonMark 0.30, as libcmark implements it). Lines are 1-based within `text`.
    public static func parse(_ text: String) -> Document {
        var text = text
        let root: OpaquePointer? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let root else { return Document(blocks: []) }
        defer { cmark_node_free(root) }
        return Document(blocks: blocks(under: root))
    }

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private static func blocks(under node: OpaquePointer) -> [Block] {
        children(of: node).compactMap(block)
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
                style = .ordered(start: Int(cmark_node_get_list_start(node)), delimiter: delimiter)
            } else {
                style = .bullet
            }
            let items = children(of: node).map { blocks(under: $0) }
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
        children(of: node).compactMap { inline($0, blockLine: blockLine) }
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
