import CSADiff
import CSAHTML
import CSAMarkdown
import CSAModel
@testable import CSASite
import Testing

/// The "What changed" page's views: each change of a chapter in context (context blocks cut to the
/// words next to the change, unchanged runs counted, runs of deleted or inserted blocks together, moved
/// blocks linked both ways), and the page of a small pair of editions with one change of every kind.
@Suite struct ChangesViewsTests {
    /// The site's link (CSADiff has an `ItemLink` of its own).
    typealias Link = CSASite.ItemLink
    static let here = SourceLocation(file: "test")

    static func block(_ text: String, _ kind: BlockShape.Kind = .paragraph, level: Int = 0, _ containers: [BlockShape.Container] = []) -> BlockText {
        BlockText(shape: BlockShape(kind, level: level, containers: containers), runs: [TextRun(text)])
    }

    /// "w1 w2 … wn".
    static func words(_ n: Int, _ stem: String) -> String { (1...n).map { "\(stem)\($0)" }.joined(separator: " ") }

    static func line(_ shape: String, _ spans: [ChangeSpan]) -> ChangeLineView { ChangeLineView(shape: shape, spans: spans) }

    static func view(_ kind: String, _ label: String, _ lines: [ChangeLineView], context: Bool = false, anchor: String? = nil,
                     link: Link? = nil, formatting: [String] = []) -> BlockChangeView {
        BlockChangeView(kind: kind, isContext: context, isCollapsed: false, label: label, anchor: anchor, moveLink: link, lines: lines,
                        formatting: formatting)
    }

    @Test func changesInContextWithUnchangedRunsCountedAndMovesLinked() {
        let moved = Self.block("Partners meet every quarter.")
        let edits: [BlockEdit] = [
            .unchanged(Self.block("About", .heading, level: 2)),
            .unchanged(Self.block(Self.words(30, "a"))),
            .unchanged(Self.block("Two.")),
            .unchanged(Self.block("Three.")),
            .unchanged(Self.block(Self.words(30, "b"))),
            .changed(old: BlockShape(.paragraph), new: BlockShape(.paragraph),
                     words: [WordPiece(.equal, "The "), WordPiece(.deleted, "old"), WordPiece(.inserted, "new"),
                             WordPiece(.equal, " plan", style: RunStyle(strong: true), oldStyle: .plain)]),
            .unchanged(Self.block("Between.")),
            .deleted(Self.block("Gone", .heading, level: 2)),
            .deleted(Self.block("A list item gone.", .paragraph, [.bullet])),
            .inserted(Self.block("A new paragraph.")),
            .movedAway(moved, to: 11),
            .unchanged(Self.block(Self.words(30, "c"))),
            .unchanged(Self.block("Tail one.")),
            .unchanged(Self.block("Tail two.")),
            .movedHere(moved, from: 9),
        ]
        var anchors = HeadingAnchors(reserved: ["c-moved-from-10"])
        let views = ChangeBlocks.views(edits, prefix: "c-", anchors: &anchors)
        let b25 = (6...30).map { "b\($0)" }.joined(separator: " "), c25 = (1...25).map { "c\($0)" }.joined(separator: " ")
        #expect(views == [
            BlockChangeView(kind: "collapsed", isContext: false, isCollapsed: true, label: "1 unchanged heading and 3 paragraphs",
                            anchor: nil, moveLink: nil, lines: [], formatting: []),
            Self.view("context", "Unchanged paragraph", [Self.line("paragraph", [ChangeSpan(.equal, "… " + b25)])], context: true),
            Self.view("changed", "Changed paragraph",
                      [Self.line("paragraph", [ChangeSpan(.equal, "The "), ChangeSpan(.deleted, "old"), ChangeSpan(.inserted, "new"),
                                               ChangeSpan(.equal, " plan")])],
                      formatting: ["\" plan\": plain → bold"]),
            Self.view("context", "Unchanged paragraph", [Self.line("paragraph", [ChangeSpan(.equal, "Between.")])], context: true),
            Self.view("deleted", "Deleted: 1 heading and 1 list item",
                      [Self.line("heading", [ChangeSpan(.deleted, "Gone")]), Self.line("bullet", [ChangeSpan(.deleted, "A list item gone.")])]),
            Self.view("inserted", "Inserted paragraph", [Self.line("paragraph", [ChangeSpan(.inserted, "A new paragraph.")])]),
            // The id the page reserved is skipped.
            Self.view("moved", "Paragraph moved further down; it was here", [Self.line("paragraph", [ChangeSpan(.equal, "Partners meet every quarter.")])],
                      anchor: "c-moved-from-10-2", link: Link(title: "Go to its new place", href: "#c-moved-to-12", detail: nil)),
            Self.view("context", "Unchanged paragraph", [Self.line("paragraph", [ChangeSpan(.equal, c25 + " …")])], context: true),
            Self.view("context", "Unchanged paragraph", [Self.line("paragraph", [ChangeSpan(.equal, "Tail one.")])], context: true),
            Self.view("context", "Unchanged paragraph", [Self.line("paragraph", [ChangeSpan(.equal, "Tail two.")])], context: true),
            Self.view("moved", "Paragraph moved here from further up", [Self.line("paragraph", [ChangeSpan(.equal, "Partners meet every quarter.")])],
                      anchor: "c-moved-to-12", link: Link(title: "Go to where it was", href: "#c-moved-from-10-2", detail: nil)),
        ])
    }

    @Test func aChapterWithNoBlockChangedIsOneCountAndAMovedChangedBlockSaysSo() {
        let unchanged: [BlockEdit] = [.unchanged(Self.block("One.")), .unchanged(Self.block("Two.", .paragraph, [.numbered]))]
        var anchors = HeadingAnchors()
        #expect(ChangeBlocks.views(unchanged, prefix: "x-", anchors: &anchors) == [
            BlockChangeView(kind: "collapsed", isContext: false, isCollapsed: true, label: "1 unchanged paragraph and 1 list item",
                            anchor: nil, moveLink: nil, lines: [], formatting: []),
        ])
        let moved: [BlockEdit] = [
            .movedHereChanged(old: BlockShape(.heading, level: 2), new: BlockShape(.heading, level: 3),
                              words: [WordPiece(.equal, "Plan"), WordPiece(.inserted, "s")], from: 1),
            .unchanged(Self.block("Kept.")),
            .movedAway(Self.block("Plan", .heading, level: 2), to: 0),
        ]
        #expect(ChangeBlocks.views(moved, prefix: "x-", anchors: &anchors) == [
            Self.view("moved", "Heading moved here from further down, and changed and now a level 3 heading",
                      [Self.line("heading", [ChangeSpan(.equal, "Plan"), ChangeSpan(.inserted, "s")])],
                      anchor: "x-moved-to-1", link: Link(title: "Go to where it was", href: "#x-moved-from-2", detail: nil)),
            Self.view("context", "Unchanged paragraph", [Self.line("paragraph", [ChangeSpan(.equal, "Kept.")])], context: true),
            Self.view("moved", "Heading moved further up; it was here", [Self.line("heading", [ChangeSpan(.equal, "Plan")])],
                      anchor: "x-moved-from-2", link: Link(title: "Go to its new place", href: "#x-moved-to-1", detail: nil)),
        ])
    }

    // MARK: A small pair of editions

    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    static func priority(_ id: String, _ title: String, _ text: String, lead: String = "p", themes: [String] = [], replaces: [String] = []) -> Priority {
        Priority(id: id, title: title, description: parse(text), lead: lead, themes: themes, replaces: replaces, location: here)
    }

    static func theme(_ id: String, _ title: String) -> Theme {
        Theme(id: id, title: title, description: parse("A theme."), lead: "p", replaces: [], location: here)
    }

    static func action(_ id: String, _ status: ActionStatus, illustrative: Bool = false) -> Action {
        Action(id: id, priorities: [], themes: [], description: "Do \(id).\n", lead: "p", due: date(2025, 3, 31), status: status, updates: [],
               illustrative: illustrative, location: here)
    }

    static func measure(_ id: String, _ value: Double, _ period: String, better: Direction = .lower) -> Measure {
        Measure(id: id, priority: "da", title: "Measure \(id)", unit: "cases", better: better, values: [MeasureValue(period: period, value: value)],
                source: "s", illustrative: false, location: here)
    }

    static func chapter(_ id: String, _ title: String, _ order: Int, _ markdown: String, summary: String = "S.", appendix: String? = nil) -> Chapter {
        Chapter(id: id, title: title, order: order, summary: summary, appendix: appendix, body: parse(markdown), bodyStartLine: 1, location: here)
    }

    static func parse(_ text: String) -> Document {
        do { return try MarkdownParser.parse(text) } catch {
            Issue.record("the test's Markdown did not parse: \(error)")
            return Document(blocks: [])
        }
    }

    static let publication = Publication(
        site: SiteInfo(partnership: "P", title: "T", baseURL: "https://x.example/", language: "en-GB", licence: Licence(name: "L", url: "https://x.example/l"),
                       accessibilityContact: Contact(name: "c", email: "c@x.example"),
                       bodies: [Body(id: "p", name: "Police", location: here), Body(id: "q", name: "Council", location: here)], location: here),
        editions: [
            Edition(id: "a", title: "Agreement A", period: Period(start: date(2023, 4, 1), end: date(2024, 3, 31)), status: .draft, approval: nil,
                    supersedes: nil,
                    chapters: [chapter("intro", "Introduction", 1, "Hello.\n"), chapter("plan", "Plan", 2, "The plan.\n\nMore.\n"),
                               chapter("gone", "Old chapter", 3, "Old words only here.\n")],
                    priorities: [priority("asb", "Anti-social behaviour", "ASB."), priority("da", "Domestic abuse", "DA.", themes: ["victims"]),
                                 priority("acq", "Acquisitive crime", "Theft.")],
                    themes: [theme("places", "Places"), theme("victims", "Victims")],
                    actions: [action("a1", .green, illustrative: true), action("a2", .amber), action("a3", .red)],
                    measures: [measure("m1", 10, "2022-23"), measure("m2", 5, "2022-23")],
                    location: here),
            Edition(id: "b", title: "Agreement B", period: Period(start: date(2024, 4, 1), end: date(2025, 3, 31)), status: .approved,
                    approval: Approval(date: date(2024, 3, 1), body: "p"), supersedes: "a",
                    chapters: [chapter("plan", "Plan", 1, "The new plan.\n\nMore.\n"), chapter("intro", "Introduction", 2, "Hello.\n"),
                               chapter("fresh", "Fresh", 3, "Brand new.\n", appendix: "A")],
                    priorities: [priority("nca", "Neighbourhood crime", "ASB.", replaces: ["asb"]),
                                 priority("da", "Domestic Abuse", "DA.", lead: "q"),
                                 priority("safer", "Safer places", "Places.", replaces: ["places"]),
                                 priority("vawg", "VAWG", "New.")],
                    themes: [theme("victims", "Victims")],
                    actions: [action("a1", .amber), action("a2", .amber), action("a4", .green)],
                    measures: [measure("m1", 8, "2023-24"), measure("m3", 3, "2023-24", better: .higher)],
                    location: here),
        ])

    static func page() throws -> ChangesView {
        let b = try #require(publication.edition("b")), a = try #require(publication.edition("a"))
        return ChangesPages.changes(b, previous: a, publication, frames: FrameBuilder(publication: publication, baseURL: "https://x.example/"))
    }

    @Test func onlyAnEditionThatSupersedesAnotherHasThePage() throws {
        #expect(ChangesPages.previous(of: try #require(Self.publication.edition("a")), in: Self.publication) == nil)
        #expect(ChangesPages.previous(of: try #require(Self.publication.edition("b")), in: Self.publication)?.id == "a")
        let frames = FrameBuilder(publication: Self.publication, baseURL: "https://x.example/")
        // The switcher leads from B's page to A's overview, which has none.
        #expect(frames.counterpart(of: .changes("b"), in: try #require(Self.publication.edition("a"))) == nil)
        #expect(frames.counterpart(of: .changes("b"), in: try #require(Self.publication.edition("b"))) == Counterpart(.changes("b")))
    }

    @Test func summaryOfItemsActionsMeasuresAndChapters() throws {
        let v = try Self.page()
        #expect(v.frame.title == "What changed")
        #expect(v.frame.documentTitle == "What changed – Agreement B")
        #expect(v.previous == Link(title: "Agreement A", href: "../a/index.html", detail: nil))
        #expect(v.notes == ["The Agreement A is published here as a draft, so this page compares this edition with that draft."])
        #expect(v.historyHref == "history.html")
        #expect(v.counts.map { "\($0.key): \($0.value)" } == [
            "Priorities: 1 added, 1 ended, 2 renamed, 3 changed",
            "Cross-cutting themes: 1 unchanged",
            "Actions: 1 added, 1 removed, 1 changed, 1 unchanged (1 status change)",
            "Measures: 1 added, 1 removed, 1 better",
            "Chapters: 2 changed, 1 added, 1 removed, 1 moved; blocks: 1 changed, 1 inserted, 1 deleted; words: 4 deleted, 3 inserted",
        ])
        let groups = v.itemGroups.map { group in
            (group.heading, group.entries.map { e in
                [e.kind ?? "-", e.before.map { "\($0.title) [\($0.href)]" }.joined(separator: " + "), e.connector ?? "-",
                 e.after.map { "\($0.title) [\($0.href)]" }.joined(separator: " + "), e.detail ?? "-"].joined(separator: " | ")
            })
        }
        #expect(groups.map(\.0) == ["Renamed", "New in this edition", "Not carried into this edition", "Carried on with changes"])
        #expect(groups.map(\.1) == [
            ["Priority | Anti-social behaviour [../a/priorities/asb.html] | is now | Neighbourhood crime [priorities/nca.html] | -",
             "Cross-cutting theme, now a priority | Places [../a/themes.html#theme-places] | is now | Safer places [priorities/safer.html] | Description changed."],
            ["Priority |  | - | VAWG [priorities/vawg.html] | -"],
            ["Priority | Acquisitive crime [../a/priorities/acq.html] | - |  | -"],
            ["Priority |  | - | Domestic Abuse [priorities/da.html] | Title was “Domestic abuse”; lead was Police, now Council; no longer supports “Victims”."],
        ])
        #expect(v.statusMoves.map { "\($0.id) \($0.href) \($0.description): \($0.old.label)\($0.oldIllustrative ? " (example)" : "") to \($0.new.label)" }
                == ["a1 action-plan.html#action-a1 Do a1.: Green (example) to Amber"])
        #expect(v.actionPlanHref == "action-plan.html")
        #expect(v.measureGroups.map { g in "\(g.heading): " + g.entries.map { e in (e.before + e.after).map { "\($0.title) [\($0.href)]" }.joined() + " – " + (e.detail ?? "") }.joined(separator: "; ") } == [
            "Better: Measure m1 [measures.html#measure-m1] – 10 in 2022-23, then 8 in 2023-24 (unit: cases); lower is better.",
            "New measures: Measure m3 [measures.html#measure-m3] – Latest 3 in 2023-24 (unit: cases); higher is better.",
            "No longer reported: Measure m2 [../a/measures.html#measure-m2] – Last 5 in 2022-23 (unit: cases).",
        ])
        #expect(v.chapterLinks == [
            Link(title: "Chapter 1: Plan", href: "#changes-chapter-plan",
                     detail: "Paragraphs, headings and other blocks: 1 changed."),
            // A removed chapter comes after the chapter before it in the previous edition that kept its place.
            Link(title: "Chapter 3: Old chapter", href: "#changes-chapter-gone", detail: "Not in this edition."),
            Link(title: "Chapter 2: Introduction", href: "#changes-chapter-intro", detail: "Moved: was chapter 1."),
            Link(title: "Appendix A: Fresh", href: "#changes-chapter-fresh", detail: "New in this edition."),
        ])
        #expect(v.unchangedChapters == nil)
    }

    @Test func eachChapterInContext() throws {
        let chapters = try Self.page().chapters
        #expect(chapters.map { "\($0.anchor) \($0.title) [\($0.href) \($0.linkText)] \($0.notes ?? "-") \($0.wholeChapter ?? "-")" } == [
            "changes-chapter-plan Chapter 1: Plan [chapters/plan.html Read the chapter] - -",
            "changes-chapter-gone Chapter 3: Old chapter [../a/chapters/gone.html Read it in the Agreement A] - This chapter is not in this edition.",
            "changes-chapter-intro Chapter 2: Introduction [chapters/intro.html Read the chapter] Moved: was chapter 1. Its text did not change.",
            "changes-chapter-fresh Appendix A: Fresh [chapters/fresh.html Read the chapter] - This chapter is new in this edition.",
        ])
        #expect(chapters[0].blocks == [
            Self.view("changed", "Changed paragraph", [Self.line("paragraph", [ChangeSpan(.equal, "The "), ChangeSpan(.inserted, "new "),
                                                                              ChangeSpan(.equal, "plan.")])]),
            Self.view("context", "Unchanged paragraph", [Self.line("paragraph", [ChangeSpan(.equal, "More.")])], context: true),
        ])
        #expect(chapters.allSatisfy { $0.summary.isEmpty })
        #expect(chapters[1].blocks.isEmpty && chapters[2].blocks.isEmpty && chapters[3].blocks.isEmpty)
    }
}
