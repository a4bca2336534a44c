/// One step of the comparison of two sequences of blocks (a chapter, or a priority's description).
///
/// The steps are in an order that keeps both sides' order: reading the OLD-side steps (`unchanged`,
/// `changed`, `deleted`, `movedAway`) gives OLD's blocks in order, and reading the NEW-side steps
/// (`unchanged`, `changed`, `inserted`, `movedHere`, `movedHereChanged`) gives NEW's.
public enum BlockEdit: Hashable, Sendable {
    case unchanged(BlockText)
    /// A block changed in place: its shape on each side and its text compared word by word.
    case changed(old: BlockShape, new: BlockShape, words: [WordPiece])
    case deleted(BlockText)
    case inserted(BlockText)
    /// A block of OLD that NEW has, unchanged, somewhere else: here is where it was; `to` is its index
    /// among NEW's blocks.
    case movedAway(BlockText, to: Int)
    /// The same block where NEW has it; `from` is its index among OLD's blocks.
    case movedHere(BlockText, from: Int)
    /// A block of OLD that NEW has somewhere else and changed: where NEW has it, its shape on each side
    /// and its text compared word by word (OLD's block is the `movedAway` step at `from`).
    case movedHereChanged(old: BlockShape, new: BlockShape, words: [WordPiece], from: Int)

    /// The block as OLD has it, or nil for a step only NEW has.
    public var oldBlock: BlockText? {
        switch self {
        case .unchanged(let block), .deleted(let block), .movedAway(let block, _): return block
        case .changed(let shape, _, let words): return BlockText(shape: shape, runs: words.oldRuns)
        case .inserted, .movedHere, .movedHereChanged: return nil
        }
    }

    /// The block as NEW has it, or nil for a step only OLD has.
    public var newBlock: BlockText? {
        switch self {
        case .unchanged(let block), .inserted(let block), .movedHere(let block, _): return block
        case .changed(_, let shape, let words), .movedHereChanged(_, let shape, let words, _): return BlockText(shape: shape, runs: words.newRuns)
        case .deleted, .movedAway: return nil
        }
    }

    /// True for a block both sides have in one place that reads the same: unchanged, or changed only in
    /// how its text is written in Unicode (canonically equivalent code points, `WordPiece.oldText`).
    public var isUnchanged: Bool {
        switch self {
        case .unchanged: return true
        case .changed(let old, let new, let words): return old == new && words.isUnchanged
        default: return false
        }
    }
}

extension Array where Element == BlockEdit {
    /// OLD's blocks, rebuilt from the comparison alone.
    public var oldBlocks: [BlockText] { compactMap(\.oldBlock) }
    /// NEW's blocks, rebuilt from the comparison alone.
    public var newBlocks: [BlockText] { compactMap(\.newBlock) }
    /// True when every block is unchanged.
    public var isUnchanged: Bool { allSatisfy(\.isUnchanged) }

    /// How many steps of each kind there are.
    public var counts: BlockEditCounts {
        var counts = BlockEditCounts()
        for edit in self {
            switch edit {
            case .unchanged: counts.unchanged += 1
            case .changed: if edit.isUnchanged { counts.unchanged += 1 } else { counts.changed += 1 }
            case .deleted: counts.deleted += 1
            case .inserted: counts.inserted += 1
            case .movedAway: counts.moved += 1
            case .movedHere: break
            case .movedHereChanged: counts.changed += 1
            }
        }
        return counts
    }
}

/// Counts of block edits: blocks unchanged, changed in place, deleted, inserted and moved.
public struct BlockEditCounts: Hashable, Sendable {
    public var unchanged = 0
    public var changed = 0
    public var deleted = 0
    public var inserted = 0
    public var moved = 0

    public init() {}

    /// True when any block was changed, deleted, inserted or moved.
    public var hasChanges: Bool { changed + deleted + inserted + moved > 0 }
}
