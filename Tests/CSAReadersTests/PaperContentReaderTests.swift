import CSAModel
import CSAReaders
import Foundation
import Testing

/// Reading one paper as `csa paper` does: site.yml, the paper and the editions its directives draw on,
/// and nothing else; the paper drafted exactly as a whole reading drafts it, and every mistake in what
/// it reads reported (the equivalence for each kind of mistake is in `PaperDiagnosticsTests`).
@Suite struct PaperContentReaderTests {
    /// A paper with `directives` (each a ```csa block) and the fixture's header, which names edition 2024-25.
    static func paper(_ directives: [String]) -> String {
        let blocks = directives.map { "```csa\n\($0)\n```\n" }.joined(separator: "\n")
        return PaperFixtureText.replacing("```csa\naction-summary\n```\n", with: blocks)
    }

    /// The paper read alone and within the whole content folder, each as drafted.
    func both(_ files: [String: String?]) throws -> (alone: PaperReading, whole: ContentReading) {
        let fixture = try ContentFixture(replacing: files)
        defer { fixture.remove() }
        return (fixture.readPaper(), fixture.read())
    }

    @Test func readsOnlyTheEditionsTheDirectivesName() throws {
        let (alone, whole) = try both([PaperFixtureText.path: PaperFixtureText.text])
        #expect(alone.diagnostics.all.isEmpty)
        #expect(alone.publication?.editions.map(\.id) == ["2024-25"])
        #expect(alone.publication?.papers == whole.publication?.papers)
        #expect(alone.publication?.papers.map(\.id) == ["update"])
        #expect(alone.publication?.site == whole.publication?.site)
    }

    /// A broken edition the paper does not draw on, and another paper that is broken, stop `csa check`
    /// but not this paper, which is drafted as it would be without them.
    @Test func mistakesElsewhereDoNotStopThePaper() throws {
        let clean = try both([PaperFixtureText.path: PaperFixtureText.text]).whole
        let (alone, whole) = try both([PaperFixtureText.path: PaperFixtureText.text,
                                       "editions/2023-24/actions.yml": "- id: [\n",
                                       "papers/other.md": "No front matter.\n"])
        #expect(whole.publication == nil)
        #expect(whole.diagnostics.errorCount == 2)
        #expect(alone.diagnostics.all.isEmpty)
        #expect(alone.publication?.papers == clean.publication?.papers)
    }

    /// A paper without directives reads no edition at all.
    @Test func aPaperWithoutDirectivesReadsNoEdition() throws {
        let (alone, _) = try both([PaperFixtureText.path: Self.paper([]),
                                   "editions/2023-24/actions.yml": "- id: [\n", "editions/2024-25/actions.yml": "- id: [\n"])
        #expect(alone.diagnostics.all.isEmpty)
        #expect(alone.publication?.editions == [])
        #expect(alone.publication?.papers.first?.body.count == 2)
    }

    /// A mistake in an edition the paper draws on stops it, at its place, with the paper's own mistakes.
    @Test func mistakesInWhatItReadsAreReportedTogether() throws {
        let fixture = try ContentFixture(replacing: [PaperFixtureText.path: PaperFixtureText.replacing("meeting_date: 2024-11-21", with: "meeting_date: 2024-11-31"),
                                                     "editions/2024-25/actions.yml": "- id: [\n"])
        defer { fixture.remove() }
        #expect(fixture.readPaper().publication == nil)
        #expect(fixture.paperMessages() == [
            """
            C/editions/2024-25/actions.yml:2:1: error: YAML syntax error: did not find expected node content (while parsing a flow node at line 2)
                hint: check the indentation, and put text that contains ': ' or starts with a special character in quotes
            """,
            """
            C/papers/update.md:9:15: error: field 'meeting_date' in paper 'update' is not a valid date: '2024-11-31'
                hint: write dates as YYYY-MM-DD, e.g. 2011-05-20, and check the day exists
            """,
        ])
    }

    /// `changes` with no `from=` compares with the edition `to=` supersedes, which is then read too (with
    /// its chapters); the comparison is the one a whole reading drafts.
    @Test func changesReadsTheEditionItComparesWith() throws {
        let text = Self.paper(["changes", "changes from=2023-24 to=2024-25 as=table"])
        let (alone, whole) = try both([PaperFixtureText.path: text])
        #expect(alone.diagnostics.all.isEmpty)
        #expect(alone.publication?.editions.map(\.id) == ["2023-24", "2024-25"])
        #expect(alone.publication?.papers == whole.publication?.papers)
        #expect(alone.publication?.papers.first?.body.count == whole.publication?.papers.first?.body.count)

        let fixture = try ContentFixture(replacing: [PaperFixtureText.path: Self.paper(["changes"]), "editions/2023-24/themes.yml": "{}\n"])
        defer { fixture.remove() }
        #expect(fixture.paperMessages() == fixture.messages())
        #expect(fixture.paperMessages().count == 1)
    }

    /// An edition a directive names that is not there: the hint offers the edition folders, as a whole reading's does.
    @Test func unknownEditionOffersTheFolders() throws {
        let fixture = try ContentFixture(replacing: [PaperFixtureText.path: Self.paper(["priorities edition=2023-42", "themes edition=1999"])])
        defer { fixture.remove() }
        #expect(fixture.paperMessages() == fixture.messages())
        #expect(fixture.paperMessages() == [
            """
            C/papers/update.md:47:20: error: directive 'priorities' names edition '2023-42', which the content does not have
                hint: did you mean '2023-24'?
            """,
            """
            C/papers/update.md:51:16: error: directive 'themes' names edition '1999', which the content does not have
                hint: the editions are 2023-24, 2024-25
            """,
        ])
    }

    @Test func aMissingPaperIsReported() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        #expect(fixture.readPaper("minutes").publication == nil)
        #expect(fixture.paperMessages("minutes") == ["""
            C/papers/minutes.md:1:1: error: there is no paper 'minutes'
                hint: write it as papers/minutes.md in the content folder; see docs/PAPERS.md
            """])
    }
}
