import CSAModel
import CSAPapers
import Testing

/// What each directive drafts from the fixture publication, exactly: the blocks shown as plain lines
/// (`DraftedLines`), including the notes that say which facts are examples.
@Suite struct DraftTests {
    func drafted(_ line: String, paperEdition: String? = "2024-25") -> [String] { PaperFixture.drafted(line, paperEdition: paperEdition) }

    @Test func editionFacts() {
        #expect(drafted("edition") == [
            "The Testshire Community Safety Agreement 2024-25 covers the period from 1 April 2024 to 31 March 2025. The Testshire Community Safety Partnership approved it on 21 March 2024 (an example date, not given in a published paper).",
        ])
        #expect(drafted("edition edition=2023-24") == [
            "The Testshire Community Safety Agreement 2023-24 covers the period from 1 April 2023 to 31 March 2024. The Testshire Community Safety Partnership approved it on 20 March 2023.",
        ])
        #expect(drafted("edition as=table edition=2023-24") == [
            "Table: The Testshire Community Safety Agreement 2023-24",
            "Detail | Edition 2023-24",
            "Title | Testshire Community Safety Agreement 2023-24",
            "Period | 1 April 2023 to 31 March 2024",
            "Status | Approved",
            "Approved | by the Testshire Community Safety Partnership on 20 March 2023",
        ])
    }

    @Test func draftEditionSaysItIsNotApproved() {
        var publication = PaperFixture.publication
        publication.editions[1].status = .draft
        publication.editions[1].approval = nil
        #expect(PaperFixture.drafted("edition", in: publication) == [
            "The Testshire Community Safety Agreement 2024-25 covers the period from 1 April 2024 to 31 March 2025. It is a draft and has not been approved.",
        ])
    }

    @Test func prioritiesAsListAndTable() {
        #expect(drafted("priorities") == ["- Neighbourhood crime and ASB", "- Road safety"])
        #expect(drafted("priorities leads=yes") == [
            "- Neighbourhood crime and ASB, led by Testshire Police (example)",
            "- Road safety, led by Testshire Community Safety Partnership",
            "Entries marked (example) are examples, not facts reported in a published paper.",
        ])
        #expect(drafted("priorities as=table") == [
            "Table: Priorities of the Testshire Community Safety Agreement 2024-25",
            "Priority | Lead",
            "Neighbourhood crime and ASB | Testshire Police (example)",
            "Road safety | Testshire Community Safety Partnership",
            "Entries marked (example) are examples, not facts reported in a published paper.",
        ])
        #expect(drafted("priorities as=table leads=no") == [
            "Table: Priorities of the Testshire Community Safety Agreement 2024-25",
            "Priority",
            "Neighbourhood crime and ASB",
            "Road safety",
        ])
    }

    @Test func themes() {
        #expect(drafted("themes as=table") == [
            "Table: Cross-cutting themes of the Testshire Community Safety Agreement 2024-25",
            "Theme | Lead",
            "Early intervention and prevention | Testshire Community Safety Partnership",
        ])
        #expect(drafted("themes edition=2023-24") == ["The Testshire Community Safety Agreement 2023-24 has no cross-cutting themes."])
    }

    @Test func actionSummaryAsSentenceAndTable() {
        #expect(drafted("action-summary") == [
            "Of the 3 actions, 1 is complete, 1 is in progress (amber) and 1 is unlikely to be completed (red).",
            "The statuses of 2 of these 3 actions are examples, not reported in a published paper.",
        ])
        #expect(drafted("action-summary priority=road-safety") == [
            "The one action for Road safety is complete.",
            "This status is an example, not reported in a published paper.",
        ])
        #expect(drafted("action-summary edition=2023-24") == ["The one action in the plan is on track (green)."])
        #expect(drafted("action-summary as=table") == [
            "Table: Actions by status, Testshire Community Safety Agreement 2024-25",
            "Status | Meaning | Actions",
            "Not started | Not yet started | 0",
            "Red | Unlikely to be completed | 1",
            "Amber | In progress | 1",
            "Green | On track | 0",
            "Complete | Completed | 1",
            "Total |  | 3",
            "The statuses of 2 of these 3 actions are examples, not reported in a published paper.",
        ])
    }

    /// The sentence follows the data: change one status and the paper says something else.
    @Test func actionSummaryFollowsTheData() {
        var publication = PaperFixture.publication
        #expect(PaperFixture.drafted("action-summary priority=neighbourhood-crime", in: publication).first
            == "Of the 2 actions for Neighbourhood crime and ASB, 1 is in progress (amber) and 1 is unlikely to be completed (red).")
        publication.editions[1].actions[1].status = .amber
        #expect(PaperFixture.drafted("action-summary priority=neighbourhood-crime", in: publication).first
            == "All 2 actions for Neighbourhood crime and ASB are in progress (amber); none is red.")
        publication.editions[1].actions[0].status = .green
        #expect(PaperFixture.drafted("action-summary priority=neighbourhood-crime", in: publication).first
            == "Of the 2 actions for Neighbourhood crime and ASB, 1 is on track (green) and 1 is in progress (amber); none is red.")
        publication.editions[1].actions[0].status = .notStarted
        publication.editions[1].actions[1].status = .notStarted
        #expect(PaperFixture.drafted("action-summary priority=neighbourhood-crime", in: publication).first
            == "All 2 actions for Neighbourhood crime and ASB have not started; none is red.")
        publication.editions[1].actions = []
        #expect(PaperFixture.drafted("action-summary", in: publication) == ["The action plan has no actions."])
        #expect(PaperFixture.drafted("action-summary priority=road-safety", in: publication) == ["There are no actions for Road safety."])
    }

    @Test func actionsTable() {
        #expect(drafted("actions") == [
            "Table: The action plan of the Testshire Community Safety Agreement 2024-25",
            "Ref | Action | Lead | Due | Status | Latest update",
            "nc-01 | Run ASB workshops for partners. | Testshire Community Safety Partnership | 31 March 2025 | Amber | 1 October 2024: Two workshops held.",
            "nc-02 (example) | Map repeat victims. | Testshire Police | 31 January 2025 | Red | None yet",
            "rs-01 | Speed awareness week. | Testshire Police | 30 September 2024 (example) | Complete (example) | None yet",
            "Entries marked (example) are examples, not facts reported in a published paper.",
        ])
        #expect(drafted("actions priority=all edition=2023-24") == [
            "Table: The action plan of the Testshire Community Safety Agreement 2023-24",
            "Ref | Action | Lead | Due | Status | Latest update",
            "asb-01 | Run ASB workshops. | Testshire Community Safety Partnership | 31 March 2024 | Green | None yet",
        ])
        #expect(drafted("actions priority=road-safety") == [
            "Table: Actions for Road safety, Testshire Community Safety Agreement 2024-25",
            "Ref | Action | Lead | Due | Status | Latest update",
            "rs-01 | Speed awareness week. | Testshire Police | 30 September 2024 (example) | Complete (example) | None yet",
            "Entries marked (example) are examples, not facts reported in a published paper.",
        ])
    }

    @Test func measuresTable() {
        #expect(drafted("measures") == [
            "Table: Measures of the Testshire Community Safety Agreement 2024-25: the latest period against the previous one",
            "Measure | Previous | Latest | Change | Better or worse",
            "ASB incidents reported (example) | 1,200 (2023-24) | 1,100 (2024-25) | \u{2212}100 (\u{2212}8.3%) | Better",
            "People killed or seriously injured | 50 (2023-24) | 55 (2024-25) | +5 (+10.0%) | Worse",
            "Repeat victims | 30.9% (2023-24) | 32.4% (2024-25) | +1.5 points | Worse",
            "Figures marked (example) are examples, not published statistics.",
        ])
        #expect(drafted("measures priority=road-safety") == [
            "Table: Measures of the Testshire Community Safety Agreement 2024-25 for Road safety: the latest period against the previous one",
            "Measure | Previous | Latest | Change | Better or worse",
            "People killed or seriously injured | 50 (2023-24) | 55 (2024-25) | +5 (+10.0%) | Worse",
        ])
        #expect(drafted("measures priority=neighbourhood-crime as=text") == [
            "Compared with the previous period, 1 of the 2 measures for Neighbourhood crime and ASB was better and 1 was worse.",
            "Figures marked (example) are examples, not published statistics.",
        ])
        #expect(drafted("measures edition=2023-24") == ["The Testshire Community Safety Agreement 2023-24 has no measures."])
    }

    @Test func measuresSentence() {
        #expect(drafted("measures as=text") == [
            "Compared with the previous period, 1 of the 3 measures was better and 2 were worse. The measures for Road safety and Neighbourhood crime and ASB were worse.",
            "Figures marked (example) are examples, not published statistics.",
        ])
        var publication = PaperFixture.publication
        publication.editions[1].measures[1].values = [MeasureValue(period: "2024-25", value: 55)]
        publication.editions[1].measures[2].values[1].value = 30.9
        #expect(PaperFixture.drafted("measures as=text", in: publication) == [
            "Compared with the previous period, 1 of the 3 measures was better, 1 showed no change and 1 had no earlier figure.",
            "Figures marked (example) are examples, not published statistics.",
        ])
        #expect(PaperFixture.drafted("measures as=text priority=road-safety", in: publication) == [
            "Compared with the previous period, the one measure for Road safety had no earlier figure.",
        ])
        #expect(PaperFixture.drafted("measures as=table priority=road-safety", in: publication).dropFirst(2).first
            == "People killed or seriously injured | No figure | 55 (2024-25) | Not comparable | Not comparable")
    }

    @Test func changesBetweenEditions() {
        #expect(drafted("changes") == [
            "Changes from 2023-24 to 2024-25, in summary:",
            "- Priorities: 1 added, 1 renamed, 1 changed",
            "- Themes: 1 added",
            "- Actions: 3 added, 1 removed",
            "- Measures: 3 added",
            "- Chapters: no change",
            "The actions and measures compared include examples, not facts reported in a published paper.",
        ])
        #expect(drafted("changes from=2024-25 to=2023-24 as=table") == [
            "Table: Changes from 2024-25 to 2023-24",
            "Part | Changes",
            "Priorities | 1 ended, 1 renamed, 1 changed",
            "Themes | 1 ended",
            "Actions | 1 added, 3 removed",
            "Measures | 3 removed",
            "Chapters | no change",
            "2023-24 is the earlier edition, so this comparison runs back in time: \"added\" means only 2023-24 has it, and \"ended\" or \"removed\" means only 2024-25 has it.",
            "The actions and measures compared include examples, not facts reported in a published paper.",
        ])
    }

    @Test func changesOfEachPriorityAndTheme() {
        #expect(drafted("changes as=items") == [
            "Changes from 2023-24 to 2024-25 in the priorities and themes:",
            "- Renamed: priority \"Anti-social behaviour\" → priority \"Neighbourhood crime and ASB\"",
            "- Added: priority \"Road safety\"",
            "- Added: theme \"Early intervention and prevention\"",
        ])
        var publication = PaperFixture.publication
        publication.editions[1].priorities[0].title = "Anti-Social Behaviour"
        publication.editions[1].priorities[0].id = "asb"
        publication.editions[1].priorities[0].replaces = []
        publication.editions[1].priorities.removeLast()
        publication.editions[1].themes = []
        #expect(PaperFixture.drafted("changes as=items", in: publication) == [
            "Changes from 2023-24 to 2024-25 in the priorities and themes:",
            "- Retitled: priority \"Anti-social behaviour\" → \"Anti-Social Behaviour\"",
        ])
        publication.editions[1].priorities[0].title = "Anti-social behaviour"
        #expect(PaperFixture.drafted("changes as=items", in: publication) == [
            "The priorities and themes of 2023-24 and 2024-25 have the same titles.",
        ])
    }

    @Test func editionErrors() {
        #expect(drafted("priorities", paperEdition: nil) == ["""
            paper.md:11:1: error: directive 'priorities' names no edition, and the paper has no 'edition:'
                hint: add edition=<id> to the directive, such as edition=2024-25, or 'edition: <id>' to the paper's front matter
            """])
        #expect(drafted("measures edition=2042-25") == ["""
            paper.md:11:18: error: directive 'measures' names edition '2042-25', which the content does not have
                hint: did you mean '2024-25'?
            """])
        #expect(drafted("themes edition=draft") == ["""
            paper.md:11:16: error: directive 'themes' names edition 'draft', which the content does not have
                hint: the editions are 2023-24, 2024-25
            """])
    }

    @Test func priorityErrors() {
        #expect(drafted("actions priority=road-safty") == ["""
            paper.md:11:18: error: edition 2024-25 has no priority 'road-safty'
                hint: did you mean 'road-safety'?
            """])
        #expect(drafted("action-summary priority=housing") == ["""
            paper.md:11:25: error: edition 2024-25 has no priority 'housing'
                hint: its priorities are neighbourhood-crime, road-safety, or write priority=all
            """])
    }

    @Test func changesErrors() {
        #expect(drafted("changes", paperEdition: "2023-24") == ["""
            paper.md:11:1: error: directive 'changes' names no edition to compare with, and edition 2023-24 supersedes none
                hint: add from=<id>, naming the earlier edition, such as from=2023-24
            """])
        #expect(drafted("changes from=2024-25") == ["""
            paper.md:11:14: error: directive 'changes' compares edition 2024-25 with itself
                hint: name two different editions with from= and to=
            """])
        #expect(drafted("changes from=2023-24 to=2031-32") == ["""
            paper.md:11:25: error: directive 'changes' names edition '2031-32', which the content does not have
                hint: the editions are 2023-24, 2024-25
            """])
    }

    @Test func wholeBodyDraftedInOrderWithEveryError() throws {
        let body: [PaperSourceBlock] = [
            .block(Block(.heading(level: 2, [Inline(.text("Background"), line: 5)]), line: 5)),
            .directive(try PaperFixture.directive("priorities").get()),
            .directive(try PaperFixture.directive("actions priority=housing").get()),
            .directive(try PaperFixture.directive("measures edition=2024-52").get()),
        ]
        let (blocks, diagnostics) = PaperDrafter.draft(body, paperEdition: "2024-25", in: PaperFixture.publication)
        #expect(DraftedLines.lines(Array(blocks.dropFirst())) == ["- Neighbourhood crime and ASB", "- Road safety"])
        #expect(blocks.first == .block(Block(.heading(level: 2, [Inline(.text("Background"), line: 5)]), line: 5)))
        #expect(diagnostics.map(\.description) == [
            """
            paper.md:11:18: error: edition 2024-25 has no priority 'housing'
                hint: its priorities are neighbourhood-crime, road-safety, or write priority=all
            """,
            """
            paper.md:11:18: error: directive 'measures' names edition '2024-52', which the content does not have
                hint: did you mean '2024-25'?
            """,
        ])
    }

    @Test func draftedBlocksCarryTheDirectiveLine() throws {
        let blocks = try PaperDrafter.draft(try PaperFixture.directive("priorities as=table").get(), paperEdition: "2024-25",
                                            in: PaperFixture.publication).get()
        guard case .table(let table) = blocks[0], case .block(let note) = blocks[1] else {
            Issue.record("expected a table and a note")
            return
        }
        #expect(table.line == 10)
        #expect(note.line == 10)
        #expect(table.rows[0][0] == [Inline(.text("Neighbourhood crime and ASB"), line: 10)])
    }
}
