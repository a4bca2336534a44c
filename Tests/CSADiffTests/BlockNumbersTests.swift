@testable import CSADiff
import Testing

/// Numbering blocks: the same number exactly for the same shape and runs, byte for byte.
@Suite struct BlockNumbersTests {
    @Test func blocksDifferingInAnyWayGetNumbersOfTheirOwn() {
        let paragraph = BlockShape(.paragraph)
        let variants: [BlockText] = [
            BlockText(shape: paragraph, runs: [TextRun("Kent Police")]),
            BlockText(shape: BlockShape(.heading, level: 2), runs: [TextRun("Kent Police")]),
            BlockText(shape: BlockShape(.heading, level: 3), runs: [TextRun("Kent Police")]),
            BlockText(shape: BlockShape(.code, info: "swift"), runs: [TextRun("Kent Police")]),
            BlockText(shape: BlockShape(.code, info: "yaml"), runs: [TextRun("Kent Police")]),
            BlockText(shape: BlockShape(.paragraph, containers: [.bullet]), runs: [TextRun("Kent Police")]),
            BlockText(shape: BlockShape(.paragraph, containers: [.quote, .bullet]), runs: [TextRun("Kent Police")]),
            BlockText(shape: paragraph, runs: [TextRun("Kent Police", style: RunStyle(emphasis: true))]),
            BlockText(shape: paragraph, runs: [TextRun("Kent Police", style: RunStyle(strong: true))]),
            BlockText(shape: paragraph, runs: [TextRun("Kent Police", style: RunStyle(code: true))]),
            BlockText(shape: paragraph, runs: [TextRun("Kent Police", style: RunStyle(link: "https://a.example/"))]),
            BlockText(shape: paragraph, runs: [TextRun("Kent Police", style: RunStyle(link: "https://b.example/"))]),
            BlockText(shape: paragraph, runs: [TextRun("Kent Police", style: RunStyle(image: "https://a.example/"))]),
            BlockText(shape: paragraph, runs: [TextRun("Kent", style: RunStyle(strong: true)), TextRun(" Police")]),
            BlockText(shape: paragraph, runs: [TextRun("Kent"), TextRun(" Police", style: RunStyle(strong: true))]),
            BlockText(shape: paragraph, runs: [TextRun("Kent Polic\u{E9}")]),
            BlockText(shape: paragraph, runs: [TextRun("Kent Polic\u{65}\u{301}")]),
            BlockText(shape: paragraph, runs: []),
            BlockText(shape: BlockShape(.rule), runs: []),
        ]
        var numbers = BlockNumbers()
        #expect(variants.map { numbers.number($0) } == Array(0..<variants.count))
        // Seen again, each gets its number back, also when made anew from the same parts.
        #expect(variants.reversed().map { numbers.number($0) } == Array((0..<variants.count).reversed()))
        #expect(numbers.number(BlockText(shape: paragraph, runs: [TextRun("Kent "), TextRun("Police")])) == 0)
        // Enough blocks to grow the table.
        let many = (0..<1000).map { BlockText(shape: paragraph, runs: [TextRun("block \($0)")]) }
        #expect(many.map { numbers.number($0) } == Array(variants.count..<(variants.count + 1000)))
        #expect(many.map { numbers.number($0) } == Array(variants.count..<(variants.count + 1000)))
    }

    /// The hash is taken from the key's parts, however their text was made, and the blocks above, which
    /// differ in one part each, all hash apart (text lengths around a multiple of eight included).
    @Test func equalKeysHashAlikeAndTheseDifferentOnesApart() {
        let words = "Kent Police and the county council agreed"
        let made = String(words.split(separator: " ").prefix(2).joined(separator: " "))
        let shape = BlockShape(.paragraph, containers: [.bullet])
        #expect(BlockKey.hash(BlockText(shape: shape, runs: [TextRun("Kent Police")]))
                == BlockKey.hash(BlockText(shape: shape, runs: [TextRun(made)])))
        let texts = (0..<40).map { String(repeating: "a", count: $0) } + ["abcdefgh", "abcdefgi", "abcdefghi", "abcdefghj"]
        var blocks = texts.map { BlockText(shape: BlockShape(.paragraph), runs: $0.isEmpty ? [] : [TextRun($0)]) }
        blocks += texts.dropFirst().map { BlockText(shape: BlockShape(.heading, level: 2), runs: [TextRun($0)]) }
        blocks += [BlockText(shape: BlockShape(.paragraph), runs: [TextRun("ab", style: RunStyle(emphasis: true)), TextRun("c")]),
                   BlockText(shape: BlockShape(.paragraph), runs: [TextRun("a", style: RunStyle(emphasis: true)), TextRun("bc")])]
        #expect(Set(blocks.map(BlockKey.hash)).count == blocks.count)
    }
}
