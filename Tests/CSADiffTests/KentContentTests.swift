import CSADiff
import CSAModel
import CSAReaders
import Foundation
import Testing

/// The bundled Kent content compared edition by edition: the real movement of priorities and themes
/// from 2011-14 to 2018-19 to 2024-25, as `replaces:` records it, and what the data says of actions,
/// measures and chapters.
@Suite struct KentContentTests {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Content").path

    static func compare(_ old: String, _ new: String) throws -> EditionComparison {
        let reading = ContentReader.read(contentDirectory: content)
        let publication = try #require(reading.publication)
        return try EditionComparison.compare(publication, old: old, new: new)
    }

    /// "relation: kind:id, ... > kind:id, ..." for each link.
    static func links(_ c: EditionComparison) -> [String] {
        c.items.links.map { link in
            "\(link.relation.rawValue): " + link.old.map { "\($0.kind.rawValue):\($0.id)" }.joined(separator: ", ")
                + " > " + link.new.map { "\($0.kind.rawValue):\($0.id)" }.joined(separator: ", ")
        }
    }

    static func ids(_ items: [ItemSide]) -> [String] { items.map { "\($0.kind.rawValue):\($0.id)" } }

    @Test func from2018To2024() throws {
        let c = try Self.compare("2018-19", "2024-25")
        #expect(!c.newIsOlder)
        #expect(c.succession == ["2018-19", "2024-25"])
        #expect(Self.links(c) == [
            "renamed: priority:anti-social-behaviour > priority:neighbourhood-crime-asb",
            "same: priority:domestic-abuse > priority:domestic-abuse",
            "same: priority:substance-misuse > priority:substance-misuse",
            "same: priority:safeguarding-vulnerable-people > priority:safeguarding-vulnerable-people",
            "renamed: priority:serious-organised-crime > priority:serious-violence-organised-crime",
            "same: priority:road-safety > priority:road-safety",
            "same: theme:early-intervention > theme:early-intervention",
            "same: theme:reducing-reoffending-supporting-victims > theme:reducing-reoffending-supporting-victims",
            "same: theme:quality-of-life-resilience > theme:quality-of-life-resilience",
        ])
        #expect(Self.ids(c.items.added) == ["priority:preventing-extremism-hate", "priority:vawg", "theme:mental-health-wellbeing",
                                            "theme:significant-community-events"])
        #expect(c.items.removed.isEmpty)

        // The renamed priorities' titles, word by word; the reworded themes keep their ids.
        let violence = try #require(c.items.links.first { $0.new.first?.id == "serious-violence-organised-crime" }?.changes)
        #expect(violence.title == [WordPiece(.equal, "Serious "), WordPiece(.inserted, "Violence "), WordPiece(.equal, "and Organised Crime")])
        #expect(violence.lead == ValueChange(old: BodyName(id: "kent-police", name: "Kent Police"),
                                             new: BodyName(id: "kent-medway-vru", name: "Kent and Medway Violence Reduction Unit")))
        let victims = try #require(c.items.links.first { $0.new.first?.id == "reducing-reoffending-supporting-victims" }?.changes)
        #expect(victims.title == [WordPiece(.deleted, "Reducing"), WordPiece(.inserted, "Reduce"), WordPiece(.equal, " re-offending and "),
                                  WordPiece(.deleted, "supporting"), WordPiece(.inserted, "support"), WordPiece(.equal, " victims")])
        // Themes a priority supports, followed through renames: only the really new one is "added".
        let asb = try #require(c.items.links.first?.changes)
        #expect(asb.themesAdded.map(\.id) == ["mental-health-wellbeing"])
        #expect(asb.themesRemoved.isEmpty)

        #expect(c.actions.added.map(\.id) == ["ncasb-01", "ncasb-02", "ncasb-03", "da-04", "da-05", "svoc-01", "svoc-02",
                                             "peh-01", "peh-02", "peh-03", "vawg-01", "vawg-02"])
        #expect(c.actions.removed.map(\.id) == ["asb-01", "asb-02", "svp-03", "soc-01", "soc-02"])
        #expect(c.actions.changed.compactMap { a in a.status.map { "\(a.id): \($0.old.label) → \($0.new.label)" } } == [
            "da-01: Green → Amber", "da-02: Not started → Amber", "da-03: Green → Amber", "svp-01: Green → Amber",
            "svp-02: Not started → Amber", "rs-01: Green → Amber", "xc-01: Complete → Amber", "xc-03: Not started → Amber",
            "xc-04: Red → Amber", "xc-05: Green → Amber",
        ])
        let da01 = try #require(c.actions.changed.first { $0.id == "da-01" })
        #expect(da01.due == ValueChange(old: CalendarDate(iso: "2019-03-31")!, new: CalendarDate(iso: "2024-12-10")!))
        #expect(da01.newUpdates.map(\.date.description) == ["2024-10-15", "2024-11-15"])

        #expect(c.measures.added.map(\.id) == ["neighbourhood-crime", "knife-crime", "prevent-training", "women-feel-safe"])
        #expect(c.measures.removed.map(\.id) == ["asb-incidents", "ocg-disruptions"])
        #expect(c.measures.compared.map { "\($0.new.id): \($0.trend.rawValue)" } == [
            "da-repeat-marac: no-change", "treatment-completions: worse", "scam-victims-supported: better", "ksi-casualties: worse",
        ])
        let ksi = try #require(c.measures.compared.last)
        #expect(ksi.old.latest == MeasureValue(period: "2016-17", value: 648))
        #expect(ksi.new.latest == MeasureValue(period: "2024-25", value: 694))

        #expect(c.chapters.map { "\($0.match.rawValue): \($0.old?.id ?? "-") > \($0.new?.id ?? "-")" } == [
            "same-id: introduction > introduction", "same-id: statutory-context > statutory-context", "same-id: priorities > priorities",
            "same-id: cross-cutting-themes > cross-cutting-themes", "same-id: governance-and-delivery > governance-and-delivery",
            "same-id: community-safety-landscape > community-safety-landscape", "added: - > source-papers",
        ])
        #expect(c.chapters.allSatisfy { !$0.moved })
        #expect(c.chapters.last?.new?.appendix == "A")
    }

    @Test func from2011To2018() throws {
        let c = try Self.compare("2011-14", "2018-19")
        #expect(Self.links(c) == [
            "same: priority:anti-social-behaviour > priority:anti-social-behaviour",
            "same: priority:domestic-abuse > priority:domestic-abuse",
            "same: priority:substance-misuse > priority:substance-misuse",
            "same: priority:road-safety > priority:road-safety",
            "same: theme:early-intervention > theme:early-intervention",
            "renamed: theme:reducing-reoffending > theme:reducing-reoffending-supporting-victims",
        ])
        // Nothing in 2018-19 records what became of these, and none is alike enough to guess.
        #expect(Self.ids(c.items.removed) == ["priority:acquisitive-crime", "priority:violent-crime", "theme:priority-neighbourhoods",
                                              "theme:vulnerable-households", "theme:safeguarding-children"])
        #expect(Self.ids(c.items.added) == ["priority:safeguarding-vulnerable-people", "priority:serious-organised-crime",
                                            "theme:quality-of-life-resilience"])
        let asb = try #require(c.items.links.first?.changes)
        #expect(asb.title == [WordPiece(.deleted, "Anti-social behaviour including environmental"), WordPiece(.inserted, "Anti-Social Behaviour")])
        #expect(c.actions.removed.map(\.id) == ["acq-01", "acq-02", "vc-01", "vc-02"])
        #expect(c.measures.compared.map { "\($0.new.id): \($0.trend.rawValue)" } == ["asb-incidents: better", "ksi-casualties: worse"])
        #expect(c.summary.priorities.removed == 2)
        #expect(c.summary.themes.renamed == 1)
    }

    @Test func acrossTwoStepsRenamesAreFollowed() throws {
        let c = try Self.compare("2011-14", "2024-25")
        #expect(c.succession == ["2011-14", "2018-19", "2024-25"])
        #expect(Self.links(c).filter { $0.hasPrefix("renamed") } == [
            "renamed: priority:anti-social-behaviour > priority:neighbourhood-crime-asb",
            "renamed: theme:reducing-reoffending > theme:reducing-reoffending-supporting-victims",
        ])
        #expect(Self.ids(c.items.added).contains("priority:serious-violence-organised-crime"))
    }

    @Test func anOlderNewRunsBackInTime() throws {
        let c = try Self.compare("2024-25", "2018-19")
        #expect(c.newIsOlder)
        #expect(Self.links(c).first == "renamed: priority:neighbourhood-crime-asb > priority:anti-social-behaviour")
        #expect(Self.ids(c.items.removed) == ["priority:preventing-extremism-hate", "priority:vawg", "theme:mental-health-wellbeing",
                                              "theme:significant-community-events"])
        #expect(c.chapters.last?.match == .removed)
    }

    @Test func bundledChaptersRoundTrip() throws {
        let reading = ContentReader.read(contentDirectory: Self.content)
        let publication = try #require(reading.publication)
        for (old, new) in [("2011-14", "2018-19"), ("2018-19", "2024-25"), ("2024-25", "2011-14")] {
            let c = try EditionComparison.compare(publication, old: old, new: new)
            let expect = { (id: String) in
                publication.edition(id)!.chapters.map(ChapterText.init).sorted { $0.side.order < $1.side.order }
            }
            #expect(c.oldChapters == expect(old))
            #expect(c.newChapters == expect(new))
        }
    }

    @Test func unknownEditionIsAnError() throws {
        let publication = try #require(ContentReader.read(contentDirectory: Self.content).publication)
        #expect(throws: ComparisonError.unknownEdition("2019-20", known: ["2011-14", "2018-19", "2024-25"])) {
            try EditionComparison.compare(publication, old: "2019-20", new: "2024-25")
        }
    }
}
