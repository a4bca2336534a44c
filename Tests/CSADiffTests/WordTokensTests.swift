@testable import CSADiff
import Testing
import TestSupport

/// Splitting into tokens, the shared start and end a comparison leaves out, and numbering tokens with
/// one interner kept from block to block: each gives the comparison a fresh, whole one gives.
@Suite struct WordTokensTests {
    /// The texts of the tokens of `text`, or of bytes `range` of it.
    static func tokens(_ text: String, _ range: Range<Int>? = nil) -> [String] {
        let bytes = Array(text.utf8)
        let tokens = WordTokens(bytes, range ?? 0..<bytes.count)
        return (0..<tokens.count).map { String(decoding: bytes[tokens.bounds[$0]..<tokens.bounds[$0 + 1]], as: UTF8.self) }
    }

    static func cut(_ a: String, _ b: String) -> (Int, Int) {
        let x = Array(a.utf8), y = Array(b.utf8)
        return x.withUnsafeBufferPointer { a in y.withUnsafeBufferPointer { b in SharedEnds.cut(a, b) } }
    }

    @Test func wordsAreNeverSplit() {
        #expect(Self.tokens("Kent's re-offending fell 13.5 per cent, to 13,870.") ==
                ["Kent's", " ", "re-offending", " ", "fell", " ", "13.5", " ", "per", " ", "cent", ",", " ", "to", " ", "13,870", "."])
        #expect(Self.tokens("re- -x  \n é́") == ["re", "-", " ", "-", "x", "  \n ", "é́"])
        // A stretch that starts and ends at token boundaries is split as the whole text is there.
        #expect(Self.tokens("one two-three four", 3..<14) == [" ", "two-three", " "])
    }

    @Test func sharedEndsAreCutAtWhiteSpaceBothSidesShare() {
        // "The cat " alike: cut before the space after "cat"; "t on the mat." alike: cut before "on".
        #expect(Self.cut("The cat sat on the mat.", "The cat sits on the mat.") == (7, 11))
        #expect(Self.cut("same text", "same text") == (9, 0))
        #expect(Self.cut("", "") == (0, 0))
        #expect(Self.cut("", "new") == (0, 0))
        // No white space after a word inside the shared start or before one inside the shared end.
        #expect(Self.cut("re-offending", "re-offence") == (0, 0))
        // The shared end is sought only after the whole shared start: "a b" is a prefix of "a b b".
        #expect(Self.cut("a b", "a b b") == (1, 0))
        // White space that is not ASCII is never a cut.
        #expect(Self.cut("a\u{A0}c", "a\u{A0}d") == (0, 0))
        #expect(Self.cut("a\u{A0}b c", "a\u{A0}b d") == (4, 0))
        #expect(Self.cut("a b c", "a b d") == (3, 0))
    }

    /// Texts made of a few words, spaces (ASCII and not), punctuation and joiners, so that random edits
    /// put shared starts and ends in every kind of place.
    static func randomText(_ rng: inout SeededRandom, words: Int) -> String {
        let pieces = ["the", "cat", "Kent", "re", "-", "'", "13", ".", ",", "5", " ", " ", "  ", "\n", "\u{A0}", "é", "e\u{301}", "’s", "(", ")", "x"]
        return (0..<words).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
    }

    @Test func leavingOutTheSharedEndsGivesTheWholeComparison() {
        var rng = SeededRandom(seed: 8)
        for _ in 0..<3000 {
            let old = Self.randomText(&rng, words: 1 + Int.random(in: 0..<30, using: &rng))
            var new = Array(old.unicodeScalars)
            for _ in 0..<(1 + Int.random(in: 0..<3, using: &rng)) {
                let at = Int.random(in: 0..<new.count + 1, using: &rng)
                let insert = Array(Self.randomText(&rng, words: Int.random(in: 0..<3, using: &rng)).unicodeScalars)
                let cut = min(new.count - at, Int.random(in: 0..<4, using: &rng))
                new.replaceSubrange(at..<(at + cut), with: insert)
            }
            let newText = String(String.UnicodeScalarView(new))
            let oldRuns = Self.styled(old, &rng), newRuns = Self.styled(newText, &rng)
            var ids = ByteInterner(), whole = ByteInterner()
            let trimmed = WordDiff.compare(oldRuns, newRuns, ids: &ids)
            let full = WordDiff.compare(oldRuns, newRuns, ids: &whole, trimming: false)
            #expect(trimmed == full, "\(old.debugDescription) → \(newText.debugDescription)")
            #expect(trimmed.oldRuns == oldRuns.canonical && trimmed.newRuns == newRuns.canonical)
        }
    }

    /// `text` cut into runs at random places, most plain, some emphasised or linked.
    static func styled(_ text: String, _ rng: inout SeededRandom) -> [TextRun] {
        let styles = [RunStyle.plain, .plain, .plain, RunStyle(emphasis: true), RunStyle(link: "https://a.example/")]
        var runs: [TextRun] = [], current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            current.append(scalar)
            if Int.random(in: 0..<8, using: &rng) == 0 {
                runs.append(TextRun(String(current), style: styles[Int.random(in: 0..<styles.count, using: &rng)]))
                current = String.UnicodeScalarView()
            }
        }
        runs.append(TextRun(String(current)))
        return runs
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
