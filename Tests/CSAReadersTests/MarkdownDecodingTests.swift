@testable import CSAReaders
import Testing

/// A Markdown line read as the parser reads its text, each character with the column it was written at.
@Suite struct MarkdownDecodingTests {
    func decoded(_ line: String) -> (String, [Int]) {
        let (scalars, columns) = MarkdownDecoding.decode(line[...])
        return (String(String.UnicodeScalarView(scalars)), columns)
    }

    @Test func referencesAndEscapesAreDecodedAtTheirColumns() {
        #expect(decoded("a&#115;b") == ("asb", [1, 2, 8]))
        #expect(decoded("&#x6A;s") == ("js", [1, 7]))
        #expect(decoded("java&colon;x") == ("java:x", [1, 2, 3, 4, 5, 12]))
        #expect(decoded(#"\*x\"#) == ("*x\\", [1, 3, 4]))
    }

    @Test func whatIsNotAReferenceIsKeptAsWritten() {
        #expect(decoded("R&D & co;").0 == "R&D & co;")
        #expect(decoded("&unknown;").0 == "&unknown;")
        #expect(decoded("&#;").0 == "&#;")
        #expect(decoded(#"\a"#).0 == #"\a"#)
    }
}
