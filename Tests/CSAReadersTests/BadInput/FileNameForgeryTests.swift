import CSAModel
import CSAReaders
import Foundation
import Testing

/// A file name holding a newline (or any control character) cannot forge a diagnostic line: it is printed
/// escaped, on the one line of its diagnostic.
@Suite struct FileNameForgeryTests {
    @Test func newlineInAChapterFileName() throws {
        let name = "01-introduction\nsite.yml:1:1: error: forged.md"
        let got = try BadInput.messages([BadInput.chapterPath: nil, "editions/2024-25/chapters/\(name)": ContentFixture.files[BadInput.chapterPath]])
        #expect(got == ["""
            C/editions/2024-25/chapters/01-introduction\\nsite.yml:1:1: error: forged.md:1:1: error: chapter file name '01-introduction\\nsite.yml:1:1: error: forged.md' does not match the chapter's order 1 and id 'introduction'
                hint: rename the file '01-introduction.md': the order in two digits, a hyphen, the id and '.md'
            """])
        // Each diagnostic is exactly two lines: its location and message, and its hint.
        #expect(got.allSatisfy { $0.split(separator: "\n").count == 2 })
    }

    @Test func escapeSequenceInAnUnexpectedFileName() throws {
        let got = try BadInput.messages(prepare: { fixture in
            try fixture.write(Data("x".utf8), to: "editions/2024-25/notes\u{1B}[31m\r.txt")
        })
        #expect(got == ["""
            C/editions/2024-25/notes\\u{1B}[31m\\r.txt:1:1: error: unexpected file 'notes\\u{1B}[31m\\r.txt' in edition 2024-25
                hint: an edition folder holds only edition.yml, priorities.yml, themes.yml, actions.yml, measures.yml and a chapters folder
            """])
    }
}
