import CSAModel

/// A publication of two editions and nothing else but their chapters: `old` (2023-24) and `new`
/// (2024-25, superseding it), for the comparison's generated tests.
public enum TwoEditions {
    static let here = SourceLocation(file: "generated")

    static func edition(_ id: String, start: Int, supersedes: String?, chapters: [Chapter]) -> Edition {
        Edition(id: id, title: "Edition \(id)",
                period: Period(start: CalendarDate(year: start, month: 4, day: 1)!, end: CalendarDate(year: start + 1, month: 3, day: 31)!),
                status: .approved, approval: nil, supersedes: supersedes, chapters: chapters, location: here)
    }

    public static func publication(old: [Chapter], new: [Chapter]) -> Publication {
        Publication(site: SiteInfo(partnership: "P", title: "T", baseURL: "https://x.example/", language: "en-GB",
                                   licence: Licence(name: "L", url: "https://x.example/l"),
                                   accessibilityContact: Contact(name: "c", email: "c@x.example"), bodies: [], location: here),
                    editions: [edition("old", start: 2023, supersedes: nil, chapters: old),
                               edition("new", start: 2024, supersedes: "old", chapters: new)])
    }
}
