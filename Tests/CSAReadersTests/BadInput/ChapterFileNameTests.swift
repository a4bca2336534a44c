import CSAModel
import CSAReaders
import Foundation
import Testing

/// A chapter's file name is its order in two digits, a hyphen, its id and `.md`; a file named otherwise is
/// an error at the file, with the name it should have.
@Suite struct ChapterFileNameTests {
    static func named(_ name: String) throws -> [String] {
        try BadInput.messages([BadInput.chapterPath: nil, "editions/2024-25/chapters/\(name)": ContentFixture.files[BadInput.chapterPath]])
    }

    @Test func idThatDoesNotMatch() throws {
        #expect(try Self.named("01-intro.md") == ["""
            C/editions/2024-25/chapters/01-intro.md:1:1: error: chapter file name '01-intro.md' does not match the chapter's order 1 and id 'introduction'
                hint: rename the file '01-introduction.md': the order in two digits, a hyphen, the id and '.md'; or, if the file name is right, change 'id' to 'intro'
            """])
    }

    @Test func orderThatDoesNotMatch() throws {
        #expect(try Self.named("02-introduction.md") == ["""
            C/editions/2024-25/chapters/02-introduction.md:1:1: error: chapter file name '02-introduction.md' does not match the chapter's order 1 and id 'introduction'
                hint: rename the file '01-introduction.md': the order in two digits, a hyphen, the id and '.md'; or, if the file name is right, change 'order' to 2
            """])
    }

    @Test func orderWithoutItsLeadingZero() throws {
        #expect(try Self.named("1-introduction.md") == ["""
            C/editions/2024-25/chapters/1-introduction.md:1:1: error: chapter file name '1-introduction.md' does not match the chapter's order 1 and id 'introduction'
                hint: rename the file '01-introduction.md': the order in two digits, a hyphen, the id and '.md'
            """])
    }

    /// A chapter copied to a new file without changing its front matter is one mistake: the name that does not
    /// match, not its id and order reported again as duplicates of the chapter it was copied from.
    @Test func copiedChapterIsOneError() throws {
        #expect(try BadInput.messages(["editions/2024-25/chapters/02-landscape.md": ContentFixture.files[BadInput.chapterPath]]) == ["""
            C/editions/2024-25/chapters/02-landscape.md:1:1: error: chapter file name '02-landscape.md' does not match the chapter's order 1 and id 'introduction'
                hint: rename the file '01-introduction.md': the order in two digits, a hyphen, the id and '.md'; or, if the file name is right, change 'order' to 2 and 'id' to 'landscape'
            """])
    }

    @Test func ordersFromTenUseTheirDigits() throws {
        let text = ContentFixture.files[BadInput.chapterPath]!.replacingOccurrences(of: "order: 1", with: "order: 12")
        #expect(try BadInput.messages([BadInput.chapterPath: nil, "editions/2024-25/chapters/12-introduction.md": text]) == [])
    }
}
