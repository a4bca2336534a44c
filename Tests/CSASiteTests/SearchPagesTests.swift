@testable import CSASite
import Testing

/// The pages Pagefind is given (`SearchPages.glob`, `isIndexed`) are exactly the pages whose `main` is
/// marked for indexing, so each chapter is indexed once, on its own page, and never through the
/// whole-document page.
@Suite struct SearchPagesTests {
    @Test func theGlobNamesTheIndexedPagesOfOneEdition() {
        #expect(SearchPages.glob(edition: "2024-25") == "{2024-25/index.html,2024-25/themes.html,2024-25/action-plan.html,"
                + "2024-25/measures.html,2024-25/chapters/*.html,2024-25/priorities/*.html}")
    }

    @Test func theIndexerReadsExactlyThePagesMarkedForIndexing() throws {
        let writer = try SiteWriter(theme: HostilePublication.theme())
        let publication = LongPublication.make(editions: 3, chapters: 2)
        var marked: [String] = [], matched: [String] = []
        for file in writer.files(publication) where file.path.hasSuffix(".html") {
            let html = String(decoding: try writer.make(file).bytes, as: UTF8.self)
            if html.contains("<main id=\"main\" class=\"main\" tabindex=\"-1\" data-pagefind-body>") { marked.append(file.path) }
            if publication.editions.contains(where: { SearchPages.isIndexed(path: file.path, edition: $0.id) }) { matched.append(file.path) }
        }
        #expect(marked == matched)
        #expect(marked.filter { $0.hasPrefix("2001-02/") } == [
            "2001-02/action-plan.html", "2001-02/chapters/chapter-1.html", "2001-02/chapters/chapter-2.html",
            "2001-02/index.html", "2001-02/measures.html", "2001-02/priorities/p1.html", "2001-02/themes.html",
        ])
    }

    @Test func aPathMatchesOnlyItsOwnEditionAndNoDeeperFolder() {
        #expect(SearchPages.isIndexed(path: "2024-25/chapters/intro.html", edition: "2024-25"))
        #expect(!SearchPages.isIndexed(path: "2024-25/chapters/intro.html", edition: "2023-24"))
        #expect(!SearchPages.isIndexed(path: "2024-25/chapters/a/intro.html", edition: "2024-25"))
        #expect(!SearchPages.isIndexed(path: "2024-25/chapters/.html", edition: "2024-25"))
        #expect(!SearchPages.isIndexed(path: "2024-25/document.html", edition: "2024-25"))
        #expect(!SearchPages.isIndexed(path: "2024-25/changes.html", edition: "2024-25"))
    }
}
