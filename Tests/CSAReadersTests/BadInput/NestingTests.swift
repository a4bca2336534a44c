import CSAModel
import CSAReaders
import Testing
import TestSupport

/// Markdown nested past the limit, in a chapter or in a description, is a located error from the readers.
@Suite struct ReaderNestingTests {
    /// The introduction's front matter (six lines), then a heading: what follows starts on line 10.
    static let chapterStart = TestshireContent.introductionFrontMatter + "\n## Purpose\n\n"

    func messages(_ path: String, _ text: String) throws -> (messages: [String], publication: Publication?) {
        let fixture = try ContentFixture(replacing: [path: text])
        defer { fixture.remove() }
        return (fixture.messages(), fixture.read().publication)
    }

    @Test func deepQuotesInAChapter() throws {
        let got = try messages("editions/2024-25/chapters/01-introduction.md",
                               ReaderNestingTests.chapterStart + String(repeating: ">", count: 40000) + " deep\n")
        #expect(got.messages == [
            "C/editions/2024-25/chapters/01-introduction.md:10:101: error: chapter nests block quotes and lists 40000 levels deep; at most 100 levels are allowed\n"
                + "    hint: a line starting with many '>' or list markers nests that many levels; flatten the quotes and lists",
        ])
        #expect(got.publication == nil)
    }

    @Test func deepListsInAChapter() throws {
        let got = try messages("editions/2024-25/chapters/01-introduction.md",
                               ReaderNestingTests.chapterStart + "> " + String(repeating: "- ", count: 20000) + "x\n")
        #expect(got.messages == [
            "C/editions/2024-25/chapters/01-introduction.md:10:201: error: chapter nests block quotes and lists 20001 levels deep; at most 100 levels are allowed\n"
                + "    hint: a line starting with many '>' or list markers nests that many levels; flatten the quotes and lists",
        ])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        // 'é' is two bytes in the file but one column.
        let got = try messages("editions/2024-25/chapters/01-introduction.md",
                               ReaderNestingTests.chapterStart + "é " + String(repeating: "_a ", count: 150) + "b" + String(repeating: " c_", count: 150) + "\n")
        #expect(got.messages == [
            "C/editions/2024-25/chapters/01-introduction.md:10:303: error: chapter nests emphasis, links and images 150 levels deep; at most 100 levels are allowed\n"
                + "    hint: each '*', '_' or '[' pair nests a level; remove the extra emphasis or brackets",
        ])
    }

    @Test func deepEmphasisInAChapter() throws {
        let n = 20000
        let got = try messages("editions/2024-25/chapters/01-introduction.md",
                               ReaderNestingTests.chapterStart + String(repeating: "*a ", count: n) + "b" + String(repeating: " c*", count: n) + "\n")
        #expect(got.messages == [
            "C/editions/2024-25/chapters/01-introduction.md:10:301: error: chapter nests emphasis, links and images 20000 levels deep; at most 100 levels are allowed\n"
                + "    hint: each '*', '_' or '[' pair nests a level; remove the extra emphasis or brackets",
        ])
    }

    @Test func deepNestingInALiteralDescription() throws {
        let priorities = """
            - id: neighbourhood-crime
              title: Neighbourhood crime and ASB
              lead: police
              themes: [prevention]
              replaces: [asb]
              description: |
                Burglary, theft and nuisance.

                \(String(repeating: "> ", count: 30000))deep

            """
        let got = try messages("editions/2024-25/priorities.yml", priorities)
        #expect(got.messages == [
            "C/editions/2024-25/priorities.yml:9:1: error: field 'description' in priority 'neighbourhood-crime' nests block quotes and lists 30000 levels deep; at most 100 levels are allowed\n"
                + "    hint: a line starting with many '>' or list markers nests that many levels; flatten the quotes and lists",
        ])
    }

    @Test func deepNestingInAQuotedThemeDescription() throws {
        let themes = """
            - id: prevention
              title: Early intervention and prevention
              lead: tcsp
              description: "\(String(repeating: "![", count: 200))x\(String(repeating: "](u)", count: 200))"

            """
        let got = try messages("editions/2024-25/themes.yml", themes)
        #expect(got.messages == [
            "C/editions/2024-25/themes.yml:4:16: error: field 'description' in theme 'prevention' nests emphasis, links and images 200 levels deep; at most 100 levels are allowed\n"
                + "    hint: each '*', '_' or '[' pair nests a level; remove the extra emphasis or brackets",
        ])
    }
}
