/// What a block is and where it sits: its kind and the containers (block quotes, list items) around it.
///
/// Lists are not blocks of their own: each list item's first block carries an item container, and a
/// later block of the same item a continuation container, so that an inserted list item is one
/// inserted block. The numbers of ordered items and the tightness of lists are not recorded.
public struct BlockShape: Hashable, Sendable {
    /// The kinds of leaf block.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case paragraph, heading, code, rule, html
    }

    /// A block around a leaf block, outermost first.
    public enum Container: String, Hashable, Sendable, CaseIterable {
        case quote
        /// The first block of a bulleted list item.
        case bullet
        /// The first block of a numbered list item.
        case numbered
        /// A later block of a list item.
        case continuation
    }

    public var kind: Kind
    /// The heading level (1 to 6); 0 for other kinds.
    public var level: Int
    /// The info string of a fenced code block ("swift"); empty otherwise.
    public var info: String
    public var containers: [Container]

    public init(_ kind: Kind, level: Int = 0, info: String = "", containers: [Container] = []) {
        self.kind = kind
        self.level = level
        self.info = info
        self.containers = containers
    }

    /// A Markdown-like prefix that shows the shape in plain text: `## `, `- `, `> 1. `, "```swift ".
    public var marker: String {
        var out = ""
        for container in containers {
            switch container {
            case .quote: out += "> "
            case .bullet: out += "- "
            case .numbered: out += "1. "
            case .continuation: out += "   "
            }
        }
        switch kind {
        case .heading: out += String(repeating: "#", count: max(1, level)) + " "
        case .code: out += "```" + info + " "
        case .rule: out += "---"
        case .paragraph, .html: break
        }
        return out
    }

    /// A short name for the kind, for reports: "heading", "list item", "paragraph".
    public var name: String {
        switch kind {
        case .heading: return "heading"
        case .code: return "code block"
        case .rule: return "rule"
        case .html: return "raw HTML block"
        case .paragraph:
            switch containers.last {
            case .bullet?, .numbered?: return "list item"
            case .quote?: return "quoted paragraph"
            default: return "paragraph"
            }
        }
    }
}

/// One leaf block as a comparison sees it: its shape and its text as runs of formatted text.
///
/// This is the unit of a chapter's "text": a chapter's text is the sequence of its blocks' texts, in
/// order (see `DocumentText`).
public struct BlockText: Hashable, Sendable {
    public var shape: BlockShape
    /// The text, in canonical form (see `Array<TextRun>.canonical`).
    public var runs: [TextRun]

    public init(shape: BlockShape, runs: [TextRun]) {
        self.shape = shape
        self.runs = runs.canonical
    }

    /// A block whose runs are already in canonical form (as `DocumentText.runs` makes them).
    init(shape: BlockShape, canonical runs: [TextRun]) {
        self.shape = shape
        self.runs = runs
    }

    /// The text without formatting.
    public var plainText: String { runs.plainText }
}
