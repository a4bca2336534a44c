import CSADiff
import CSADiffText
import CSAHTML

/// A stretch of text on the "What changed" page: kept, deleted or inserted. The template marks deleted
/// text `<del>` and inserted text `<ins>`, each with a visually hidden label.
struct ChangeSpan: Equatable {
    let text: String
    /// `text` escaped as `{{text}}` would be (`TemplateEscaping`): the template writes it with `{{{textHTML}}}`,
    /// as a page of changes is mostly this text.
    let textHTML: String
    let isDeleted: Bool
    let isInserted: Bool
    let isKept: Bool

    init(_ change: WordPiece.Change, _ text: String) {
        self.text = text
        textHTML = TemplateEscaping.html(text)
        isDeleted = change == .deleted
        isInserted = change == .inserted
        isKept = change == .equal
    }

    /// Word pieces as spans, neighbouring pieces of one change joined (as every human format shows them).
    static func spans(_ pieces: [WordPiece]) -> [ChangeSpan] {
        DiffDisplay.spans(pieces).map { ChangeSpan($0.change, $0.text) }
    }
}

/// One entry of a chapter's changes in context: a changed or moved block, a run of inserted or
/// deleted blocks, an unchanged block shown as context beside a change, or a run of unchanged blocks
/// collapsed to a count.
struct BlockChangeView: Equatable {
    /// What the entry is, as its CSS modifier: `changed`, `inserted`, `deleted`, `moved`, `context` or `collapsed`.
    let kind: String
    /// True for an unchanged block shown beside a change.
    let isContext: Bool
    /// True for a run of unchanged blocks, shown as `label` alone.
    let isCollapsed: Bool
    /// "Changed paragraph", "Inserted: 1 heading and 2 paragraphs", "Paragraph moved further down; it
    /// was here"; for a collapsed run, "4 unchanged paragraphs"; for context, "Unchanged paragraph".
    let label: String
    /// The `id` of a moved block's entry, which its other place links to; nil otherwise.
    let anchor: String?
    /// A moved block's link to its other place.
    let moveLink: ItemLink?
    /// The block's text, or each block's of a run; none for a collapsed run.
    let lines: [ChangeLineView]
    /// Kept text set differently in the two editions: `"Kent Police": plain → bold`.
    let formatting: [String]
}

/// One block's text in an entry, and how it is set.
struct ChangeLineView: Equatable {
    /// The block's shape as a CSS modifier: `paragraph`, `heading`, `bullet`, `numbered`, `quote`, `code` or `rule`.
    let shape: String
    let spans: [ChangeSpan]
}

/// Turns a chapter's block comparison into entries in context: every change, one unchanged block on
/// each side of it (cut to its nearest words when long), and the unchanged blocks between collapsed
/// into a count. Moved blocks link to each other.
enum ChangeBlocks {
    /// How many words of a long unchanged block are shown as context.
    static let contextWords = 25
    /// How many words of a moved block are shown where it was.
    static let openingWords = 12

    /// `anchors` gives the moved blocks' ids, unique on the page; `prefix` starts each (`chapter-intro-`).
    static func views(_ edits: [BlockEdit], prefix: String, anchors: inout HeadingAnchors) -> [BlockChangeView] {
        // Where each block of OLD and of NEW is among the edits, and the id of each moved block's entry.
        var oldAt: [Int: Int] = [:], newAt: [Int: Int] = [:]
        var oldIndex = 0, newIndex = 0
        var ids: [Int: String] = [:]
        anchors.prefix = prefix
        for (position, edit) in edits.enumerated() {
            if edit.oldBlock != nil { oldAt[oldIndex] = position; oldIndex += 1 }
            if edit.newBlock != nil { newAt[newIndex] = position; newIndex += 1 }
            switch edit {
            case .movedAway: ids[position] = anchors.id(for: "moved-from-\(oldIndex)")
            case .movedHere, .movedHereChanged: ids[position] = anchors.id(for: "moved-to-\(newIndex)")
            default: break
            }
        }
        anchors.prefix = ""

        func moveLink(_ position: Int, to other: Int?, _ text: String) -> ItemLink? {
            guard let other, let id = ids[other] else { return nil }
            return ItemLink(title: text, href: "#" + id, detail: nil)
        }
        func direction(_ position: Int, _ other: Int?) -> String {
            guard let other else { return "elsewhere in the chapter" }
            return other > position ? "further down" : "further up"
        }

        var out: [BlockChangeView] = []
        var position = 0
        while position < edits.count {
            // Runs of unchanged, deleted or inserted blocks are one entry (or a few, for unchanged ones).
            if let run = run(edits, from: position) {
                var end = position
                var blocks: [BlockText] = []
                while end < edits.count, let block = run.block(edits[end]) { blocks.append(block); end += 1 }
                switch run {
                case .unchanged: out += unchangedRun(blocks, changeBefore: position > 0, changeAfter: end < edits.count)
                case .deleted, .inserted: out.append(wholeBlocks(blocks, run))
                }
                position = end
                continue
            }
            switch edits[position] {
            case .unchanged, .deleted, .inserted:
                break
            case .changed(let old, let new, let pieces):
                let label = "Changed \(old.name)" + (DiffWording.shapeChange(old, new).map { ", \($0)" } ?? "")
                out.append(entry("changed", label, [line(new, ChangeSpan.spans(pieces))], formatting: pieces))
            case .movedAway(let block, let to):
                let other = newAt[to]
                out.append(entry("moved", "\(capitalised(block.shape.name)) moved \(direction(position, other)); it was here",
                                 [line(block.shape, [ChangeSpan(.equal, opening(block.plainText))])], anchor: ids[position],
                                 link: moveLink(position, to: other, "Go to its new place")))
            case .movedHere(let block, let from):
                let other = oldAt[from]
                out.append(entry("moved", "\(capitalised(block.shape.name)) moved here from \(direction(position, other))",
                                 [line(block.shape, [ChangeSpan(.equal, block.plainText)])], anchor: ids[position],
                                 link: moveLink(position, to: other, "Go to where it was")))
            case .movedHereChanged(let old, let new, let pieces, let from):
                let other = oldAt[from]
                let shape = DiffWording.shapeChange(old, new).map { " and \($0)" } ?? ""
                out.append(entry("moved", "\(capitalised(old.name)) moved here from \(direction(position, other)), and changed\(shape)",
                                 [line(new, ChangeSpan.spans(pieces))], formatting: pieces, anchor: ids[position],
                                 link: moveLink(position, to: other, "Go to where it was")))
            }
            position += 1
        }
        return out
    }

    /// The kinds of step that run together into one entry.
    private enum Run {
        case unchanged, deleted, inserted

        func block(_ edit: BlockEdit) -> BlockText? {
            switch (self, edit) {
            case (.unchanged, .unchanged(let b)), (.deleted, .deleted(let b)), (.inserted, .inserted(let b)): return b
            default: return nil
            }
        }
    }

    private static func run(_ edits: [BlockEdit], from position: Int) -> Run? {
        [Run.unchanged, .deleted, .inserted].first { $0.block(edits[position]) != nil }
    }

    /// Blocks deleted or inserted whole, one after another: one entry, each block on its own line.
    private static func wholeBlocks(_ blocks: [BlockText], _ run: Run) -> BlockChangeView {
        let deleted = run == .deleted
        let verb = deleted ? "Deleted" : "Inserted"
        let label = blocks.count == 1 ? "\(verb) \(blocks[0].shape.name)" : "\(verb): \(DiffWording.blocks(blocks))"
        return entry(deleted ? "deleted" : "inserted", label,
                     blocks.map { line($0.shape, [ChangeSpan(deleted ? .deleted : .inserted, $0.plainText)]) })
    }

    /// A run of unchanged blocks: the block next to a change on either side as context, the rest
    /// collapsed into a count (never a count of one: that block is shown instead).
    private static func unchangedRun(_ blocks: [BlockText], changeBefore: Bool, changeAfter: Bool) -> [BlockChangeView] {
        let head = changeBefore ? 1 : 0, tail = changeAfter ? 1 : 0
        if blocks.count <= head + tail + 1 {
            return blocks.enumerated().map { i, block in
                let afterChange = changeBefore && i == 0, beforeChange = changeAfter && i == blocks.count - 1
                return context(block, keep: afterChange && !beforeChange ? .start : (beforeChange && !afterChange ? .end : .all))
            }
        }
        var out: [BlockChangeView] = []
        if changeBefore, let first = blocks.first { out.append(context(first, keep: .start)) }
        let hidden = Array(blocks.dropFirst(head).dropLast(tail))
        out.append(BlockChangeView(kind: "collapsed", isContext: false, isCollapsed: true, label: DiffWording.blocks(hidden, "unchanged"),
                                   anchor: nil, moveLink: nil, lines: [], formatting: []))
        if changeAfter, let last = blocks.last { out.append(context(last, keep: .end)) }
        return out
    }

    /// Which words of a long context block are shown: those next to the change.
    enum Keep { case start, end, all }

    private static func context(_ block: BlockText, keep: Keep) -> BlockChangeView {
        var text = block.plainText
        let words = text.split(whereSeparator: \.isWhitespace)
        if block.shape.kind != .heading, words.count > contextWords {
            switch keep {
            case .start: text = words.prefix(contextWords).joined(separator: " ") + " …"
            case .end: text = "… " + words.suffix(contextWords).joined(separator: " ")
            case .all: break
            }
        }
        return BlockChangeView(kind: "context", isContext: true, isCollapsed: false, label: "Unchanged \(block.shape.name)",
                               anchor: nil, moveLink: nil, lines: [line(block.shape, [ChangeSpan(.equal, text)])], formatting: [])
    }

    private static func entry(_ kind: String, _ label: String, _ lines: [ChangeLineView], formatting pieces: [WordPiece] = [],
                              anchor: String? = nil, link: ItemLink? = nil) -> BlockChangeView {
        BlockChangeView(kind: kind, isContext: false, isCollapsed: false, label: label, anchor: anchor,
                        moveLink: link, lines: lines, formatting: pieces.formatChanges.map(DiffWording.formatChange))
    }

    private static func line(_ shape: BlockShape, _ spans: [ChangeSpan]) -> ChangeLineView {
        ChangeLineView(shape: shapeClass(shape), spans: spans)
    }

    /// The first words of a block, to recognise it by where it used to be.
    static func opening(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.count > openingWords ? words.prefix(openingWords).joined(separator: " ") + " …" : text
    }

    /// The CSS modifier of a block's shape.
    static func shapeClass(_ shape: BlockShape) -> String {
        switch shape.kind {
        case .heading: return "heading"
        case .code, .html: return "code"
        case .rule: return "rule"
        case .paragraph:
            switch shape.containers.last {
            case .bullet?: return "bullet"
            case .numbered?: return "numbered"
            case .quote?: return "quote"
            case .continuation?, nil: return "paragraph"
            }
        }
    }

    private static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
