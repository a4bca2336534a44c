import CSAModel
import CSAPapers
import CSAReaders
import Foundation
import Testing

/// The five bundled Kent papers read cleanly, with the header values of the seed papers they are
/// modelled on, and their directives drafted from the editions' data.
@Suite struct KentPapersTests {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Content").path

    static func papers() throws -> [Paper] {
        let reading = ContentReader.read(contentDirectory: content)
        #expect(reading.diagnostics.all.map(\.description) == [])
        return try #require(reading.publication).papers
    }

    static func paper(_ id: String) throws -> Paper {
        try #require(try papers().first { $0.id == id })
    }

    /// The body as plain lines (headings with their `#`s).
    static func lines(_ paper: Paper) -> [String] {
        paper.body.flatMap { block -> [String] in
            if case .block(let b) = block, case .heading(let level, let content) = b.kind {
                return [String(repeating: "#", count: level) + " " + content.plainText]
            }
            return DraftedLines.lines([block])
        }
    }

    @Test func fivePapersWithTheirSeedsHeaders() throws {
        let papers = try Self.papers()
        #expect(papers.map(\.id) == ["council-2012-09", "etcc-2018-03", "kcsp-2012-07", "kcsp-2024-11", "scrutiny-2011-07"])
        #expect(papers.map(\.layout) == ["decision", "council", "partnership", "partnership", "council"])
        #expect(papers.map(\.edition) == [nil, "2018-19", "2011-14", "2024-25", "2011-14"])
        #expect(papers.map(\.header.to) == ["County Council", "Environment and Transport Cabinet Committee", "Kent Community Safety Partnership",
                                            "Kent Community Safety Partnership", "KCC Crime and Disorder Scrutiny Committee"])
        #expect(papers.map(\.header.meetingDate.description) == ["2012-09-13", "2018-03-20", "2012-07-03", "2024-11-21", "2011-07-08"])
        #expect(papers.map(\.header.classification) == ["Unrestricted", "Unrestricted", "For Information", "For Information", "Unrestricted"])
        #expect(papers.map(\.provenance.sources) == [["council-2012-09"], ["etcc-2018-03"], ["kcsp-2012-07"], ["kcsp-2024-11"], ["scrutiny-2011-07"]])
        #expect(papers.map(\.provenance.illustrative) == [.none, .none, .none, .none, .fields(["classification"])])
    }

    @Test func cabinetCommitteePaperHasTheFullHeader() throws {
        let paper = try Self.paper("etcc-2018-03")
        let header = paper.header
        #expect(header.from == [PaperPerson(name: "Mike Hill", role: "Cabinet Member for Community & Regulatory Services"),
                                PaperPerson(name: "Barbara Cooper", role: "Corporate Director of Growth, Environment & Transport")])
        #expect(header.subject == "The Kent Community Safety Agreement and progress in the development of an integrated Kent Community Safety Team")
        #expect([header.pastPathway, header.futurePathway, header.electoralDivision] == ["N/A", "N/A", "Countywide"])
        #expect(header.recommendations?.marker == .lettered)
        #expect(header.recommendations?.leadIn.plainText == "The Cabinet Committee is asked to:")
        #expect(header.recommendations?.items.count == 2)
        #expect(header.appendices.map(\.label) == ["Appendix 1", "Appendix 2"])
        #expect(header.contacts.map { "\($0.heading): \($0.name), \($0.phone ?? "")" } == [
            "Report Authors: Mike Overbeke, 03000 413427", "Report Authors: Shafick Peerbux, 03000 413431",
            "Relevant Director: Katie Stewart, 03000 418827",
        ])
        #expect(paper.footnotes.map(\.label) == ["kcsp"])
        #expect(paper.footnotes.first?.content.plainText == "Its members represent every key organisation and authority, and the Cabinet Member for Community & Regulatory Services chairs it.")
        let lines = Self.lines(paper)
        #expect(lines.filter { $0.hasPrefix("## ") } == [
            "## Background", "## Kent Community Safety Agreement", "## Kent Community Safety Team (KCST) (Phase 1)",
            "## Review and Future Opportunities (Phase Two)", "## Financial Implications", "## Legal Implications", "## Conclusions",
            "## Recommendation(s)", "## Appendix 1: The Kent Community Safety Agreement", "## Appendix 2: KCST – Memorandum of Understanding",
        ])
        // The draft priorities of 2018/19, as the seed lists them, drawn from the edition.
        let priorities = try #require(lines.firstIndex(of: "### Priorities"))
        #expect(Array(lines[(priorities + 1)...(priorities + 6)]) == [
            "- Anti-Social Behaviour", "- Domestic Abuse", "- Substance Misuse", "- Safeguarding Vulnerable People",
            "- Serious and Organised Crime", "- Road Safety",
        ])
        #expect(lines.contains("- Ended: priority \"Acquisitive crime\""))
    }

    @Test func annualReviewDrawsStatusesAndMeasuresFromThe2011Edition() throws {
        let lines = Self.lines(try Self.paper("kcsp-2012-07"))
        #expect(lines.contains("All 16 actions are in progress (amber); none is red."))
        #expect(lines.contains("Compared with the previous period, 3 of the 6 measures were better and 3 were worse. The measures for Domestic abuse, Substance misuse and Acquisitive crime were worse."))
        #expect(lines.filter { $0 == "These figures are examples, not published statistics." }.count == 2)
        let appendix = try #require(lines.firstIndex(of: "## Appendix A: CSA Performance Monitoring"))
        #expect(lines[appendix...].filter { $0.hasPrefix("Table: ") } == [
            "Table: Actions by status, Kent Community Safety Agreement 2011-14",
            "Table: The action plan of the Kent Community Safety Agreement 2011-14",
            "Table: Measures of the Kent Community Safety Agreement 2011-14: the latest period against the previous one",
        ])
        #expect(lines.contains("Domestic abuse incidents involving a repeat victim | 30.9% (2010-11) | 32.4% (2011-12) | +1.5 points | Worse"))
    }

    @Test func updateOf2024DrawsTheActionPlanFromThe2024Edition() throws {
        let paper = try Self.paper("kcsp-2024-11")
        #expect(paper.header.by.map(\.name) == ["Shafick Peerbux", "Shirley Brinson"])
        #expect(paper.header.contacts.map(\.heading) == ["For further information", "For further information"])
        let lines = Self.lines(paper)
        #expect(lines.contains("All 26 actions are in progress (amber); none is red."))
        #expect(lines.contains("The statuses of 11 of these 26 actions are examples, not reported in a published paper."))
        let themes = try #require(lines.firstIndex(of: "### Cross-cutting themes"))
        #expect(lines[(themes + 1)...(themes + 5)].map { $0 } == [
            "- Early intervention, prevention & education", "- Reduce re-offending and support victims",
            "- Improve quality of life and enhance community resilience", "- Support mental health and wellbeing",
            "- Response and Recovery from Significant Community Events",
        ])
        #expect(lines.contains("- 30 January 2025: the KCSP Working Group reviews the first draft of the refreshed agreement;"))
    }

    @Test func scrutinyAndDecisionPapers() throws {
        let scrutiny = Self.lines(try Self.paper("scrutiny-2011-07"))
        #expect(scrutiny.contains("The Kent Community Safety Agreement 2011-14 covers the period from 1 April 2011 to 31 March 2014. The Kent Community Safety Partnership approved it on 20 May 2011."))
        #expect(scrutiny.contains("- Acquisitive crime"))
        let decision = try Self.paper("council-2012-09")
        #expect(decision.header.by.map(\.name) == ["Mike Hill", "Amanda Honey"])
        #expect(decision.header.backgroundDocuments.map(\.plainText) == ["A Framework for Community Safety in Kent 2012-2015"])
        #expect(Self.lines(decision).filter { $0.hasPrefix("## ") } == [
            "## Introduction", "## Financial Implications", "## Bold Steps for Kent and Policy Framework", "## Community Safety Framework",
            "## Conclusions", "## Recommendation",
        ])
    }

    /// The examples docs/PAPERS.md gives are what the directives draft from the bundled content.
    @Test func examplesInTheGuide() throws {
        let reading = ContentReader.read(contentDirectory: Self.content)
        let publication = try #require(reading.publication)
        func drafted(_ line: String) -> [String] { PaperFixture.drafted(line, paperEdition: nil, in: publication) }
        #expect(drafted("edition edition=2011-14") == [
            "The Kent Community Safety Agreement 2011-14 covers the period from 1 April 2011 to 31 March 2014. The Kent Community Safety Partnership approved it on 20 May 2011.",
        ])
        #expect(drafted("action-summary edition=2024-25") == [
            "All 26 actions are in progress (amber); none is red.",
            "The statuses of 11 of these 26 actions are examples, not reported in a published paper.",
        ])
        #expect(drafted("action-summary edition=2024-25 priority=domestic-abuse").first
            == "All 11 actions for Domestic Abuse are in progress (amber); none is red.")
        #expect(drafted("action-summary edition=2018-19").first
            == "Of the 19 actions, 1 is complete, 6 are on track (green), 7 are in progress (amber), 1 is unlikely to be completed (red) and 4 have not started.")
        #expect(drafted("themes edition=2018-19 leads=yes").first == "- Early intervention, prevention & education, led by Kent Community Safety Team (example)")
        #expect(drafted("measures edition=2011-14").prefix(4) == [
            "Table: Measures of the Kent Community Safety Agreement 2011-14: the latest period against the previous one",
            "Measure | Previous | Latest | Change | Better or worse",
            "Anti-social behaviour incidents reported to the police | 72,940 (2010-11) | 66,180 (2011-12) | \u{2212}6,760 (\u{2212}9.3%) | Better",
            "Domestic abuse incidents involving a repeat victim | 30.9% (2010-11) | 32.4% (2011-12) | +1.5 points | Worse",
        ])
        #expect(drafted("changes from=2018-19 to=2024-25").prefix(3) == [
            "Changes from 2018-19 to 2024-25, in summary:",
            "- Priorities: 2 added, 2 renamed, 6 changed",
            "- Themes: 2 added, 3 changed",
        ])
        let items = drafted("changes from=2011-14 to=2018-19 as=items")
        for line in ["- Retitled: priority \"Anti-social behaviour including environmental\" → \"Anti-Social Behaviour\"",
                     "- Renamed: theme \"Reducing re-offending\" → theme \"Reducing re-offending and supporting victims\"",
                     "- Added: priority \"Safeguarding Vulnerable People\"", "- Ended: priority \"Acquisitive crime\""] {
            #expect(items.contains(line))
        }
    }
}
