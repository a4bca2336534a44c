import CSADiff
import CSADiffText
import Testing

/// The sentences the site's "What changed" page takes from `DiffWording`: blocks counted by kind, and
/// how a block changed its form.
@Suite struct DiffWordingTests {
    static func block(_ kind: BlockShape.Kind, _ containers: [BlockShape.Container] = []) -> BlockText {
        BlockText(shape: BlockShape(kind, level: kind == .heading ? 2 : 0, containers: containers), runs: [TextRun("x")])
    }

    @Test func blocksAreCountedByKindInTheOrderTheyFirstAppear() {
        let p = Self.block(.paragraph), h = Self.block(.heading), item = Self.block(.paragraph, [.bullet])
        #expect(DiffWording.blocks([p, p, p, p], "unchanged") == "4 unchanged paragraphs")
        #expect(DiffWording.blocks([h, p, p, p], "unchanged") == "1 unchanged heading and 3 paragraphs")
        #expect(DiffWording.blocks([item, p, item, h]) == "2 list items, 1 paragraph and 1 heading")
        #expect(DiffWording.blocks([Self.block(.code)]) == "1 code block")
        #expect(DiffWording.blocks([]) == "no blocks")
        var counts = BlockEditCounts()
        counts.changed = 2; counts.inserted = 1; counts.moved = 1
        #expect(DiffWording.blocks(counts) == "2 changed, 1 inserted, 1 moved")
        #expect(DiffWording.blocks(BlockEditCounts()) == "no change")
    }

    @Test func aChangeOfFormIsSaidInWords() {
        #expect(DiffWording.shapeChange(BlockShape(.paragraph), BlockShape(.paragraph)) == nil)
        #expect(DiffWording.shapeChange(BlockShape(.heading, level: 2), BlockShape(.heading, level: 3)) == "now a level 3 heading")
        #expect(DiffWording.shapeChange(BlockShape(.paragraph), BlockShape(.paragraph, containers: [.bullet])) == "now a list item")
        #expect(DiffWording.shapeChange(BlockShape(.paragraph, containers: [.bullet]), BlockShape(.paragraph, containers: [.numbered])) == "now in a numbered list")
        #expect(DiffWording.shapeChange(BlockShape(.paragraph, containers: [.numbered]), BlockShape(.paragraph, containers: [.bullet])) == "now in a bulleted list")
        #expect(DiffWording.shapeChange(BlockShape(.paragraph, containers: [.quote, .bullet]), BlockShape(.paragraph, containers: [.bullet])) == "now set out differently")
        #expect(DiffWording.shapeChange(BlockShape(.code, info: "swift"), BlockShape(.code, info: "yaml")) == "now set out differently")
    }
}

/// What a block was, said in words, for every kind of change of form.
@Suite struct FormerShapeWordingTests {
    @Test func whatABlockWasIsSaidInWords() {
        #expect(DiffWording.formerShape(BlockShape(.paragraph), BlockShape(.paragraph)) == nil)
        #expect(DiffWording.formerShape(BlockShape(.paragraph), BlockShape(.heading, level: 2)) == "was a paragraph")
        #expect(DiffWording.formerShape(BlockShape(.heading, level: 3), BlockShape(.heading, level: 2)) == "was a level 3 heading")
        #expect(DiffWording.formerShape(BlockShape(.paragraph, containers: [.bullet]), BlockShape(.paragraph, containers: [.numbered])) == "was a bulleted list item")
        #expect(DiffWording.formerShape(BlockShape(.paragraph, containers: [.quote, .numbered]), BlockShape(.paragraph)) == "was a numbered list item in a quote")
        #expect(DiffWording.formerShape(BlockShape(.paragraph, containers: [.bullet, .continuation]), BlockShape(.paragraph)) == "was a later paragraph of a list item in a bulleted list")
        #expect(DiffWording.formerShape(BlockShape(.code, info: "swift"), BlockShape(.code)) == "was a code block in swift")
        #expect(DiffWording.formerShape(BlockShape(.heading, level: 2, containers: [.quote]), BlockShape(.heading, level: 2)) == "was a level 2 heading in a quote")
        #expect(DiffWording.formerShape(BlockShape(.rule), BlockShape(.paragraph)) == "was a rule")
        #expect(DiffWording.blockName(BlockShape(.code, info: "yaml")) == "code block in yaml")
        #expect(DiffWording.blockName(BlockShape(.code)) == "code block")
    }
}
