import CSAMarkdown
import CSAModel
import TestSupport

/// Small publications built in code, for the comparison's unit tests.
enum ComparisonFixture {
    static let here = SourceLocation(file: "fixture")

    static func priority(_ id: String, _ title: String, _ description: String, replaces: [String] = [], themes: [String] = [], lead: String = "p") -> Priority {
        Priority(id: id, title: title, description: FixtureMarkdown.parse(description), lead: lead, themes: themes, replaces: replaces, location: here)
    }

    static func theme(_ id: String, _ title: String, _ description: String, replaces: [String] = []) -> Theme {
        Theme(id: id, title: title, description: FixtureMarkdown.parse(description), lead: "p", replaces: replaces, location: here)
    }

    static func chapter(_ id: String, _ title: String, order: Int, _ markdown: String, appendix: String? = nil) -> Chapter {
        Chapter(id: id, title: title, order: order, summary: "About \(title).", appendix: appendix, body: FixtureMarkdown.parse(markdown),
                bodyStartLine: 1, location: here)
    }

    static func edition(_ id: String, start: Int, supersedes: String?, chapters: [Chapter] = [], priorities: [Priority] = [],
                        themes: [Theme] = [], actions: [Action] = [], measures: [Measure] = []) -> Edition {
        Edition(id: id, title: "Agreement \(id)",
                period: Period(start: CalendarDate(year: start, month: 4, day: 1)!, end: CalendarDate(year: start + 1, month: 3, day: 31)!),
                status: .approved, approval: nil, supersedes: supersedes, chapters: chapters, priorities: priorities, themes: themes,
                actions: actions, measures: measures, location: here)
    }

    static func publication(_ editions: [Edition]) -> Publication {
        Publication(site: SiteInfo(partnership: "Partnership", title: "Agreement", baseURL: "https://x.example/", language: "en-GB",
                                   licence: Licence(name: "L", url: "https://x.example/l"),
                                   accessibilityContact: Contact(name: "c", email: "c@x.example"),
                                   bodies: [Body(id: "p", name: "The Partnership", location: here), Body(id: "q", name: "The Police", location: here)],
                                   location: here),
                    editions: editions)
    }
}
