import CSAModel
import CSAReaders
import Foundation
import Testing

/// Reading `papers/<id>.md`: the exact values of a fixture paper, drafted from the fixture's data, and a
/// paper redrawn when that data changes.
@Suite struct PaperReaderTests {
    func read(_ files: [String: String?]) throws -> (publication: Publication?, messages: [String]) {
        let fixture = try ContentFixture(replacing: files)
        defer { fixture.remove() }
        return (fixture.read().publication, fixture.messages())
    }

    func text(_ content: String, line: Int) -> Inline { Inline(.text(content), line: line) }

    @Test func readsEveryHeaderFieldBodyAndFootnote() throws {
        let (publication, messages) = try read([PaperFixtureText.path: PaperFixtureText.text])
        #expect(messages == [])
        let paper = try #require(publication?.papers.first)
        #expect(publication?.papers.count == 1)
        let header = PaperHeader(
            from: [PaperPerson(name: "Pat Smith", role: "Cabinet Member for Community Safety"), PaperPerson(name: "Jo Bloggs")],
            to: "Community Safety Cabinet Committee", meetingDate: try #require(CalendarDate(iso: "2024-11-21")),
            subject: "The agreement and its action plan", classification: "Unrestricted", pastPathway: "N/A",
            futurePathway: "County Council", electoralDivision: "All", decisionNumber: "24/00001",
            summary: [Block(.paragraph([text("This report describes the ", line: 17), Inline(.emphasis([text("agreement", line: 17)]), line: 17),
                                        text(".", line: 17)]), line: 17)],
            recommendations: PaperRecommendations(
                leadIn: [text("The Committee is asked to:", line: 19)], marker: .numbered,
                items: [[text("Note the priorities; and", line: 22)],
                        [text("Endorse the ", line: 23),
                         Inline(.link(destination: "https://example.org/plan", title: "", [text("action plan", line: 23)]), line: 23),
                         text(".", line: 23)]]),
            backgroundDocuments: [[text("The agreement 2024-25", line: 25)]],
            appendices: [PaperAppendix(label: "Appendix A", title: [text("Action plan progress", line: 28)])],
            attachments: [[text("Appendix A", line: 30)]],
            contacts: [PaperContact(heading: "Report Author", name: "Sam Jones", role: "Head of Community Safety", phone: "03000 123456",
                                    email: "sam.jones@example.org")])
        let expected = Paper(
            id: "update", layout: "council", header: header,
            body: [
                .block(Block(.heading(level: 2, [text("Background", line: 40)]), line: 40)),
                .block(Block(.paragraph([text("The partnership", line: 42), Inline(.footnoteReference("tcsp"), line: 42),
                                         text(" owns the agreement.", line: 42)]), line: 42)),
                .block(Block(.paragraph([text("The one action in the plan is in progress (amber).", line: 46)]), line: 46)),
            ],
            footnotes: [PaperFootnote(label: "tcsp", content: [text("The county's ", line: 44), Inline(.emphasis([text("community safety", line: 44)]), line: 44),
                                                               text(" partnership.", line: 44)])],
            edition: "2024-25", provenance: Provenance(illustrative: .fields(["contacts"])))
        #expect(paper == expected)
    }

    @Test func optionalFieldsMayBeLeftOut() throws {
        let minimal = """
            ---
            layout: partnership
            by: [Sam Jones]
            to: Testshire Community Safety Partnership
            meeting_date: 2024-07-03
            subject: Update
            classification: For Information
            ---
            ## Background

            Text.
            """
        let (publication, messages) = try read(["papers/minimal.md": minimal])
        #expect(messages == [])
        let paper = try #require(publication?.papers.first)
        #expect(paper.header == PaperHeader(by: [PaperPerson(name: "Sam Jones")], to: "Testshire Community Safety Partnership",
                                            meetingDate: try #require(CalendarDate(iso: "2024-07-03")), subject: "Update",
                                            classification: "For Information"))
        #expect(paper.edition == nil)
        #expect(paper.footnotes == [])
        #expect(paper.provenance == Provenance())
        #expect(paper.body.count == 2)
    }

    /// The paper is drafted from the data: change the action's status and its summary sentence changes.
    @Test func summaryFollowsTheActionPlan() throws {
        func summary(_ actions: String?) throws -> PaperBlock? {
            let (publication, messages) = try read([PaperFixtureText.path: PaperFixtureText.text, "editions/2024-25/actions.yml": actions])
            #expect(messages == [])
            return publication?.papers.first?.body.last
        }
        let actions = try #require(ContentFixture.files["editions/2024-25/actions.yml"])
        #expect(try summary(actions) == .block(Block(.paragraph([text("The one action in the plan is in progress (amber).", line: 46)]), line: 46)))
        let red = actions.replacingOccurrences(of: "status: amber", with: "status: red")
        #expect(try summary(red) == .block(Block(.paragraph([text("The one action in the plan is unlikely to be completed (red).", line: 46)]), line: 46)))
    }

    @Test func papersAreInIDOrder() throws {
        let (publication, messages) = try read([PaperFixtureText.path: PaperFixtureText.text, "papers/annual-review.md": PaperFixtureText.text])
        #expect(messages == [])
        #expect(publication?.papers.map(\.id) == ["annual-review", "update"])
    }

    @Test func footnotesInTheOrderFirstReferredTo() throws {
        let body = """
            ## Background

            First[^b], then[^a], and again[^b].

            [^a]: Note A.

            [^b]: Note B,
            on two lines.
            """
        let paper = PaperFixtureText.replacing("## Background\n\nThe partnership[^tcsp] owns the agreement.\n\n[^tcsp]: The county's *community safety* partnership.\n", with: body)
        let (publication, messages) = try read([PaperFixtureText.path: paper])
        #expect(messages == [])
        let read = try #require(publication?.papers.first)
        #expect(read.footnotes.map(\.label) == ["b", "a"])
        #expect(read.footnotes[0].content.map(\.kind) == [.text("Note B,"), .softBreak, .text("on two lines.")])
        #expect(read.body[1] == .block(Block(.paragraph([
            text("First", line: 42), Inline(.footnoteReference("b"), line: 42), text(", then", line: 42), Inline(.footnoteReference("a"), line: 42),
            text(", and again", line: 42), Inline(.footnoteReference("b"), line: 42), text(".", line: 42),
        ]), line: 42)))
    }

    /// A definition whose text could be read as a link definition (`[^1]: Word`) is still a footnote.
    @Test func oneWordFootnoteIsNotALinkDefinition() throws {
        let paper = PaperFixtureText.replacing("[^tcsp]: The county's *community safety* partnership.", with: "[^tcsp]: Partnership")
        let (publication, messages) = try read([PaperFixtureText.path: paper])
        #expect(messages == [])
        #expect(publication?.papers.first?.footnotes == [PaperFootnote(label: "tcsp", content: [text("Partnership", line: 44)])])
    }

    @Test func footnoteSyntaxInCodeIsLeftAlone() throws {
        let paper = PaperFixtureText.replacing("owns the agreement.", with: "owns the agreement; write `[^x]` for a footnote.\n\n```\n[^y]: not a definition\n```")
        let (publication, messages) = try read([PaperFixtureText.path: paper])
        #expect(messages == [])
        let body = try #require(publication?.papers.first?.body)
        #expect(body[2] == .block(Block(.codeBlock(info: "", literal: "[^y]: not a definition\n"), line: 44)))
    }
}
