import CSADiff
import CSAMarkdown
import CSAModel
import TestSupport

/// A small pair of editions with one change of every kind, for the exact-output tests of each format.
enum SmallComparison {
    static let here = SourceLocation(file: "fixture")

    static func date(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

    static func edition(_ id: String, start: String, supersedes: String?, priorities: [Priority], themes: [Theme], actions: [Action],
                        measures: [Measure], chapters: [Chapter]) -> Edition {
        Edition(id: id, title: "Agreement \(id)", period: Period(start: date(start), end: date(start).plusYear), status: .approved,
                approval: nil, supersedes: supersedes, chapters: chapters, priorities: priorities, themes: themes, actions: actions,
                measures: measures, location: here)
    }

    static func priority(_ id: String, _ title: String, _ text: String, replaces: [String] = [], themes: [String] = [], lead: String = "kcst") -> Priority {
        Priority(id: id, title: title, description: FixtureMarkdown.parse(text), lead: lead, themes: themes, replaces: replaces, location: here)
    }

    static func action(_ id: String, _ text: String, status: ActionStatus, due: String, updates: [ProgressUpdate] = []) -> Action {
        Action(id: id, priorities: ["asb"], themes: [], description: text, lead: "kcst", due: date(due), status: status, updates: updates,
               illustrative: true, location: here)
    }

    static func measure(_ id: String, _ value: Double, period: String) -> Measure {
        Measure(id: id, priority: "asb", title: "Incidents <reported>", unit: "incidents", better: .lower,
                values: [MeasureValue(period: period, value: value)], source: "Police", illustrative: true, location: here)
    }

    static func chapter(_ markdown: String) -> Chapter {
        Chapter(id: "introduction", title: "Introduction", order: 1, summary: "What the agreement is.", body: FixtureMarkdown.parse(markdown),
                bodyStartLine: 1, location: here)
    }

    static let publication = Publication(
        site: SiteInfo(partnership: "Kent Community Safety Partnership", title: "Agreement", baseURL: "https://x.example/", language: "en-GB",
                       licence: Licence(name: "L", url: "https://x.example/l"), accessibilityContact: Contact(name: "c", email: "c@x.example"),
                       bodies: [Body(id: "kcst", name: "Kent Community Safety Team", location: here),
                                Body(id: "police", name: "Kent Police", location: here)],
                       location: here),
        editions: [
            edition("2023-24", start: "2023-04-01", supersedes: nil,
                    priorities: [priority("asb", "Anti-social behaviour", "Anti-social behaviour across the county."),
                                 priority("acquisitive", "Acquisitive crime", "Theft and burglary.")],
                    themes: [],
                    actions: [action("asb-01", "Run workshops for partners.", status: .amber, due: "2024-03-31",
                                     updates: [ProgressUpdate(date: date("2023-10-01"), text: "First workshop held.")]),
                              action("acq-01", "Map burglary hotspots.", status: .green, due: "2024-03-31")],
                    measures: [measure("asb-incidents", 1200, period: "2022-23")],
                    chapters: [chapter("## About\n\nThe agreement sets out the **county** priorities for 2023-24.\n\nPartners meet every quarter.\n\nSee [the plan](https://a.example/plan).\n")]),
            edition("2024-25", start: "2024-04-01", supersedes: "2023-24",
                    priorities: [priority("neighbourhood-crime", "Neighbourhood crime & ASB", "Anti-social behaviour and neighbourhood crime across the county.",
                                          replaces: ["asb"], lead: "police"),
                                 priority("vawg", "Violence against women and girls", "A new priority.")],
                    themes: [],
                    actions: [action("asb-01", "Run workshops for partners.", status: .green, due: "2024-12-31",
                                     updates: [ProgressUpdate(date: date("2023-10-01"), text: "First workshop held."),
                                               ProgressUpdate(date: date("2024-06-01"), text: "Second workshop held.")]),
                              action("vawg-01", "Hold learning sessions.", status: .notStarted, due: "2025-03-31")],
                    measures: [measure("asb-incidents", 1100, period: "2023-24")],
                    chapters: [chapter("## About\n\nPartners meet every quarter.\n\nThe agreement sets out the county priorities for 2024-25.\n\n- A new list item.\n\nSee [the plan](https://b.example/plan).\n")]),
        ])

    static func comparison() throws -> EditionComparison {
        try EditionComparison.compare(publication, old: "2023-24", new: "2024-25")
    }
}

extension CalendarDate {
    /// The day before the same date a year later.
    var plusYear: CalendarDate { CalendarDate(year: year + 1, month: 3, day: 31)! }
}
