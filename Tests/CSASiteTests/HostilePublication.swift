import CSAModel
import CSASite
import PaperFixtures

/// A publication holding hostile text in every text field the model has, for the writer's safety
/// tests: markup that tries to leave its context, a Mustache tag, a spreadsheet formula, and
/// characters no output may hold. Ids are hostile only as far as the id rule lets them be.
enum HostilePublication {
    /// Tries to end a `<script>` element, open an element with a handler, open a comment, run a
    /// template tag and start a formula, and holds NUL, U+0001, DEL, C1, U+FFFE and U+2028.
    static let text = "</script><script>alert(1)</script>\"><img src=x onerror=alert(1)><!--x {{x}} ' \u{0}\u{1}\u{7F}\u{85}\u{FFFE}\u{2028}end"
    /// `text` as every output must carry it once forbidden characters are replaced.
    static let cleaned = "</script><script>alert(1)</script>\"><img src=x onerror=alert(1)><!--x {{x}} ' \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{2028}end"
    /// A cell a spreadsheet would run as a formula.
    static let formula = "=HYPERLINK(\"https://evil.example/\",\"click\")\u{0}"
    /// Addresses that pass `WebAddress` yet hold quotes, ampersands and a template tag.
    static let url = "https://evil.example/?a=1&b='-alert(1)-'{{x}}"
    static let baseURL = "https://example.org/csa/?q='{{x}}&r=1/"

    static func make() -> Publication {
        let here = SourceLocation(file: "hostile")
        let date = CalendarDate(year: 2024, month: 4, day: 1)!
        let end = CalendarDate(year: 2025, month: 3, day: 31)!
        let inline = { (kind: InlineKind) in Inline(kind, line: 1) }
        let document = Document(blocks: [
            Block(.heading(level: 2, [inline(.text(text))]), line: 1),
            Block(.paragraph([inline(.text(text)), inline(.code(text)), inline(.html(text)),
                              inline(.link(destination: "javascript:alert(1)", title: text, [inline(.text(text))])),
                              inline(.link(destination: url, title: text, [inline(.text("link"))])),
                              inline(.image(source: url, title: text, [inline(.text(text))]))]), line: 2),
            Block(.codeBlock(info: text, literal: text), line: 3),
            Block(.htmlBlock(text), line: 4),
            Block(.blockQuote([Block(.paragraph([inline(.text(formula))]), line: 5)]), line: 5),
        ])
        let site = SiteInfo(partnership: text, title: text, baseURL: baseURL, language: "en-GB",
                            licence: Licence(name: text, url: url),
                            accessibilityContact: Contact(name: text, email: "a@example.org?subject='{{x}}", phone: text),
                            bodies: [Body(id: "lead", name: text, abbreviation: text, role: text, location: here)], location: here)
        let edition = Edition(
            id: "2024-25", title: text, period: Period(start: date, end: end), status: .approved,
            approval: Approval(date: date, body: "lead", illustrative: true), supersedes: nil,
            chapters: [Chapter(id: "intro", title: text, order: 1, summary: text, body: document, bodyStartLine: 5, location: here)],
            priorities: [Priority(id: "p1", title: text, description: document, lead: "lead", themes: ["t1"], replaces: [], location: here)],
            themes: [Theme(id: "t1", title: text, description: document, lead: "lead", replaces: [], location: here)],
            actions: [Action(id: "a1", priorities: ["p1"], themes: ["t1"], description: formula + "\n", lead: "lead", due: end, status: .amber,
                             updates: [ProgressUpdate(date: date, text: text), ProgressUpdate(date: end, text: formula)],
                             illustrative: true, location: here)],
            measures: [Measure(id: "m1", priority: "p1", title: text, unit: formula, better: .lower,
                               values: [MeasureValue(period: text, value: -5), MeasureValue(period: "2024-25", value: 12.5)],
                               source: text, illustrative: true, location: here)],
            location: here)
        return Publication(site: site, editions: [edition])
    }

    /// `make()` with an earlier edition, 2023-24, that 2024-25 supersedes, so that the "What changed" page
    /// exists: its priority (hostile title) is renamed, its chapter and action changed, all through hostile text.
    static func withEarlierEdition() -> Publication {
        var publication = make()
        var later = publication.editions[0]
        later.supersedes = "2023-24"
        later.priorities[0].replaces = ["p0"]
        var earlier = later
        earlier.id = "2023-24"
        earlier.period = Period(start: CalendarDate(year: 2023, month: 4, day: 1)!, end: CalendarDate(year: 2024, month: 3, day: 31)!)
        earlier.supersedes = nil
        earlier.priorities[0].id = "p0"
        earlier.priorities[0].title = "Old " + text
        earlier.priorities[0].replaces = []
        earlier.actions[0].status = .green
        earlier.actions[0].priorities = ["p0"]
        earlier.measures[0].priority = "p0"
        earlier.chapters[0].body = Document(blocks: [Block(.paragraph([Inline(.text("Old words " + text), line: 1)]), line: 1)]
                                            + later.chapters[0].body.blocks)
        publication.editions = [earlier, later]
        return publication
    }

    /// The templates and assets in the repository's `Templates/`, read as `csa build` reads them, without the
    /// paper layouts (tests that write papers add them).
    static func theme() throws -> SiteTheme {
        var theme = try PaperFixtures.theme()
        theme.paperLayouts = [:]
        return theme
    }
}
