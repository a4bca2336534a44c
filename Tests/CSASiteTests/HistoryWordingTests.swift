@testable import CSASite
import CSAModel
import Testing

/// The sentences of the history pages for every kind of step, including those the bundled content does
/// not have: merges, splits, a theme that became a priority, and steps with and without editions not
/// published here between.
@Suite struct HistoryWordingTests {
    static let here = SourceLocation(file: "test")

    typealias Item = (id: String, title: String, replaces: [String])

    static func edition(_ id: String, supersedes: String?, start: Int, end: Int, draft: Bool = false,
                        priorities: [Item], themes: [Item] = []) -> Edition {
        Edition(id: id, title: "Agreement \(id)",
                period: Period(start: CalendarDate(year: start, month: 4, day: 1)!, end: CalendarDate(year: end, month: 3, day: 31)!),
                status: draft ? .draft : .approved, approval: draft ? nil : Approval(date: CalendarDate(year: start, month: 3, day: 1)!, body: "p"),
                supersedes: supersedes,
                priorities: priorities.map { Priority(id: $0.id, title: $0.title, description: Document(blocks: []), lead: "p", themes: [], replaces: $0.replaces, location: here) },
                themes: themes.map { Theme(id: $0.id, title: $0.title, description: Document(blocks: []), lead: "p", replaces: $0.replaces, location: here) },
                location: here)
    }

    /// a (2011-14) → b (2014-15, no gap) → c (2018-19, draft, after unpublished editions 2015-18).
    static let publication = Publication(
        site: SiteInfo(partnership: "P", title: "T", baseURL: "https://x/", language: "en-GB", licence: Licence(name: "L", url: "u"),
                       accessibilityContact: Contact(name: "c", email: "e"), bodies: [],
                       unpublished: [UnpublishedEditions(after: "b", period: Period(start: CalendarDate(year: 2015, month: 4, day: 1)!,
                                                                                      end: CalendarDate(year: 2018, month: 3, day: 31)!),
                                                         note: "n", sources: [], location: here)],
                       location: here),
        editions: [
            edition("a", supersedes: nil, start: 2011, end: 2014,
                    priorities: [("asb", "Anti-social behaviour", []), ("acquisitive", "Acquisitive crime", []), ("da", "Domestic abuse", []),
                                 ("violent", "Violent crime", [])],
                    themes: [("vulnerable", "Vulnerable households", []), ("children", "Safeguarding children", []), ("reoffending", "Reoffending", []),
                             ("places", "Places", [])]),
            edition("b", supersedes: "a", start: 2014, end: 2015,
                    priorities: [("asb", "Anti-Social Behaviour", []), ("da", "Domestic Abuse", []),
                                 ("safeguarding", "Safeguarding", ["vulnerable", "children"]), ("reoffending", "Reducing reoffending", []),
                                 ("county-lines", "County lines", ["acquisitive"]), ("exploitation", "Exploitation", ["acquisitive"]),
                                 ("violence", "Serious violence", ["violent", "places"])]),
            edition("c", supersedes: "b", start: 2018, end: 2019, draft: true,
                    priorities: [("neighbourhood", "Neighbourhood crime", ["asb"]), ("da", "Domestic Abuse", []), ("vawg", "VAWG", [])],
                    themes: [("reoffending", "Reducing reoffending", [])]),
        ])

    static let words = HistoryWording(publication: publication)

    /// The status of the item `id` of `kind` in edition `edition`.
    static func status(_ kind: ItemKind, _ id: String, in edition: String) throws -> String {
        let line = try #require(publication.history(of: kind, id, in: edition))
        let step = try #require(line.steps.first { $0.edition == edition })
        let entry = try #require(step.entries.first { $0.item.id == id && $0.item.kind == kind })
        return words.status(of: entry, in: step, of: line)
    }

    @Test func labelsComeFromThePeriod() {
        #expect(Self.words.label("a") == "2011-14")
        #expect(Self.words.label("c") == "2018-19 (draft)")
        #expect(Self.words.label("c", "this edition") == "2018-19 (draft, this edition)")
        #expect(Self.words.label("b", "this edition") == "2014-15 (this edition)")
        #expect(Self.words.years("c") == "2018-19")
        #expect(Self.words.years("nowhere") == "nowhere")
    }

    @Test func stepsFromTheEditionBefore() throws {
        #expect(try Self.status(.priority, "asb", in: "a") == "In the earliest edition published here")
        // A change of capitals only is not a rename.
        #expect(try Self.status(.priority, "asb", in: "b") == "Carried on from 2011-14")
        #expect(try Self.status(.priority, "neighbourhood", in: "c") == "Carried on from 2014-15, renamed from “Anti-Social Behaviour”")
        #expect(try Self.status(.priority, "safeguarding", in: "b")
                == "Merges the cross-cutting themes “Vulnerable households” and “Safeguarding children” of 2011-14")
        #expect(try Self.status(.priority, "violence", in: "b") == "Merges the priority “Violent crime” and the cross-cutting theme “Places” of 2011-14")
        #expect(try Self.status(.priority, "county-lines", in: "b") == "Split from “Acquisitive crime” of 2011-14, with “Exploitation”")
        #expect(try Self.status(.priority, "reoffending", in: "b")
                == "Carried on from 2011-14, where it was the cross-cutting theme “Reoffending”")
        #expect(try Self.status(.theme, "reoffending", in: "c") == "Carried on from 2014-15, where it was a priority")
    }

    @Test func newAndEndedItemsWithAndWithoutUnpublishedEditionsBetween() throws {
        #expect(try Self.status(.priority, "vawg", in: "c")
                == "New since 2014-15, the previous edition published here: its first edition was 2018-19 or one of the editions between them, which are not published here")
        let ended = try #require(Self.publication.history(of: .priority, "county-lines", in: "b")?.steps.last)
        #expect(ended.edition == "c")
        #expect(ended.ended.map { Self.words.ended($0, in: ended) } == [
            "“County lines” not carried into 2018-19, the next edition published here: its last edition was 2014-15 or one of the editions between them, which are not published here",
            "“Exploitation” not carried into 2018-19, the next edition published here: its last edition was 2014-15 or one of the editions between them, which are not published here",
        ])
        // No unpublished editions between 2011-14 and 2014-15: plain words.
        let noGap = Publication(site: Self.publication.site, editions: [Self.publication.editions[0],
            Self.edition("b", supersedes: "a", start: 2014, end: 2015, priorities: [("new", "New one", [])])])
        let line = try #require(noGap.history(of: .priority, "new", in: "b"))
        #expect(HistoryWording(publication: noGap).status(of: line.steps[0].entries[0], in: line.steps[0], of: line) == "New in 2014-15")
        let acquisitive = try #require(noGap.history(of: .priority, "acquisitive", in: "a")?.steps.last)
        #expect(acquisitive.ended.map { HistoryWording(publication: noGap).ended($0, in: acquisitive) } == ["“Acquisitive crime” not carried into 2014-15"])
    }
}
