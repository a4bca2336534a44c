import CSAModel
import CSAReaders
import Foundation
import Testing

/// A broken or missing edition.yml does not hide the errors in the same edition's other files, and does
/// not cascade into false reference errors.
@Suite struct BrokenEditionFileTests {
    static let brokenAction = ContentFixture.files["editions/2024-25/actions.yml"]!.replacingOccurrences(of: "status: amber", with: "status: ambr")
    static let actionError = """
        C/editions/2024-25/actions.yml:7:11: error: field 'status' in action 'nc-01' must be one of not-started, red, amber, green, complete, but it is 'ambr'
            hint: did you mean 'amber'?
        """
    static let headingError = """
        C/editions/2024-25/chapters/01-introduction.md:8:1: error: chapter body has a level-1 heading 'Again'
            hint: the chapter's title is the page's level-1 heading; use '##' for the chapter's top-level sections
        """

    @Test func yamlSyntaxErrorInEditionFile() throws {
        let got = try BadInput.messages([
            "editions/2024-25/edition.yml": "title: [Agreement 2024-25\n",
            "editions/2024-25/actions.yml": Self.brokenAction,
            BadInput.chapterPath: BadInput.chapter("\n# Again\n"),
        ])
        #expect(got == ["""
            C/editions/2024-25/actions.yml:7:11: error: field 'status' in action 'nc-01' must be one of not-started, red, amber, green, complete, but it is 'ambr'
                hint: did you mean 'amber'?
            """, Self.headingError, """
            C/editions/2024-25/edition.yml:2:1: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 1)
                hint: check the indentation, and put text that contains ': ' or starts with a special character in quotes
            """])
    }

    @Test func editionFileWithABadFieldStillChecksTheRest() throws {
        let edition = ContentFixture.files["editions/2024-25/edition.yml"]!.replacingOccurrences(of: "start: 2024-04-01", with: "start: 2024-13-01")
        let got = try BadInput.messages(["editions/2024-25/edition.yml": edition, "editions/2024-25/actions.yml": Self.brokenAction])
        #expect(got == [Self.actionError, """
            C/editions/2024-25/edition.yml:3:10: error: field 'start' in period is not a valid date: '2024-13-01'
                hint: write dates as YYYY-MM-DD, e.g. 2011-05-20, and check the day exists
            """])
    }

    @Test func missingEditionFileStillChecksTheRestWithoutFalseReferenceErrors() throws {
        // 2024-25's priority replaces 'asb': with 2024-25's edition.yml gone, which edition it supersedes is
        // unknown, so that is not reported; its action's references to its own priority and theme still resolve.
        let got = try BadInput.messages(["editions/2024-25/edition.yml": nil, "editions/2024-25/actions.yml": Self.brokenAction])
        #expect(got == [Self.actionError, """
            C/editions/2024-25/edition.yml:1:1: error: missing edition.yml for edition 2024-25
                hint: every edition folder needs an edition.yml with title, period and status
            """])
    }

    @Test func referencesInsideAnEditionWithoutItsFileAreStillChecked() throws {
        let actions = ContentFixture.files["editions/2024-25/actions.yml"]!.replacingOccurrences(of: "themes: [prevention]", with: "themes: [prevent]")
        let got = try BadInput.messages(["editions/2024-25/edition.yml": "title: x\n", "editions/2024-25/actions.yml": actions])
        #expect(got == ["""
            C/editions/2024-25/actions.yml:3:12: error: action 'nc-01' refers to theme 'prevent', which edition 2024-25 does not have
                hint: its themes are prevention; name one of them, or add 'prevent' to themes.yml
            """, """
            C/editions/2024-25/edition.yml:1:1: error: missing required field 'period' in edition.yml
                hint: add a line 'period: ...'
            """, """
            C/editions/2024-25/edition.yml:1:1: error: missing required field 'status' in edition.yml
                hint: add a line 'status: ...'
            """])
    }

    @Test func brokenOlderEditionFileStillLetsNewerEditionsReplaceItsItems() throws {
        // 2024-25 replaces 2023-24's 'asb'; 2023-24's edition.yml is broken, but its priorities were read.
        let priorities = ContentFixture.files["editions/2024-25/priorities.yml"]!.replacingOccurrences(of: "replaces: [asb]", with: "replaces: [asbo]")
        let got = try BadInput.messages(["editions/2023-24/edition.yml": "title: x\nstatus: draft\n", "editions/2024-25/priorities.yml": priorities])
        #expect(got == ["""
            C/editions/2023-24/edition.yml:1:1: error: missing required field 'period' in edition.yml
                hint: add a line 'period: ...'
            """, """
            C/editions/2024-25/priorities.yml:5:14: error: priority 'neighbourhood-crime' replaces 'asbo', but the superseded edition 2023-24 has no priority or theme with that id
                hint: did you mean 'asb'?
            """])
    }
}
