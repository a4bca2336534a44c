import CSAModel

/// A publication of many editions (each superseding the one before, the last a draft) with many
/// chapters each, for the tests of what pages list when editions are long or many.
enum LongPublication {
    static func make(editions: Int, chapters: Int) -> Publication {
        let here = SourceLocation(file: "long")
        let body = Document(blocks: [Block(.heading(level: 2, [Inline(.text("Section"), line: 1)]), line: 1),
                                     Block(.paragraph([Inline(.text("Text."), line: 2)]), line: 2)])
        let site = SiteInfo(partnership: "Partnership", title: "Agreement", baseURL: "https://example.org/csa/", language: "en-GB",
                            licence: Licence(name: "Licence", url: "https://example.org/licence"),
                            accessibilityContact: Contact(name: "Team", email: "team@example.org"),
                            bodies: [Body(id: "lead", name: "Lead body", location: here)], location: here)
        let list = (0..<editions).map { k in
            let year = 2000 + k
            let id = "\(year)-\(String(format: "%02d", (year + 1) % 100))"
            let draft = k == editions - 1
            return Edition(
                id: id, title: "Agreement \(id)",
                period: Period(start: CalendarDate(year: year, month: 4, day: 1)!, end: CalendarDate(year: year + 1, month: 3, day: 31)!),
                status: draft ? .draft : .approved,
                approval: draft ? nil : Approval(date: CalendarDate(year: year, month: 3, day: 1)!, body: "lead"),
                supersedes: k == 0 ? nil : "\(year - 1)-\(String(format: "%02d", year % 100))",
                chapters: (1...chapters).map { n in
                    Chapter(id: "chapter-\(n)", title: "Chapter title \(n)", order: n, summary: "Summary \(n).", body: body,
                            bodyStartLine: 5, location: here)
                },
                priorities: [Priority(id: "p1", title: "Priority", description: body, lead: "lead", themes: [], replaces: [], location: here)],
                measures: [Measure(id: "m1", priority: "p1", title: "Measure", unit: "incidents", better: .lower,
                                   values: [MeasureValue(period: "\(year)-\(year + 1)", value: 10)], source: "Data", illustrative: true,
                                   location: here)],
                location: here)
        }
        return Publication(site: site, editions: list)
    }
}
