/// A Markdown document as plain Swift values: the tree the Markdown reader builds and the writers walk.
/// Like pandoc's AST, it knows nothing of where it came from or how it will be shown.
public struct Document: Hashable, Sendable {
    public var blocks: [Block]

    public init(blocks: [Block]) { self.blocks = blocks }
}

/// A block element with the source line it starts on (1-based, relative to the Markdown text parsed).
public struct Block: Hashable, Sendable {
    public var kind: BlockKind
    public var line: Int

    public init(_ kind: BlockKind, line: Int) {
        self.kind = kind
        self.line = line
    }
}

/// How a list is marked.
public enum ListStyle: Hashable, Sendable {
    case bullet
    /// An ordered list, its first number and its delimiter (`.` or `)`).
    case ordered(start: Int, delimiter: Character)
}

/// The kinds of block CommonMark has.
public enum BlockKind: Hashable, Sendable {
    case paragraph([Inline])
    case heading(level: Int, [Inline])
    case blockQuote([Block])
    /// A list; `tight` lists show their items' paragraphs without `<p>`.
    case list(style: ListStyle, tight: Bool, items: [[Block]])
    case codeBlock(info: String, literal: String)
    /// Raw HTML written in the Markdown; writers omit it unless raw HTML was asked for.
    case htmlBlock(String)
    case thematicBreak
}

/// An inline element with its source line (the line of its block where cmark gives none).
public struct Inline: Hashable, Sendable {
    public var kind: InlineKind
    public var line: Int

    public init(_ kind: InlineKind, line: Int) {
        self.kind = kind
        self.line = line
    }
}

/// The kinds of inline CommonMark has.
public enum InlineKind: Hashable, Sendable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    /// Raw inline HTML; writers omit it unless raw HTML was asked for.
    case html(String)
    case emphasis([Inline])
    case strong([Inline])
    case link(destination: String, title: String, [Inline])
    case image(source: String, title: String, [Inline])
    /// A reference to a footnote by its label (`[^1]`); only committee papers have footnotes.
    case footnoteReference(String)
}

extension Inline {
    /// The text a reader would see, without markup: used for heading ids, alt text and titles.
    public var plainText: String {
        switch kind {
        case .text(let s), .code(let s): return s
        case .softBreak, .lineBreak: return " "
        case .html, .footnoteReference: return ""
        case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c):
            return c.plainText
        }
    }
}

extension Array where Element == Inline {
    /// The plain text of a run of inlines.
    public var plainText: String { map(\.plainText).joined() }
}
