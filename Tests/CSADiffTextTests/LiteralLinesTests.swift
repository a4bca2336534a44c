import CSADiff
import CSADiffText
import Testing

/// A literal block's text cut into lines for display, and compared line by line.
@Suite struct LiteralLinesTests {
    typealias Span = DiffDisplay.Span

    @Test func spansAreCutAtLineEndsAndTheClosingLineEndOpensNoLine() {
        let lines = LiteralLines.lines([WordPiece(.equal, "a\n  b"), WordPiece(.deleted, "c\nd"), WordPiece(.inserted, "e"), WordPiece(.equal, "\n")])
        #expect(lines.map { $0.map(\.text) } == [["a"], ["  b", "c"], ["d", "e"]])
        #expect(lines[1].map(\.change) == [.equal, .deleted])
        #expect(LiteralLines.lines([WordPiece(.inserted, "")]).isEmpty)
        #expect(LiteralLines.lines([WordPiece(.equal, "a\n\n")]).map { $0.map(\.text) } == [["a"], []])
    }

    @Test func linesAreComparedInTheOrderOfBoth() {
        let pieces = [WordPiece(.equal, "one\n  "), WordPiece(.deleted, "two"), WordPiece(.inserted, "deux"), WordPiece(.equal, "\nthree\n"),
                      WordPiece(.inserted, "four\n")]
        #expect(LiteralLines.lineChanges(pieces).map { "\($0.change.rawValue) \($0.text)" }
                == ["equal one", "deleted   two", "inserted   deux", "equal three", "inserted four"])
        #expect(LiteralLines.lineChanges([WordPiece(.deleted, "")]).isEmpty)
    }
}
