import CSAModel
import CSAReaders
import Foundation
import Testing

/// A file name or value holding a newline (or any control character) cannot forge a diagnostic line: it is
/// printed escaped, on the one line of its diagnostic.
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

    @Test func newlineInAValueEchoedInAMessage() throws {
        let actions = ContentFixture.files["editions/2024-25/actions.yml"]!
            .replacingOccurrences(of: "status: amber", with: #"status: "amber\nC/site.yml:1:1: error: forged""#)
            .replacingOccurrences(of: "due: 2025-03-31", with: #"due: "2025-03-31\n""#)
        let got = try BadInput.messages(["editions/2024-25/actions.yml": actions])
        #expect(got == ["""
            C/editions/2024-25/actions.yml:6:8: error: field 'due' in action 'nc-01' is not a valid date: '2025-03-31\\n'
                hint: write dates as YYYY-MM-DD, e.g. 2011-05-20, and check the day exists
            """, """
            C/editions/2024-25/actions.yml:7:11: error: field 'status' in action 'nc-01' must be one of not-started, red, amber, green, complete, but it is 'amber\\nC/site.yml:1:1: error: forged'
                hint: write one of these words exactly as shown, in lowercase: not-started, red, amber, green, complete
            """])
        #expect(got.allSatisfy { !$0.contains("\nC/") })
    }
}
