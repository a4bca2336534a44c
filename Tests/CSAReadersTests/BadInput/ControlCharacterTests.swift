import CSAModel
import CSAReaders
import Foundation
import Testing

/// Control characters, raw in a file or written as YAML escapes or Markdown character references, are
/// errors at their place, naming the character; they never reach the model, and the rest of the file is
/// still checked.
@Suite struct ControlCharacterTests {
    static let rawHint = "remove it: control characters are invisible in most editors and cannot be published"
    static let escapeHint = "remove the escape (such as \\0, \\a, \\e or \\x07) from the quoted text"

    @Test func rawNULInAChapterBody() throws {
        let got = try BadInput.messages([BadInput.chapterPath: BadInput.chapter("\n## Purpose\n\nThe\u{0} agreement.\n")])
        #expect(got == ["""
            C/editions/2024-25/chapters/01-introduction.md:10:4: error: control character U+0000 in the text
                hint: \(Self.rawHint)
            """])
    }

    @Test func rawControlCharactersInYAMLDoNotStopTheFileBeingChecked() throws {
        // BEL in a title, DEL and a C1 control in a description, a line separator in a lead; and a real mistake after them.
        let got = try BadInput.messages(["editions/2024-25/themes.yml": """
            - id: prevention
              title: Early\u{7} intervention
              lead: tcsp
              description: Acting\u{7F} early\u{9B}.
              tittle: x

            """])
        #expect(got == ["""
            C/editions/2024-25/themes.yml:2:15: error: control character U+0007 in the text
                hint: \(Self.rawHint)
            """, """
            C/editions/2024-25/themes.yml:4:22: error: control character U+007F in the text
                hint: \(Self.rawHint)
            """, """
            C/editions/2024-25/themes.yml:4:29: error: control character U+009B in the text
                hint: \(Self.rawHint)
            """, """
            C/editions/2024-25/themes.yml:5:3: error: unknown field 'tittle' in theme 'prevention'
                hint: did you mean 'title'?
            """])
    }

    @Test func lineAndParagraphSeparatorsAndNextLineAreNotLineBreaks() throws {
        let got = try BadInput.messages(["editions/2024-25/themes.yml": """
            - id: prevention
              title: "Early\u{2028}intervention\u{85}"
              lead: tcsp
              description: Acting early.\u{2029}

            """])
        #expect(got == ["""
            C/editions/2024-25/themes.yml:2:16: error: control character U+2028 in the text
                hint: \(Self.rawHint)
            """, """
            C/editions/2024-25/themes.yml:2:29: error: control character U+0085 in the text
                hint: \(Self.rawHint)
            """, """
            C/editions/2024-25/themes.yml:4:29: error: control character U+2029 in the text
                hint: \(Self.rawHint)
            """])
    }

    @Test func yamlEscapesAreReportedAtTheirText() throws {
        let got = try BadInput.messages(["editions/2024-25/themes.yml": #"""
            - id: prevention
              title: "Early\0 intervention"
              lead: tcsp
              description: "Acting \x07early \e[31m and \u0085."
              "ti\x01tle": x

            """#])
        // Each escape where its backslash is.
        #expect(got == ["""
            C/editions/2024-25/themes.yml:2:16: error: text holds the control character U+0000, written as an escape
                hint: \(Self.escapeHint)
            """, """
            C/editions/2024-25/themes.yml:4:24: error: text holds the control character U+0007, written as an escape
                hint: \(Self.escapeHint)
            """, """
            C/editions/2024-25/themes.yml:4:34: error: text holds the control character U+001B, written as an escape
                hint: \(Self.escapeHint)
            """, """
            C/editions/2024-25/themes.yml:4:45: error: text holds the control character U+0085, written as an escape
                hint: \(Self.escapeHint)
            """, """
            C/editions/2024-25/themes.yml:5:3: error: unknown field 'ti\\u{1}tle' in theme 'prevention'
                hint: did you mean 'title'?
            """, """
            C/editions/2024-25/themes.yml:5:6: error: text holds the control character U+0001, written as an escape
                hint: \(Self.escapeHint)
            """])
    }

    @Test func escapesInChapterFrontMatterAreOnTheFileLine() throws {
        let text = BadInput.chapter("Text.\n").replacingOccurrences(of: "summary: What the agreement is.", with: #"summary: "What\tthe\bagreement is.""#)
        let got = try BadInput.messages([BadInput.chapterPath: text])
        #expect(got == ["""
            C/editions/2024-25/chapters/01-introduction.md:5:10: error: text holds the control character U+0008, written as an escape
                hint: \(Self.escapeHint)
            """])
    }

    @Test func markdownCharacterReferences() throws {
        let got = try BadInput.messages([BadInput.chapterPath: BadInput.chapter("\nA bell &#7; rings, [a](https://example.org/ \"t&#x1B;\").\n")])
        #expect(got == ["""
            C/editions/2024-25/chapters/01-introduction.md:8:8: error: text holds the control character U+0007, written as a character reference
                hint: remove the reference (such as &#7; or &#x1B;)
            """, """
            C/editions/2024-25/chapters/01-introduction.md:8:8: error: text holds the control character U+001B, written as a character reference
                hint: remove the reference (such as &#7; or &#x1B;)
            """])
    }

    @Test func aBinaryFileGivesTenErrorsAndASummary() throws {
        let bytes = Array("---\nid: introduction\n".utf8) + [UInt8](repeating: 1, count: 500)
        let got = try BadInput.messages(bytes: [BadInput.chapterPath: bytes])
        #expect(got.count == 12)
        #expect(got.first == """
            C/editions/2024-25/chapters/01-introduction.md:1:1: error: chapter's front matter is not closed
                hint: end the front matter with a line '---'
            """)
        #expect(got.dropFirst().prefix(10) == ArraySlice((1...10).map { """
            C/editions/2024-25/chapters/01-introduction.md:3:\($0): error: control character U+0001 in the text
                hint: \(Self.rawHint)
            """ }))
        #expect(got.last == """
            C/editions/2024-25/chapters/01-introduction.md:3:11: error: more control characters from here on (only the first 10 are reported one by one)
                hint: is this a text file? save it as plain UTF-8 text
            """)
    }

    @Test func tabsStayAllowedInText() throws {
        let got = try BadInput.messages([BadInput.chapterPath: BadInput.chapter("\nText\twith a tab.\n\n\tcode\n")])
        #expect(got == [])
    }

    /// Every forbidden character is found, whichever bytes it is written with (the reader skips its
    /// character-by-character pass when the bytes show none), and characters whose bytes look alike are not.
    @Test func everyForbiddenCharacterAndNoLookAlike() throws {
        let forbidden = (Array(0x00...0x08) + Array(0x0B...0x0C) + Array(0x0E...0x1F) + [0x7F] + Array(0x80...0x9F) + [0x2028, 0x2029]
                         + Array(0x202A...0x202E) + Array(0x2066...0x2069) + Array(0xFDD0...0xFDEF)
                         + [0xFFFE, 0xFFFF, 0x1FFFE, 0x1FFFF, 0x10FFFE, 0x10FFFF])
            .compactMap(Unicode.Scalar.init)
        for scalar in forbidden {
            let got = try BadInput.messages([BadInput.chapterPath: BadInput.chapter("\n## Purpose\n\nThe\(Character(scalar))agreement.\n")])
            let name = String(scalar.value, radix: 16, uppercase: true)
            #expect(got == ["""
                C/editions/2024-25/chapters/01-introduction.md:10:4: error: control character U+\(String(repeating: "0", count: max(0, 4 - name.count)) + name) in the text
                    hint: \(Self.rawHint)
                """])
        }
        // U+00A0...U+00BF share the lead byte 0xC2 with the C1 controls, U+2000...U+2FFF the lead byte 0xE2
        // with the line and paragraph separators and the bidirectional controls, U+F000...U+FFFD the lead
        // byte 0xEF with the noncharacters; U+1FFFD, U+10FFFD end like U+1FFFF.
        let lookAlikes: [Unicode.Scalar] = ["\u{A0}", "\u{A3}", "\u{BF}", "\u{C0}", "\u{2019}", "\u{2027}", "\u{202F}", "\u{2065}",
                                            "\u{206A}", "\u{20AC}", "\u{2E28}", "\u{FDCF}", "\u{FDF0}", "\u{FFFD}", "\u{1FFFD}", "\u{1F642}", "\u{10FFFD}"]
        let text = lookAlikes.map { "a\(Character($0))b" }.joined(separator: " ")
        #expect(try BadInput.messages([BadInput.chapterPath: BadInput.chapter("\n## Purpose\n\n\(text)\n")]) == [])
    }
}
