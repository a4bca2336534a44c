/// Documents and blocks as plain text, for search indexes, CSV cells and summaries.
extension Block {
    public var plainText: String {
        switch kind {
        case .paragraph(let inlines), .heading(_, let inlines): return inlines.plainText
        case .blockQuote(let blocks): return blocks.map(\.plainText).joined(separator: "\n\n")
        case .list(_, _, let items): return items.map { $0.map(\.plainText).joined(separator: " ") }.joined(separator: "\n")
        case .codeBlock(_, let literal): return literal
        case .htmlBlock, .thematicBreak: return ""
        }
    }
}

extension Document {
    /// Blocks separated by blank lines, without markup.
    public var plainText: String {
        blocks.map(\.plainText).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
