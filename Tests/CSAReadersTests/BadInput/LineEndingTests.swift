import CSAModel
import CSAReaders
import Foundation
import Testing

/// Files saved with Windows (CRLF) or old Mac (lone CR) line endings read exactly as with LF, and
/// locations are the lines and columns an editor shows.
@Suite struct LineEndingTests {
    static func withEnding(_ text: String, _ ending: String) -> String { text.replacingOccurrences(of: "\n", with: ending) }

    /// Every file of the fixture, with `ending` for its line endings.
    static func everyFile(_ ending: String) -> [String: String?] {
        ContentFixture.files.mapValues { Optional(withEnding($0, ending)) }
    }

    @Test(arguments: ["\r\n", "\r"]) func wholeContentReadsAsWithLF(ending: String) throws {
        let fixture = try ContentFixture(replacing: Self.everyFile(ending))
        defer { fixture.remove() }
        let plain = try ContentFixture()
        defer { plain.remove() }
        #expect(fixture.messages() == [])
        let got = try #require(fixture.read().publication)
        let expected = try #require(plain.read().publication)
        #expect(got.editions.map(\.chapters.count) == [0, 1])
        #expect(got.editions.last?.chapters.first?.body == expected.editions.last?.chapters.first?.body)
        #expect(got.editions.last?.chapters.first?.bodyStartLine == 7)
        #expect(got.editions.last?.priorities.first?.description == expected.editions.last?.priorities.first?.description)
        #expect(got.editions.last?.priorities.first?.description.blocks.count == 1)
        #expect(got.site.bodies.map(\.id) == ["tcsp", "police"])
    }

    @Test(arguments: ["\r\n", "\r"]) func yamlErrorsKeepTheirLineAndColumn(ending: String) throws {
        let got = try BadInput.messages(["editions/2024-25/themes.yml": Self.withEnding("""
            - id: prevention
              title: Early intervention
              lead: tcsp
              descripton: Acting early.
              description: Acting early.

            """, ending)])
        #expect(got == ["""
            C/editions/2024-25/themes.yml:4:3: error: unknown field 'descripton' in theme 'prevention'
                hint: did you mean 'description'?
            """])
    }

    @Test(arguments: ["\r\n", "\r"]) func chapterErrorsKeepTheirLineAndColumn(ending: String) throws {
        let got = try BadInput.messages([BadInput.chapterPath: Self.withEnding(BadInput.chapter("\nSome text.\n\n  # Title again\n"), ending)])
        #expect(got == ["""
            C/editions/2024-25/chapters/01-introduction.md:10:3: error: chapter body has a level-1 heading 'Title again'
                hint: the chapter's title is the page's level-1 heading; use '##' for the chapter's top-level sections
            """])
    }

    @Test func mixedLineEndingsCountOneLineEach() throws {
        let got = try BadInput.messages([BadInput.chapterPath: BadInput.chapter("one\r\ntwo\rthree\n<b>four</b>\r\n")])
        #expect(got == ["""
            C/editions/2024-25/chapters/01-introduction.md:10:1: error: raw HTML '<b>' is not published
                hint: \(MarkdownHint.html)
            """, """
            C/editions/2024-25/chapters/01-introduction.md:10:8: error: raw HTML '</b>' is not published
                hint: \(MarkdownHint.html)
            """])
    }

    @Test func invalidUTF8AfterCRLFLinesIsOnItsLine() throws {
        let bytes = Array("- id: prevention\r\n  title: Early\r\n  lead: tc".utf8) + [0xFF] + Array("sp\r\n".utf8)
        let got = try BadInput.messages(bytes: ["editions/2024-25/themes.yml": bytes])
        #expect(got == ["""
            C/editions/2024-25/themes.yml:3:11: error: file is not valid UTF-8 (byte 0xFF)
                hint: save the file as UTF-8 in your editor
            """])
    }

    /// A byte order mark at the start of a file is dropped: the file reads, with the same lines and
    /// columns, as it does without one.
    @Test func byteOrderMarkIsDropped() throws {
        let text = BadInput.chapter("\n## Purpose\n\nThe <b>agreement</b>.\n")
        let plain = try BadInput.messages([BadInput.chapterPath: text])
        let marked = try BadInput.messages(bytes: [BadInput.chapterPath: [0xEF, 0xBB, 0xBF] + Array(text.utf8)])
        let first = plain.first ?? ""
        #expect(first.hasPrefix("C/editions/2024-25/chapters/01-introduction.md:10:5: error: raw HTML '<b>'"))
        #expect(marked == plain)
    }
}

/// The hints the Markdown checks give, spelled once for the tests.
enum MarkdownHint {
    static let html = "raw HTML is not published; write it in Markdown instead ('##' for a heading, '-' for a list, [text](https://...) for a link), or remove it"
    static let link = "link only to relative addresses, '#anchors', or https:, http: and mailto: addresses"
}
