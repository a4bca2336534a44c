import CSADiff
import CSAMarkdown
import CSAModel
import Testing
import TestSupport

/// Blocks aligned before words are compared: anchors, moves, blocks changed in place, formatting.
@Suite struct BlockAlignmentTests {
    static func align(_ old: String, _ new: String) -> [BlockEdit] {
        BlockAlignment.align(DocumentText.blocks(of: FixtureMarkdown.parse(old)), DocumentText.blocks(of: FixtureMarkdown.parse(new)))
    }

    /// One line per edit: its kind and the block's plain text (NEW's for a change).
    static func describe(_ edits: [BlockEdit]) -> [String] {
        edits.map { edit in
            switch edit {
            case .unchanged(let b): return "= \(b.plainText)"
            case .changed(_, _, let words): return "~ \(WordDiffTests.marked(words))"
            case .deleted(let b): return "- \(b.plainText)"
            case .inserted(let b): return "+ \(b.plainText)"
            case .movedAway(let b, let to): return "> \(b.plainText) (to \(to))"
            case .movedHere(let b, let from): return "< \(b.plainText) (from \(from))"
            case .movedHereChanged(_, _, let words, let from): return "<~ \(WordDiffTests.marked(words)) (from \(from))"
            }
        }
    }

    @Test func movedParagraphIsAMoveNotADeletionAndInsertion() {
        let edits = Self.align("## One\n\nAlpha beta gamma.\n\nDelta epsilon.\n\nZeta eta theta.\n",
                               "## One\n\nDelta epsilon.\n\nZeta eta theta.\n\nAlpha beta gamma.\n")
        #expect(Self.describe(edits) == ["= One", "> Alpha beta gamma. (to 3)", "= Delta epsilon.", "= Zeta eta theta.", "< Alpha beta gamma. (from 1)"])
        #expect(edits.counts.moved == 1)
    }

    @Test func movedAndChangedParagraph() {
        let edits = Self.align("The agreement sets out the county priorities for 2023-24.\n\nPartners meet every quarter.\n",
                               "Partners meet every quarter.\n\nThe agreement sets out the county priorities for 2024-25.\n")
        #expect(Self.describe(edits) == ["> The agreement sets out the county priorities for 2023-24. (to 1)", "= Partners meet every quarter.",
                                         "<~ The agreement sets out the county priorities for [-2023-24-]{+2024-25+}. (from 0)"])
        #expect(edits.oldBlocks.map(\.plainText) == ["The agreement sets out the county priorities for 2023-24.", "Partners meet every quarter."])
        #expect(edits.newBlocks.map(\.plainText) == ["Partners meet every quarter.", "The agreement sets out the county priorities for 2024-25."])
    }

    @Test func changedParagraphIsComparedInPlaceAndNewOneInserted() {
        let edits = Self.align("First paragraph about road safety in Kent.\n\nSecond paragraph.\n",
                               "First paragraph about road safety across Kent.\n\nA wholly new paragraph here.\n\nSecond paragraph.\n")
        #expect(Self.describe(edits) == ["~ First paragraph about road safety [-in-]{+across+} Kent.", "+ A wholly new paragraph here.",
                                         "= Second paragraph."])
    }

    @Test func listItemsAndHeadingLevels() {
        let edits = Self.align("## Plan\n\n- one item\n- two item\n", "### Plan\n\n- one item\n- three item\n- two item\n")
        #expect(Self.describe(edits) == ["~ Plan", "= one item", "+ three item", "= two item"])
        guard case .changed(let old, let new, _) = edits[0] else { Issue.record("heading not changed"); return }
        #expect(old.marker == "## " && new.marker == "### ")
        #expect(edits[1].newBlock?.shape == BlockShape(.paragraph, containers: [.bullet]))
    }

    @Test func linkTargetChangeIsReported() {
        let edits = Self.align("Read [the plan](https://a.example/) today.\n", "Read [the plan](https://b.example/) today.\n")
        guard case .changed(_, _, let words) = edits.first else { Issue.record("not changed"); return }
        #expect(words.formatChanges == [FormatChange(text: "the plan", old: RunStyle(link: "https://a.example/"), new: RunStyle(link: "https://b.example/"))])
    }

    @Test func nestedContainersAndContinuations() {
        let blocks = DocumentText.blocks(of: FixtureMarkdown.parse("> - first\n>\n>   more\n> - second\n\n1. one\n   ```\n   code\n   ```\n"))
        #expect(blocks.map(\.shape.marker) == ["> - ", ">    ", "> - ", "1. ", "   ``` "])
        #expect(blocks.map(\.plainText) == ["first", "more", "second", "one", "code\n"])
    }

    /// A block is `unchanged` only when it is the same bytes: a letter spelt with other code points (a
    /// precomposed "é" for "e" and a combining accent) makes it a block changed in place, so that OLD is
    /// rebuilt exactly; but its words compare as equal (OLD's spelling kept as `oldText`), and the block
    /// counts as reading the same (`isUnchanged`).
    @Test func unchangedMeansTheSameBytes() {
        let old = [BlockText(shape: BlockShape(.paragraph), runs: [TextRun("Caf\u{65}\u{301} culture.")])]
        let new = [BlockText(shape: BlockShape(.paragraph), runs: [TextRun("Caf\u{E9} culture.")])]
        let edits = BlockAlignment.align(old, new)
        #expect(Self.describe(edits) == ["~ Café culture."])
        guard case .changed(_, _, let words)? = edits.first else { Issue.record("not changed in place"); return }
        #expect(words == [WordPiece(.equal, "Caf\u{E9}", oldText: "Caf\u{65}\u{301}"), WordPiece(.equal, " culture.")])
        #expect(edits.isUnchanged && edits.counts.unchanged == 1 && !edits.counts.hasChanges)
        #expect(edits.oldBlocks.map { Array($0.plainText.utf8) } == [Array("Caf\u{65}\u{301} culture.".utf8)])
        #expect(edits.newBlocks.map { Array($0.plainText.utf8) } == [Array("Caf\u{E9} culture.".utf8)])
        // The same bytes in the same shape and formatting: unchanged.
        #expect(Self.describe(BlockAlignment.align(new, new)) == ["= Café culture."])
        // The same bytes set differently: not one block.
        let bold = [BlockText(shape: BlockShape(.paragraph), runs: [TextRun("Caf\u{E9} culture.", style: RunStyle(strong: true))])]
        #expect(Self.describe(BlockAlignment.align(new, bold)) == ["~ Café culture."])
    }
}
