import CSAModel
import CSAReaders
import Foundation
import Testing

/// One mistake gives one error, never a cascade: an item whose id is fine but some other field is not still
/// counts as there for references; a misspelt field, file or folder is not reported missing as well; a value
/// of the wrong kind is not reported again by the checks that read it; and no hint suggests the very id
/// referred to, or a name that is not a valid id.
@Suite struct OneMistakeOneErrorTests {
    static let sources = """
        sources:
          - id: tcsp-2024-11
            title: Update to the partnership
            body: tcsp
            date: 2024-11-21

        """

    /// site.yml listing a source that the 2024-25 priority and the approval of 2023-24 name.
    static func withSources(_ source: String = sources) -> [String: String?] {
        [
            "site.yml": ContentFixture.files["site.yml"]! + source,
            "editions/2024-25/priorities.yml": ContentFixture.files["editions/2024-25/priorities.yml"]!
                .replacingOccurrences(of: "replaces: [asb]", with: "replaces: [asb]\n  source: tcsp-2024-11\n  illustrative: [lead]"),
        ]
    }

    /// The errors of reading the fixture with `files` replaced, but for "names no source": once site.yml lists
    /// sources, every fixture item would need one, which is not what these tests are about.
    func errors(_ files: [String: String?]) throws -> [String] {
        try BadInput.messages(files).filter { $0.contains(": error: ") && !$0.contains("names no source") }
    }

    @Test func sourceWithABadDateIsStillASource() throws {
        var files = Self.withSources(Self.sources.replacingOccurrences(of: "date: 2024-11-21", with: "date: 2023-02-29"))
        files["site.yml"] = files["site.yml"]!! + "  - id: tcsp-2012\n    title: Old\n    body: tcsp\n    date: 2012-01-01\n"
        #expect(try errors(files) == ["""
            C/site.yml:26:11: error: field 'date' in source 'tcsp-2024-11' is not a valid date: '2023-02-29'
                hint: write dates as YYYY-MM-DD, e.g. 2011-05-20, and check the day exists
            """])
    }

    @Test func sourceWithoutAValidIdLeavesSourcesUnchecked() throws {
        let files = Self.withSources(Self.sources.replacingOccurrences(of: "id: tcsp-2024-11", with: "id: TCSP 2024"))
        #expect(try errors(files).count == 1)
    }

    /// A "did you mean" may name a source that is there but has a mistake of its own: it exists.
    @Test func nearMissOfABrokenSourceSuggestsIt() throws {
        var files = Self.withSources(Self.sources.replacingOccurrences(of: "    title: Update to the partnership\n", with: ""))
        files["editions/2024-25/priorities.yml"] = files["editions/2024-25/priorities.yml"]!!.replacingOccurrences(of: "source: tcsp-2024-11", with: "source: tcsp-2024-1")
        #expect(try errors(files) == ["""
            C/editions/2024-25/priorities.yml:6:11: error: priority 'neighbourhood-crime' names source 'tcsp-2024-1', which site.yml does not list under 'sources'
                hint: did you mean 'tcsp-2024-11'?
            """, """
            C/site.yml:23:5: error: missing required field 'title' in source 'tcsp-2024-11'
                hint: add a line 'title: ...'
            """])
    }

    @Test func bodyWithoutANameIsStillABody() throws {
        let site = ContentFixture.files["site.yml"]!.replacingOccurrences(of: "    name: Testshire Police\n", with: "") + Self.sources
            .replacingOccurrences(of: "body: tcsp", with: "body: police")
        #expect(try errors(["site.yml": site]) == ["""
            C/site.yml:20:5: error: missing required field 'name' in body 'police'
                hint: add a line 'name: ...'
            """])
    }

    @Test func misspeltRequiredFieldIsOneError() throws {
        let actions = ContentFixture.files["editions/2024-25/actions.yml"]!.replacingOccurrences(of: "  lead: tcsp", with: "  leads: tcsp")
        #expect(try errors(["editions/2024-25/actions.yml": actions]) == ["""
            C/editions/2024-25/actions.yml:5:3: error: unknown field 'leads' in action 'nc-01'
                hint: did you mean 'lead'?
            """])
        let site = ContentFixture.files["site.yml"]!.replacingOccurrences(of: "language: en-GB", with: "languag: en-GB")
        #expect(try errors(["site.yml": site]) == ["""
            C/site.yml:4:1: error: unknown field 'languag' in site.yml
                hint: did you mean 'language'?
            """])
    }

    @Test func misspeltSourceOrIllustrativeIsOneError() throws {
        var files = Self.withSources()
        files["editions/2024-25/priorities.yml"] = files["editions/2024-25/priorities.yml"]!!.replacingOccurrences(of: "  source: tcsp", with: "  sorce: tcsp")
        // Not "names no source" as well: it does, misspelt.
        #expect(try BadInput.messages(files).filter { $0.hasPrefix("C/editions/2024-25/priorities.yml") } == ["""
            C/editions/2024-25/priorities.yml:6:3: error: unknown field 'sorce' in priority 'neighbourhood-crime'
                hint: did you mean 'source'?
            """])
        let measures = ContentFixture.files["editions/2024-25/measures.yml"]!.replacingOccurrences(of: "illustrative: true", with: "ilustrative: true")
        #expect(try errors(["editions/2024-25/measures.yml": measures]).map { $0.components(separatedBy: ": error: ")[1] } == ["""
            unknown field 'ilustrative' in measure 'asb-incidents'
                hint: did you mean 'illustrative'?
            """])
    }

    /// A field name that is not plain text may be any field: none is reported missing as well.
    @Test func fieldNameThatIsNotTextIsOneError() throws {
        let themes = ContentFixture.files["editions/2024-25/themes.yml"]!.replacingOccurrences(of: "  lead: tcsp", with: "  ? [lead]\n  : tcsp")
        #expect(try errors(["editions/2024-25/themes.yml": themes]).count == 1)
    }

    @Test func listThatIsTextIsOneError() throws {
        let actions = ContentFixture.files["editions/2024-25/actions.yml"]!
            .replacingOccurrences(of: "priorities: [neighbourhood-crime]", with: "priorities: neighbourhood-crime")
        #expect(try errors(["editions/2024-25/actions.yml": actions]) == ["""
            C/editions/2024-25/actions.yml:2:15: error: field 'priorities' in action 'nc-01' must be a list, but it is 'neighbourhood-crime'
                hint: write one '- item' per line under 'priorities:', or [a, b] on one line
            """])
        // An empty list is the mistake itself, at the list.
        #expect(try errors(["editions/2024-25/actions.yml": actions.replacingOccurrences(of: "priorities: neighbourhood-crime", with: "priorities: []")]) == ["""
            C/editions/2024-25/actions.yml:2:15: error: action 'nc-01' serves no priority
                hint: list at least one priority id under 'priorities'
            """])
    }

    @Test func supersedesThatIsAListDoesNotQuestionReplaces() throws {
        let edition = ContentFixture.files["editions/2024-25/edition.yml"]!.replacingOccurrences(of: "supersedes: 2023-24", with: "supersedes: [2023-24]")
        #expect(try errors(["editions/2024-25/edition.yml": edition]).count == 1)
    }

    /// What `illustrative:` marks is unknown while it names a field that is not there: "names no source and
    /// is not marked illustrative" does not follow from the same mistake.
    @Test func illustrativeNamingAnUnknownFieldIsOneError() throws {
        var files = Self.withSources()
        files["editions/2024-25/priorities.yml"] = files["editions/2024-25/priorities.yml"]!!
            .replacingOccurrences(of: "  source: tcsp-2024-11\n  illustrative: [lead]", with: "  illustrative: [leed]")
        #expect(try BadInput.messages(files).filter { $0.hasPrefix("C/editions/2024-25/priorities.yml") } == ["""
            C/editions/2024-25/priorities.yml:6:18: error: 'illustrative' in priority 'neighbourhood-crime' names 'leed', which is not a field that can be marked
                hint: did you mean 'lead'?
            """])
    }

    @Test func misspeltFileOrFolderIsNotAlsoMissing() throws {
        let themes = ContentFixture.files["editions/2024-25/themes.yml"]
        #expect(try errors(["editions/2024-25/themes.yml": nil, "editions/2024-25/theme.yml": themes]) == ["""
            C/editions/2024-25/theme.yml:1:1: error: unexpected file 'theme.yml' in edition 2024-25
                hint: did you mean 'themes.yml'? an edition folder holds only edition.yml, priorities.yml, themes.yml, actions.yml, measures.yml and a chapters folder
            """])
        let chapters = try BadInput.messages(prepare: { fixture in
            try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("editions/2023-24/chapters"))
            try fixture.write(Data("x".utf8), to: "editions/2023-24/chapters")
        })
        #expect(chapters == ["""
            C/editions/2023-24/chapters:1:1: error: unexpected file 'chapters' in edition 2023-24
                hint: 'chapters' must be a folder of Markdown chapter files: rename the file, and make a folder 'chapters'
            """])
    }

    /// An edition folder whose name is not an id is reported once: references to editions are not all
    /// reported again, and no hint suggests the invalid name.
    @Test func editionFolderWithAnInvalidNameIsOneError() throws {
        let got = try BadInput.messages(prepare: { fixture in
            try FileManager.default.moveItem(at: fixture.root.appendingPathComponent("editions/2023-24"),
                                             to: fixture.root.appendingPathComponent("editions/2023 24"))
            try fixture.write(Data(PaperFixtureText.replacing("edition: 2024-25", with: "edition: 2023-24").utf8), to: PaperFixtureText.path)
        })
        #expect(got == ["""
            C/editions/2023 24:1:1: error: edition folder name: id '2023 24' may contain only lowercase letters, digits and hyphens, and must not start with a hyphen
                hint: name edition folders like '2024-25'
            """])
    }

    /// With no edition folders, that is the one error: no paper or `unpublished_editions` is reported as naming
    /// an edition that is not there, and no hint ends in an empty list.
    @Test func noEditionsIsOneError() throws {
        let got = try BadInput.messages([PaperFixtureText.path: PaperFixtureText.text], prepare: { fixture in
            try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("editions"))
            try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("editions"), withIntermediateDirectories: true)
        })
        #expect(got == ["""
            C/editions:1:1: error: no editions found
                hint: add a folder editions/<id>/ with an edition.yml; see docs/CONTENT.md
            """])
    }
}
