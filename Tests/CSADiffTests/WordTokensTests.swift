@testable import CSADiff
import Testing

/// Splitting into tokens, the tokens two texts begin with alike, and numbering tokens with one interner
/// kept from block to block: each gives the comparison a fresh start gives.
@Suite struct WordTokensTests {
    static func tokens(_ text: String) -> WordTokens { WordTokens([TextRun(text)]) }

    @Test func tokensTwoTextsBeginWithAlike() {
        // "The", " ", "cat", " " alike; "sat" and "sits" differ.
        #expect(Self.tokens("The cat sat.").commonStart(Self.tokens("The cat sits.")) == 4)
        // Same bytes but cut differently: "re" then "-" in one, "re-offending" whole in the other.
        #expect(Self.tokens("re-").commonStart(Self.tokens("re-offending")) == 0)
        #expect(Self.tokens("a b").commonStart(Self.tokens("a b")) == 3)
        #expect(Self.tokens("").commonStart(Self.tokens("a")) == 0)
        #expect(Self.tokens("a  b").commonStart(Self.tokens("a b")) == 1)
    }

    @Test func oneByteStringsKeepTheirNumbers() {
        var interner = ByteInterner()
        let ids = [" ", "ab", ",", " ", "ab", ","].map { Array($0.utf8) }.map { interner.id($0, 0..<$0.count) }
        #expect(ids == [0, 1, 2, 0, 1, 2])
        #expect(interner.count == 3)
    }

    @Test func aSharedInternerGivesTheComparisonAFreshOneGives() {
        let pairs = [
            ("the cat sat on the mat", "the cat sat on the the mat"),
            ("x  y y", "x  y"),
            ("x y y", "x  y"),
            ("Kent Police and Kent Fire", "Kent Police, and Kent Fire and Rescue"),
            ("one two three", "one two three"),
            ("", "new words"),
            ("a a a a b", "a a b a a"),
        ]
        var shared = ByteInterner()
        for (old, new) in pairs {
            let fresh = WordDiff.compare([TextRun(old)], [TextRun(new)])
            #expect(WordDiff.compare([TextRun(old)], [TextRun(new)], ids: &shared) == fresh, "\(old) → \(new)")
            #expect(fresh.oldRuns.plainText == old && fresh.newRuns.plainText == new)
        }
    }
}
