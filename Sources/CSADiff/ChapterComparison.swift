import CSAModel

/// A chapter or appendix as one side of a comparison has it, without its body.
public struct ChapterSide: Hashable, Sendable {
    public var id: String
    public var title: String
    public var order: Int
    /// The appendix letter, or nil for a chapter.
    public var appendix: String?
    public var summary: String

    public init(id: String, title: String, order: Int, appendix: String?, summary: String) {
        self.id = id
        self.title = title
        self.order = order
        self.appendix = appendix
        self.summary = summary
    }

    public init(_ chapter: Chapter) {
        self.init(id: chapter.id, title: chapter.title, order: chapter.order, appendix: chapter.appendix, summary: chapter.summary)
    }
}

/// The text of one chapter as `csa diff` defines it: its id, title, order, appendix letter, summary,
/// and its body as a sequence of blocks (`DocumentText`). The comparison rebuilds it exactly for both sides.
public struct ChapterText: Hashable, Sendable {
    public var side: ChapterSide
    public var blocks: [BlockText]

    public init(side: ChapterSide, blocks: [BlockText]) {
        self.side = side
        self.blocks = blocks
    }

    public init(_ chapter: Chapter) {
        self.init(side: ChapterSide(chapter), blocks: DocumentText.blocks(of: chapter.body))
    }
}

/// How one chapter of OLD and NEW compare.
public struct ChapterComparison: Hashable, Sendable {
    /// How the two sides were found to be one chapter.
    public enum Match: String, Hashable, Sendable, CaseIterable {
        /// The same id on both sides.
        case sameID = "same-id"
        /// Different ids, but alike titles and content: the chapter was given a new id.
        case similarContent = "similar-content"
        /// Only NEW has it.
        case added
        /// Only OLD has it.
        case removed
    }

    public var match: Match
    public var old: ChapterSide?
    public var new: ChapterSide?
    /// True when the chapter's place among the other chapters changed (not just its number).
    public var moved: Bool
    /// The title compared word by word (both sides present).
    public var title: [WordPiece]
    /// The summary compared word by word (both sides present).
    public var summary: [WordPiece]
    public var blocks: [BlockEdit]

    public init(match: Match, old: ChapterSide?, new: ChapterSide?, moved: Bool, title: [WordPiece], summary: [WordPiece], blocks: [BlockEdit]) {
        self.match = match
        self.old = old
        self.new = new
        self.moved = moved
        self.title = title
        self.summary = summary
        self.blocks = blocks
    }

    /// OLD's text of the chapter, rebuilt from the comparison; nil when only NEW has it.
    public var oldText: ChapterText? { old.map { ChapterText(side: $0, blocks: blocks.oldBlocks) } }
    /// NEW's text of the chapter, rebuilt from the comparison; nil when only OLD has it.
    public var newText: ChapterText? { new.map { ChapterText(side: $0, blocks: blocks.newBlocks) } }

    /// True when anything about the chapter differs: its id, title, summary, place, appendix letter or body.
    public var hasChanges: Bool {
        match != .sameID || moved || old?.title != new?.title || old?.summary != new?.summary
            || old?.appendix != new?.appendix || !blocks.isUnchanged
    }
}
