import CSAModel
import Testing

/// The byte search finds what `firstRange(of:)` finds comparing whole characters, in plain text and
/// where a combining mark or a prepended character joins a neighbour to the needle.
@Suite struct PaperTextSearchTests {
    @Test(arguments: [
        ("[^", "plain text"),
        ("[^", "a note[^1] and another[^2]"),
        ("[^1]", "[[^1] twice [^1]"),
        ("[^1]", "[^1]\u{301} is one character with its accent, then [^1] again"),
        ("[^1]", "\u{600}[^1] after a prepended sign, then [^1]"),
        ("[^1]", "\u{600}[^1]"),
        ("[^é]", "a label [^é] not in ASCII"),
        ("edition=2024-25", "priorities  edition=2024-25 as=table"),
        ("x", "é x ü x"),
        ("", "anything"),
    ])
    func findsWhatACharacterSearchFinds(needle: String, text: String) {
        for start in [0, 2] where start <= text.count {
            let line = Substring(text).dropFirst(start)
            let fast = PaperTextSearch.firstRange(of: needle, in: line)
            #expect(fast == line.firstRange(of: needle), "\(needle) in \(line)")
            if let fast {
                #expect(PaperTextSearch.column(of: fast.lowerBound, in: line) == line.unicodeScalars.distance(from: line.startIndex, to: fast.lowerBound) + 1)
            }
        }
    }

    @Test func aJoinedMatchIsNotAMatch() {
        let text: Substring = "x[^1]\u{301} y"
        #expect(PaperTextSearch.firstRange(of: "[^1]", in: text) == nil)
        let line: Substring = "e\u{301}éa["
        #expect(PaperTextSearch.column(of: line.index(line.startIndex, offsetBy: 3), in: line) == 5)
    }
}
