import CSADiff
import CSAModel
import Testing

/// Priorities and themes paired by id, through `replaces:` (renames, merges, splits, a theme that
/// became a priority), and, only when clearly alike, as "possibly renamed".
@Suite struct ItemMatchingTests {
    typealias F = ComparisonFixture

    static let publication = F.publication([
        F.edition("a", start: 2011, supersedes: nil,
                  priorities: [F.priority("asb", "Anti-social behaviour", "Anti-social behaviour across the county."),
                               F.priority("acquisitive", "Acquisitive crime", "Theft and burglary.", themes: ["children"]),
                               F.priority("violent", "Violent crime", "Violence with injury."),
                               F.priority("fraud", "Fraud and scams", "Fraud against older residents and scams on the doorstep.")],
                  themes: [F.theme("vulnerable", "Vulnerable households", "Households at risk."),
                           F.theme("children", "Safeguarding children", "Children at risk."),
                           F.theme("offending", "Reducing re-offending", "Work with offenders.")]),
        F.edition("b", start: 2018, supersedes: "a",
                  priorities: [F.priority("asb", "Anti-Social Behaviour", "Anti-social behaviour across Kent.", lead: "q"),
                               F.priority("neighbourhood", "Neighbourhood crime", "Theft.", replaces: ["acquisitive"], themes: ["kids", "young"]),
                               F.priority("safeguarding", "Safeguarding", "People at risk.", replaces: ["vulnerable", "children"]),
                               F.priority("offending", "Reducing re-offending", "Work with offenders.", replaces: []),
                               F.priority("scams", "Fraud and scams", "Fraud against older residents and scams at the doorstep.")],
                  themes: [F.theme("kids", "Children", "Children.", replaces: ["children"]),
                           F.theme("young", "Young people", "Young people.", replaces: ["children"])]),
    ])

    static func describe(_ link: ItemLink) -> String {
        "\(link.relation.rawValue): \(link.old.map(\.id).joined(separator: "+")) > \(link.new.map(\.id).joined(separator: "+"))"
    }

    @Test func renamesMergesSplitsAndKindChanges() throws {
        let c = try EditionComparison.compare(Self.publication, old: "a", new: "b")
        #expect(c.items.links.map(Self.describe) == [
            "same: asb > asb",
            "renamed: acquisitive > neighbourhood",
            "regrouped: vulnerable+children > safeguarding+kids+young",
            "same: offending > offending",
            "possibly-renamed: fraud > scams",
        ])
        // A theme kept under its id as a priority changed kind.
        let offending = try #require(c.items.links.first { $0.new.first?.id == "offending" })
        #expect(offending.kindChanged)
        #expect(offending.old.first?.kind == .theme && offending.new.first?.kind == .priority)
        #expect(c.items.removed.map(\.id) == ["violent"])
        #expect(c.items.added.isEmpty)
        // Themes served, followed through the split: "children" continues as both "kids" and "young".
        let neighbourhood = try #require(c.items.links[1].changes)
        #expect(neighbourhood.themesAdded.isEmpty)
        #expect(neighbourhood.themesRemoved.isEmpty)
        let asb = try #require(c.items.links[0].changes)
        #expect(asb.lead == ValueChange(old: BodyName(id: "p", name: "The Partnership"), new: BodyName(id: "q", name: "The Police")))
        // A group of several items has no one-to-one changes.
        #expect(c.items.links[2].changes == nil)
    }

    @Test func mergeAndSplitAreNamed() throws {
        let p = F.publication([
            F.edition("a", start: 2011, supersedes: nil, priorities: [F.priority("x", "X", "x"), F.priority("y", "Y", "y"), F.priority("z", "Z", "z")]),
            F.edition("b", start: 2012, supersedes: "a", priorities: [F.priority("xy", "X and Y", "xy", replaces: ["x", "y"]),
                                                                      F.priority("z1", "Z one", "z", replaces: ["z"]),
                                                                      F.priority("z2", "Z two", "z", replaces: ["z"])]),
        ])
        let forward = try EditionComparison.compare(p, old: "a", new: "b")
        #expect(forward.items.links.map(Self.describe) == ["merged: x+y > xy", "split: z > z1+z2"])
        #expect(forward.summary.priorities.merged == 1 && forward.summary.priorities.split == 1)
        // Going back in time a merge reads as a split.
        let back = try EditionComparison.compare(p, old: "b", new: "a")
        #expect(back.items.links.map(Self.describe) == ["split: xy > x+y", "merged: z1+z2 > z"])
    }

    @Test func unrelatedEditionsMatchByIdOnly() throws {
        let p = F.publication([
            F.edition("a", start: 2011, supersedes: nil, priorities: [F.priority("x", "X", "x")]),
            F.edition("b", start: 2012, supersedes: nil, priorities: [F.priority("x", "X", "x"), F.priority("y", "Y", "y", replaces: [])]),
        ])
        let c = try EditionComparison.compare(p, old: "a", new: "b")
        #expect(c.succession.isEmpty)
        #expect(c.items.links.map(Self.describe) == ["same: x > x"])
        #expect(c.items.added.map(\.id) == ["y"])
    }
}
