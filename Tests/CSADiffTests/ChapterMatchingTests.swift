import CSADiff
import CSAModel
import Testing

/// Chapters paired by id, then by content: a renamed or reordered chapter is a rename or a move.
@Suite struct ChapterMatchingTests {
    typealias F = ComparisonFixture

    static let body = "## Partners\n\nThe partners across the county meet every quarter to review the plan and agree what comes next.\n"

    @Test func renamedAndMovedChapters() throws {
        let p = F.publication([
            F.edition("a", start: 2011, supersedes: nil, chapters: [
                F.chapter("intro", "Introduction", order: 1, "Welcome to the agreement for the county.\n"),
                F.chapter("partners", "Partners", order: 2, Self.body),
                F.chapter("data", "Data", order: 3, "Figures for every district and borough, year on year.\n"),
                F.chapter("old-annex", "Annex", order: 4, "Nothing like the rest at all.\n", appendix: "A"),
            ]),
            F.edition("b", start: 2012, supersedes: "a", chapters: [
                F.chapter("data", "Data", order: 1, "Figures for every district and borough, year on year.\n"),
                F.chapter("intro", "Introduction", order: 2, "Welcome to the agreement for the county.\n"),
                F.chapter("working-together", "Working together", order: 3, Self.body),
                F.chapter("glossary", "Glossary", order: 4, "Words and what they mean.\n", appendix: "A"),
            ]),
        ])
        let c = try EditionComparison.compare(p, old: "a", new: "b")
        #expect(c.chapters.map { "\($0.match.rawValue) \($0.old?.id ?? "-")>\($0.new?.id ?? "-") moved:\($0.moved)" } == [
            "same-id data>data moved:true",
            "same-id intro>intro moved:false",
            "similar-content partners>working-together moved:false",
            "removed old-annex>- moved:false",
            "added ->glossary moved:false",
        ])
        #expect(c.chapters[2].blocks.isUnchanged)
        #expect(c.summary.chapters.renamed == 1 && c.summary.chapters.moved == 1)
    }
}
