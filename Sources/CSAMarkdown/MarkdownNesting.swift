/// Markdown nested deeper than `MarkdownParser` converts: where, how deep, and of which kind.
///
/// The document tree is walked recursively by every writer (and by Swift's own equality, hashing and
/// freeing), so a text that nests thousands of levels deep would overflow the stack. No real document
/// nests a hundred levels, so the parser refuses such a text with this value instead of building the tree.
public struct MarkdownNesting: Error, Hashable, Sendable {
    /// The two kinds of nesting, counted separately.
    public enum Kind: Hashable, Sendable {
        /// Block quotes and lists (a list inside a list item counts one level per list).
        case blocks
        /// Emphasis, strong emphasis, links and images.
        case inlines
    }

    public var kind: Kind
    /// The deepest nesting of this kind in the text.
    public var depth: Int
    /// Where nesting first goes past the limit: 1-based line within the parsed text.
    public var line: Int
    /// 1-based column (in bytes, as libcmark counts) on that line, or nil when libcmark gives none.
    public var column: Int?

    public init(kind: Kind, depth: Int, line: Int, column: Int?) {
        self.kind = kind
        self.depth = depth
        self.line = line
        self.column = column
    }

    /// What is nested, in words: "block quotes and lists" or "emphasis, links and images".
    public var what: String {
        switch kind {
        case .blocks: return "block quotes and lists"
        case .inlines: return "emphasis, links and images"
        }
    }

    /// The sentence for a diagnostic, after the name of what holds the Markdown and the place, e.g.
    /// "chapter nests block quotes and lists 40000 levels deep; at most 100 levels are allowed".
    public func message(_ holder: String) -> String {
        "\(holder) nests \(what) \(depth) levels deep; at most \(MarkdownParser.maximumNesting) levels are allowed"
    }

    /// What to do about it.
    public var hint: String {
        switch kind {
        case .blocks:
            return "a line starting with many '>' or list markers nests that many levels; flatten the quotes and lists"
        case .inlines:
            return "each '*', '_' or '[' pair nests a level; remove the extra emphasis or brackets"
        }
    }
}
