@testable import CSAReaders
import Testing

/// `SourceLines` and `LineWalker` give exactly the lines `SourceText.lines` gives: the first split only
/// when asked, the second one line at a time from the top.
@Suite struct SourceLinesTests {
    static let texts = ["", "\n", "one", "one\n", "one\ntwo", "---\nid: a\n---\n", "a\n\nb\n\n", "caf\u{E9}\n\u{1F642} line\ne\u{301}\n", "\n\n\n"]

    @Test func walkerGivesTheSameLines() {
        for text in Self.texts {
            var walker = LineWalker(text)
            var walked: [Substring] = []
            while let line = walker.next() { walked.append(line) }
            #expect(walked == SourceText.lines(text), "\(text.debugDescription)")
            #expect(walker.count == walked.count)
        }
    }

    @Test func linesAreSplitWhenAskedFor() {
        for text in Self.texts {
            let lines = SourceLines(of: text), split = SourceText.lines(text)
            #expect(lines.indices == split.indices)
            for i in split.indices { #expect(lines[i] == split[i]) }
            #expect(SourceLines(split).indices == split.indices)
        }
    }
}
