import CSADiff
import Testing
import TestSupport

/// Counting the words a change touches, as `wdiff` counts them: a word (a stretch between white space)
/// counts once when any of its characters is deleted (or inserted).
@Suite struct WordCountTests {
    /// The count made character by character over the side's whole text: the plain definition.
    static func reference(_ pieces: [WordPiece], side: WordPiece.Change) -> Int {
        var count = 0, inWord = false, touched = false
        for piece in pieces where piece.change == .equal || piece.change == side {
            for scalar in piece.text.unicodeScalars {
                if scalar.properties.isWhitespace {
                    if inWord && touched { count += 1 }
                    inWord = false; touched = false
                } else {
                    inWord = true
                    if piece.change == side { touched = true }
                }
            }
        }
        return inWord && touched ? count + 1 : count
    }

    @Test func wordsTouchedByAChange() {
        let pieces = [WordPiece(.equal, "The cat"), WordPiece(.deleted, "s"), WordPiece(.inserted, "-like"),
                      WordPiece(.equal, " sat on the mat "), WordPiece(.deleted, "today"), WordPiece(.inserted, "now, then"),
                      WordPiece(.equal, ".")]
        // Deleted: "cats" and "today." (its full stop kept); inserted: "cat-like", "now," and "then.".
        #expect(WordCount.touched(pieces, side: .deleted) == 2)
        #expect(WordCount.touched(pieces, side: .inserted) == 3)
        #expect(WordCount.touched([WordPiece(.equal, "a\u{A0}b"), WordPiece(.inserted, "c")], side: .inserted) == 1)
        #expect(WordCount.touched([WordPiece(.equal, "kept words only")], side: .deleted) == 0)
        #expect(WordCount.words("  two\u{2003}words\n") == 2)
    }

    @Test func countsAsTheCharacterByCharacterDefinitionDoes() {
        var rng = SeededRandom(seed: 3)
        let texts = ["a", "bc", " ", "  ", "\u{A0}", "d e", "é ", " f", "\u{2003}g", "h\u{2003}", "", "ij k l"]
        let changes: [WordPiece.Change] = [.equal, .equal, .deleted, .inserted]
        for _ in 0..<2000 {
            let pieces = (0..<Int.random(in: 0..<8, using: &rng)).map { _ in
                WordPiece(changes[Int.random(in: 0..<changes.count, using: &rng)], texts[Int.random(in: 0..<texts.count, using: &rng)])
            }
            for side in [WordPiece.Change.deleted, .inserted] {
                #expect(WordCount.touched(pieces, side: side) == Self.reference(pieces, side: side), "\(pieces.map(\.text)) \(side)")
            }
        }
    }
}
