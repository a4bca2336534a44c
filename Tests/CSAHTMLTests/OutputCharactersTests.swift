import CSAHTML
import Testing

/// Which characters no output may hold, and that HTML escaping replaces them.
@Suite struct OutputCharactersTests {
    @Test func controlCharactersAndNoncharactersAreForbidden() {
        let forbidden: [UInt32] = [0x00, 0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF]
        let allowed: [UInt32] = [0x09, 0x0A, 0x0D, 0x20, 0x7E, 0xA0, 0x2028, 0x2029, 0xFDCF, 0xFDF0, 0xFFFD, 0x1F600, 0x1FFFD]
        #expect(forbidden.filter { !OutputCharacters.isForbidden(Unicode.Scalar($0)!) } == [])
        #expect(allowed.filter { OutputCharacters.isForbidden(Unicode.Scalar($0)!) } == [])
    }

    @Test func cleanedReplacesEachForbiddenCharacterWithTheReplacementCharacter() {
        #expect(OutputCharacters.cleaned("java\u{0}script:\u{1}x\u{FFFE}\t\n") == "java\u{FFFD}script:\u{FFFD}x\u{FFFD}\t\n")
        #expect(OutputCharacters.cleaned("plain text") == "plain text")
    }

    @Test func htmlTextEscapingReplacesForbiddenCharacters() {
        #expect(HTMLEscaping.text("a\u{0}<b>\u{7F}&\"\u{85}") == "a\u{FFFD}&lt;b&gt;\u{FFFD}&amp;&quot;\u{FFFD}")
    }

    /// The byte-level escaping and cleaning give what escaping and cleaning character by character give,
    /// for text with every kind of character: ASCII, escaped, forbidden in one to four UTF-8 bytes, allowed
    /// in two to four bytes, at the start, the middle and the end.
    @Test func byteLevelEscapingAgreesWithCharacterByCharacter() {
        let pieces = ["a", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "é", "–", "😀"]
            + [0x00, 0x1F, 0x7F, 0x80, 0x9F, 0xA0, 0x2028, 0xFDD0, 0xFDEF, 0xFFFD, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF]
            .compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
        func slowText(_ s: String) -> String {
            var out = ""
            for ch in s.unicodeScalars {
                switch ch {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                default: out.unicodeScalars.append(OutputCharacters.isForbidden(ch) ? OutputCharacters.replacement : ch)
                }
            }
            return out
        }
        func slowCleaned(_ s: String) -> String {
            String(String.UnicodeScalarView(s.unicodeScalars.map { OutputCharacters.isForbidden($0) ? OutputCharacters.replacement : $0 }))
        }
        for x in pieces {
            for y in pieces {
                for text in [x, x + y, "start " + x + " middle " + y + " end", y + x + x] {
                    #expect(HTMLEscaping.text(text) == slowText(text), "\(text.unicodeScalars.map { $0.value })")
                    #expect(OutputCharacters.cleaned(text) == slowCleaned(text), "\(text.unicodeScalars.map { $0.value })")
                }
            }
        }
    }

    @Test func hrefPercentEncodesControlCharacters() {
        #expect(HTMLEscaping.href("https://example.org/a\u{0}b\u{1}") == "https://example.org/a%00b%01")
    }
}
