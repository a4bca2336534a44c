import CSAModel
import Testing

/// Whole lines of history: every item joined by kept ids and `replaces:` across editions, with the
/// items each carries on and where items ended.
@Suite struct ItemHistoryTests {
    static let here = SourceLocation(file: "test")

    typealias Item = (id: String, title: String, replaces: [String])

    static func edition(_ id: String, supersedes: String?, start: Int, priorities: [Item], themes: [Item] = []) -> Edition {
        Edition(id: id, title: id, period: Period(start: CalendarDate(year: start, month: 4, day: 1)!, end: CalendarDate(year: start + 1, month: 3, day: 31)!),
                status: .approved, approval: Approval(date: CalendarDate(year: start, month: 3, day: 1)!, body: "p"), supersedes: supersedes,
                priorities: priorities.map { Priority(id: $0.id, title: $0.title, description: Document(blocks: []), lead: "p", themes: [], replaces: $0.replaces, location: here) },
                themes: themes.map { Theme(id: $0.id, title: $0.title, description: Document(blocks: []), lead: "p", replaces: $0.replaces, location: here) },
                location: here)
    }

    /// a: asb, acquisitive, da; themes vulnerable, children, reoffending.
    /// b: asb (kept), da (kept), safeguarding merging two themes, reoffending (kept id, now a priority),
    ///    drugs (new), county-lines and exploitation both replacing a's acquisitive (a split).
    /// c: neighbourhood replacing asb, da, safeguarding; b's reoffending back as a theme; nothing else carried on.
    static let publication = Publication(
        site: SiteInfo(partnership: "P", title: "T", baseURL: "https://x/", language: "en-GB", licence: Licence(name: "L", url: "u"),
                       accessibilityContact: Contact(name: "c", email: "e"), bodies: [], location: here),
        editions: [
            edition("a", supersedes: nil, start: 2011,
                    priorities: [("asb", "ASB", []), ("acquisitive", "Acquisitive", []), ("da", "DA", [])],
                    themes: [("vulnerable", "Vulnerable", []), ("children", "Children", []), ("reoffending", "Reoffending", [])]),
            edition("b", supersedes: "a", start: 2018,
                    priorities: [("asb", "Anti-social behaviour", []), ("da", "DA", []), ("safeguarding", "Safeguarding", ["vulnerable", "children"]),
                                 ("reoffending", "Reoffending", []), ("drugs", "Drugs", []),
                                 ("county-lines", "County lines", ["acquisitive"]), ("exploitation", "Exploitation", ["acquisitive"])]),
            edition("c", supersedes: "b", start: 2024,
                    priorities: [("neighbourhood", "Neighbourhood crime", ["asb"]), ("da", "DA", []), ("safeguarding", "Safeguarding", [])],
                    themes: [("reoffending", "Reducing reoffending", [])]),
        ])

    static func item(_ edition: String, _ kind: ItemKind, _ id: String, _ title: String) -> EditionItem {
        EditionItem(edition: edition, kind: kind, id: id, title: title)
    }

    @Test func followsAKeptIdThenAReplacement() throws {
        let line = try #require(Self.publication.history(of: .priority, "neighbourhood", in: "c"))
        let asbA = Self.item("a", .priority, "asb", "ASB"), asbB = Self.item("b", .priority, "asb", "Anti-social behaviour")
        let n = Self.item("c", .priority, "neighbourhood", "Neighbourhood crime")
        #expect(line == ItemHistory(steps: [
            HistoryStep(edition: "a", previous: nil, entries: [HistoryEntry(item: asbA, continues: [], continuedBy: [asbB])], ended: []),
            HistoryStep(edition: "b", previous: "a", entries: [HistoryEntry(item: asbB, continues: [asbA], continuedBy: [n])], ended: []),
            HistoryStep(edition: "c", previous: "b", entries: [HistoryEntry(item: n, continues: [asbB], continuedBy: [])], ended: []),
        ]))
        // The same line, whichever of its items it is asked for.
        #expect(Self.publication.history(of: .priority, "asb", in: "a") == line)
    }

    @Test func mergeOfTwoThemesIntoAPriority() throws {
        let line = try #require(Self.publication.history(of: .theme, "children", in: "a"))
        let v = Self.item("a", .theme, "vulnerable", "Vulnerable"), c = Self.item("a", .theme, "children", "Children")
        let sB = Self.item("b", .priority, "safeguarding", "Safeguarding"), sC = Self.item("c", .priority, "safeguarding", "Safeguarding")
        #expect(line.steps.map(\.edition) == ["a", "b", "c"])
        #expect(line.steps[0].entries == [HistoryEntry(item: v, continues: [], continuedBy: [sB]), HistoryEntry(item: c, continues: [], continuedBy: [sB])])
        #expect(line.steps[1].entries == [HistoryEntry(item: sB, continues: [v, c], continuedBy: [sC])])
        #expect(line.items == [v, c, sB, sC])
    }

    @Test func splitAndEndOfBothParts() throws {
        let line = try #require(Self.publication.history(of: .priority, "exploitation", in: "b"))
        let acq = Self.item("a", .priority, "acquisitive", "Acquisitive")
        let cl = Self.item("b", .priority, "county-lines", "County lines"), ex = Self.item("b", .priority, "exploitation", "Exploitation")
        #expect(line == ItemHistory(steps: [
            HistoryStep(edition: "a", previous: nil, entries: [HistoryEntry(item: acq, continues: [], continuedBy: [cl, ex])], ended: []),
            HistoryStep(edition: "b", previous: "a", entries: [HistoryEntry(item: cl, continues: [acq], continuedBy: []),
                                                              HistoryEntry(item: ex, continues: [acq], continuedBy: [])], ended: []),
            HistoryStep(edition: "c", previous: "b", entries: [], ended: [cl, ex]),
        ]))
    }

    @Test func themeToPriorityAndBackUnderOneId() throws {
        let line = try #require(Self.publication.history(of: .priority, "reoffending", in: "b"))
        #expect(line.items == [Self.item("a", .theme, "reoffending", "Reoffending"), Self.item("b", .priority, "reoffending", "Reoffending"),
                               Self.item("c", .theme, "reoffending", "Reducing reoffending")])
        #expect(line.steps.allSatisfy { $0.ended.isEmpty })
    }

    @Test func newItemThatEndsInTheNextEdition() throws {
        let drugs = Self.item("b", .priority, "drugs", "Drugs")
        #expect(Self.publication.history(of: .priority, "drugs", in: "b") == ItemHistory(steps: [
            HistoryStep(edition: "b", previous: "a", entries: [HistoryEntry(item: drugs, continues: [], continuedBy: [])], ended: []),
            HistoryStep(edition: "c", previous: "b", entries: [], ended: [drugs]),
        ]))
        #expect(Self.publication.history(of: .theme, "drugs", in: "b") == nil)
        #expect(Self.publication.history(of: .priority, "drugs", in: "z") == nil)
    }

    @Test func everyItemIsOnExactlyOneLine() {
        let lines = Self.publication.itemHistories
        let all = lines.flatMap(\.items)
        #expect(all.count == Set(all).count)
        #expect(all.count == Self.publication.editions.reduce(0) { $0 + $1.priorities.count + $1.themes.count })
        // Lines come in the order of their first item: asb, acquisitive, da, vulnerable+children, reoffending, drugs.
        #expect(lines.map { $0.items[0].id } == ["asb", "acquisitive", "da", "vulnerable", "reoffending", "drugs"])
    }
}
