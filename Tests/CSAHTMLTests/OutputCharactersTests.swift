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

    @Test func hrefPercentEncodesControlCharacters() {
        #expect(HTMLEscaping.href("https://example.org/a\u{0}b\u{1}") == "https://example.org/a%00b%01")
    }
}
