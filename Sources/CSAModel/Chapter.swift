/// A chapter of an edition: front matter plus its Markdown body as a document tree.
public struct Chapter: Hashable, Sendable {
    public var id: String
    public var title: String
    /// Position in the edition, smallest first.
    public var order: Int
    /// One or two sentences saying what the chapter covers.
    public var summary: String
    /// The appendix letter ("A") when this is an appendix; nil for a chapter.
    public var appendix: String?
    /// The papers the chapter's facts come from.
    public var sources: [String]
    public var body: Document
    /// The line in the file where the Markdown body starts; add it to a block's line to find it in the file.
    public var bodyStartLine: Int
    public var location: SourceLocation

    public init(id: String, title: String, order: Int, summary: String, appendix: String? = nil, sources: [String] = [],
                body: Document, bodyStartLine: Int, location: SourceLocation) {
        self.id = id
        self.title = title
        self.order = order
        self.summary = summary
        self.appendix = appendix
        self.sources = sources
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.location = location
    }
}

extension Chapter {
    /// The name a chapter's source file has, and how chapters link to each other in Markdown: its order
    /// in two digits, a hyphen, its id and `.md` (`01-introduction.md`).
    public static func fileName(id: String, order: Int) -> String {
        (order >= 0 && order < 10 ? "0\(order)" : "\(order)") + "-\(id).md"
    }
}
