import CSAModel
import Testing

/// Priorities and themes followed across editions through kept ids and `replaces:`.
@Suite struct ItemLineageTests {
    static let here = SourceLocation(file: "test")

    static func edition(_ id: String, supersedes: String?, start: Int, priorities: [(String, [String])], themes: [(String, [String])] = []) -> Edition {
        Edition(id: id, title: id, period: Period(start: CalendarDate(year: start, month: 4, day: 1)!, end: CalendarDate(year: start + 1, month: 3, day: 31)!),
                status: .approved, approval: Approval(date: CalendarDate(year: start, month: 3, day: 1)!, body: "p"), supersedes: supersedes,
                priorities: priorities.map { Priority(id: $0.0, title: $0.0, description: Document(blocks: []), lead: "p", themes: [], replaces: $0.1, location: here) },
                themes: themes.map { Theme(id: $0.0, title: $0.0, description: Document(blocks: []), lead: "p", replaces: $0.1, location: here) },
                location: here)
    }

    static let publication = Publication(
        site: SiteInfo(partnership: "P", title: "T", baseURL: "https://x/", language: "en-GB", licence: Licence(name: "L", url: "u"),
                       accessibilityContact: Contact(name: "c", email: "e"), bodies: [], location: here),
        editions: [
            edition("a", supersedes: nil, start: 2011, priorities: [("asb", []), ("acquisitive", []), ("da", [])],
                    themes: [("vulnerable", []), ("children", [])]),
            edition("b", supersedes: "a", start: 2018, priorities: [("asb", []), ("da", []), ("safeguarding", ["vulnerable", "children"])]),
            edition("c", supersedes: "b", start: 2024, priorities: [("neighbourhood", ["asb"]), ("da", []), ("safeguarding", [])]),
        ])

    @Test func followsRenamesForwardAcrossSeveralEditions() {
        #expect(Self.publication.counterparts(of: "asb", from: "a", in: "c") == ["neighbourhood"])
        #expect(Self.publication.counterparts(of: "da", from: "a", in: "c") == ["da"])
        #expect(Self.publication.counterparts(of: "acquisitive", from: "a", in: "c") == [])
    }

    @Test func followsMergesBackwards() {
        #expect(Self.publication.counterparts(of: "safeguarding", from: "c", in: "a") == ["children", "vulnerable"])
        #expect(Self.publication.counterparts(of: "neighbourhood", from: "c", in: "a") == ["asb"])
    }

    @Test func successionRunsBothWays() {
        #expect(Self.publication.succession(from: "a", to: "c")?.map(\.id) == ["a", "b", "c"])
        #expect(Self.publication.succession(from: "c", to: "a")?.map(\.id) == ["c", "b", "a"])
        #expect(Self.publication.latestApproved?.id == "c")
        #expect(Self.publication.successor(of: "a")?.id == "b")
    }
}
