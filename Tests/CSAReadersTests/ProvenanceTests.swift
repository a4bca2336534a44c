import CSAModel
import Foundation
import Testing

/// `sources`, `source:` and `illustrative:`; unpublished editions; the accessibility statement; appendices.
@Suite struct ProvenanceTests {
    /// The fixture's site.yml with one source paper listed, so every item must name it or be marked.
    static let siteWithSources = ContentFixture.files["site.yml"]! + """
        sources:
          - id: tcsp-2024-11
            title: Community Safety Agreement Update
            body: tcsp
            date: 2024-11-21

        """

    /// The fixture with sources listed and every item of 2024-25 marked, overriding the given files.
    static func marked(_ overrides: [String: String?] = [:]) throws -> ContentFixture {
        var files: [String: String?] = [
            "site.yml": siteWithSources,
            "editions/2023-24/edition.yml": ContentFixture.files["editions/2023-24/edition.yml"]!
                .replacingOccurrences(of: "  body: tcsp\n", with: "  body: tcsp\n  illustrative: true\n"),
            "editions/2023-24/priorities.yml": ContentFixture.files["editions/2023-24/priorities.yml"]! + "  illustrative: true\n",
            "editions/2024-25/priorities.yml": ContentFixture.files["editions/2024-25/priorities.yml"]!
                .replacingOccurrences(of: "  replaces: [asb]\n", with: "  replaces: [asb]\n  source: tcsp-2024-11\n  illustrative: [lead, themes]\n"),
            "editions/2024-25/themes.yml": ContentFixture.files["editions/2024-25/themes.yml"]! + "  source: [tcsp-2024-11]\n",
            "editions/2024-25/actions.yml": ContentFixture.files["editions/2024-25/actions.yml"]!
                .replacingOccurrences(of: "  status: amber\n", with: "  status: amber\n  source: tcsp-2024-11\n  illustrative: [due, updates]\n"),
            "editions/2024-25/chapters/01-introduction.md": ContentFixture.files["editions/2024-25/chapters/01-introduction.md"]!
                .replacingOccurrences(of: "summary: What the agreement is.\n", with: "summary: What the agreement is.\nsource: tcsp-2024-11\n"),
        ]
        for (path, text) in overrides { files[path] = text }
        return try ContentFixture(replacing: files)
    }

    static func messages(_ overrides: [String: String?]) throws -> [String] {
        let fixture = try marked(overrides)
        defer { fixture.remove() }
        return fixture.messages()
    }

    @Test func sourcesAndExamplesReadIntoTheModel() throws {
        let fixture = try Self.marked()
        defer { fixture.remove() }
        let publication = try #require(fixture.read().publication, "\(fixture.messages())")
        #expect(publication.site.sources == [SourcePaper(id: "tcsp-2024-11", title: "Community Safety Agreement Update", body: "tcsp",
                                                         date: CalendarDate(iso: "2024-11-21")!,
                                                         location: SourceLocation(file: "\(fixture.display)/site.yml", line: 23, column: 5))])
        let edition = try #require(publication.edition("2024-25"))
        #expect(edition.priorities.first?.provenance == Provenance(sources: ["tcsp-2024-11"], illustrative: .fields(["lead", "themes"])))
        #expect(edition.themes.first?.provenance == Provenance(sources: ["tcsp-2024-11"], illustrative: .none))
        let action = try #require(edition.actions.first)
        #expect(action.provenance.isIllustrative("due") && action.provenance.isIllustrative("updates"))
        #expect(!action.provenance.isIllustrative("status") && !action.provenance.isIllustrative("lead"))
        #expect(action.illustrative)
        #expect(edition.measures.first?.provenance.illustrative == .all)
        #expect(edition.chapters.first?.sources == ["tcsp-2024-11"])
        #expect(publication.edition("2023-24")?.approval?.illustrative == true)
        #expect(publication.site.accessibility == AccessibilityStatement(compliance: .partial, problems: ["Search needs JavaScript."],
                                                                         prepared: CalendarDate(iso: "2024-05-01")!, reviewed: CalendarDate(iso: "2024-11-01")!))
    }

    @Test func anItemWithNeitherSourceNorMarkIsAnError() throws {
        let themes = ContentFixture.files["editions/2024-25/themes.yml"]!
        #expect(try Self.messages(["editions/2024-25/themes.yml": themes]) == ["""
            C/editions/2024-25/themes.yml:1:3: error: theme 'prevention' names no source and is not marked illustrative
                hint: add 'source: <paper id>' naming a paper listed under 'sources' in site.yml, or 'illustrative: true' if it is an invented example
            """])
        // Without a 'sources' list in site.yml (a partnership publishing its own agreement), nothing needs one.
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        #expect(fixture.messages() == [])
    }

    @Test func chaptersApprovalsAndBodyRolesNameTheirSources() throws {
        let site = Self.siteWithSources.replacingOccurrences(of: "name: Testshire Police\n", with: "name: Testshire Police\n    role: Polices Testshire.\n")
        let chapter = ContentFixture.files["editions/2024-25/chapters/01-introduction.md"]!
        let edition = ContentFixture.files["editions/2023-24/edition.yml"]!
        let got = try Self.messages(["site.yml": site, "editions/2024-25/chapters/01-introduction.md": chapter, "editions/2023-24/edition.yml": edition])
        #expect(got == [
            """
            C/editions/2023-24/edition.yml:7:3: error: the approval of edition 2023-24 names no source and is not marked illustrative
                hint: add 'source: <paper id>' naming the paper that reports the approval, or 'illustrative: true' if the date is a stand-in
            """,
            """
            C/editions/2024-25/chapters/01-introduction.md:2:1: error: chapter 'introduction' names no source
                hint: add 'source: [<paper id>, ...]' naming the papers in site.yml's 'sources' that its facts come from
            """,
            """
            C/site.yml:20:5: error: body 'police' has a role but names no source
                hint: add 'source: <paper id>' naming the paper its role is taken from, or remove the role
            """,
        ])
    }

    @Test func unknownSourceIDsAndFieldNamesHaveHints() throws {
        let actions = ContentFixture.files["editions/2024-25/actions.yml"]!
            .replacingOccurrences(of: "  status: amber\n", with: "  status: amber\n  source: tcsp-2024-1\n  illustrative: [due, leed, status, due]\n")
        #expect(try Self.messages(["editions/2024-25/actions.yml": actions]) == [
            """
            C/editions/2024-25/actions.yml:8:11: error: action 'nc-01' names source 'tcsp-2024-1', which site.yml does not list under 'sources'
                hint: did you mean 'tcsp-2024-11'?
            """,
            """
            C/editions/2024-25/actions.yml:9:23: error: 'illustrative' in action 'nc-01' names 'leed', which is not a field that can be marked
                hint: did you mean 'lead'?
            """,
            """
            C/editions/2024-25/actions.yml:9:37: error: 'illustrative' in action 'nc-01' names 'due' twice
                hint: list each field once
            """,
        ])
        let themes = ContentFixture.files["editions/2024-25/themes.yml"]! + "  illustrative: yes\n"
        let got = try Self.messages(["editions/2024-25/themes.yml": themes])
        #expect(got == ["""
            C/editions/2024-25/themes.yml:5:17: error: field 'illustrative' in theme 'prevention' must be true, false or a list of field names, but it is 'yes'
                hint: write 'illustrative: true', 'illustrative: false', or a list of the fields that are examples, such as [title, lead, replaces]
            """])
    }

    @Test func everyMeasureSaysWhetherItsFiguresAreExamples() throws {
        let measures = ContentFixture.files["editions/2024-25/measures.yml"]!.replacingOccurrences(of: "  illustrative: true\n", with: "")
        #expect(try Self.messages(["editions/2024-25/measures.yml": measures]) == ["""
            C/editions/2024-25/measures.yml:1:3: error: missing required field 'illustrative' in measure 'asb-incidents'
                hint: add 'illustrative: true' when the figures are examples, or 'illustrative: false' with 'source:' naming the paper that gives them
            """])
        let real = ContentFixture.files["editions/2024-25/measures.yml"]!.replacingOccurrences(of: "  illustrative: true\n", with: "  illustrative: false\n")
        #expect(try Self.messages(["editions/2024-25/measures.yml": real]) == ["""
            C/editions/2024-25/measures.yml:1:3: error: measure 'asb-incidents' names no source and is not marked illustrative
                hint: add 'source: <paper id>' naming a paper listed under 'sources' in site.yml, or 'illustrative: true' if it is an invented example
            """])
    }

    @Test func unpublishedEditionsAreChecked() throws {
        let site = Self.siteWithSources + """
            unpublished_editions:
              - after: "2022-23"
                period:
                  start: 2020-04-01
                  end: 2021-03-31
                note: Editions existed.
                source: tcsp-2024-12

            """
        let got = try Self.messages(["site.yml": site])
        #expect(got == [
            """
            C/site.yml:28:12: error: unpublished editions come after '2022-23', which is not an edition in this content
                hint: did you mean '2023-24'?
            """,
            """
            C/site.yml:33:13: error: unpublished editions name source 'tcsp-2024-12', which site.yml does not list under 'sources'
                hint: did you mean 'tcsp-2024-11'?
            """,
        ])
        let backwards = site.replacingOccurrences(of: "start: 2020-04-01", with: "start: 2021-04-01").replacingOccurrences(of: "end: 2021-03-31", with: "end: 2020-03-31")
        #expect(try Self.messages(["site.yml": backwards]).first == """
            C/site.yml:30:7: error: period ends (2020-03-31) before it starts (2021-04-01)
                hint: swap 'start' and 'end'
            """)
    }

    @Test func accessibilityStatementIsChecked() throws {
        let site = ContentFixture.files["site.yml"]!
            .replacingOccurrences(of: "compliance: partial", with: "compliance: partly")
            .replacingOccurrences(of: "reviewed: 2024-11-01", with: "reviewed: 2024-01-01")
        #expect(try Self.messages(["site.yml": site + "sources: []\n"]) == [
            """
            C/site.yml:12:15: error: field 'compliance' in accessibility_statement must be one of full, partial, none, but it is 'partly'
                hint: write one of these words exactly as shown, in lowercase: full, partial, none
            """,
            """
            C/site.yml:16:13: error: the accessibility statement was reviewed (2024-01-01) before it was prepared (2024-05-01)
                hint: 'reviewed' is the date of the latest review, on or after 'prepared'
            """,
        ])
    }

    @Test func appendicesAreLetteredAndListedAfterChapters() throws {
        let appendix = "---\nid: data\ntitle: Data\norder: 1\nappendix: A\nsummary: s\nsource: tcsp-2024-11\n---\nText.\n"
        let fixture = try Self.marked(["editions/2024-25/chapters/02-data.md": appendix.replacingOccurrences(of: "order: 1", with: "order: 2")])
        defer { fixture.remove() }
        let edition = try #require(fixture.read().publication?.edition("2024-25"), "\(fixture.messages())")
        #expect(edition.chapters.map(\.id) == ["introduction", "data"])
        #expect(edition.chapters.map(\.appendix) == [nil, "A"])
        #expect(try Self.messages(["editions/2024-25/chapters/02-data.md": appendix.replacingOccurrences(of: "order: 1", with: "order: 2")
            .replacingOccurrences(of: "appendix: A", with: "appendix: 1")]) == ["""
            C/editions/2024-25/chapters/02-data.md:5:11: error: field 'appendix' in chapter 'data' must be one capital letter, such as A, but it is '1'
                hint: appendices are lettered A, B, C in the order they appear
            """])
    }
}
