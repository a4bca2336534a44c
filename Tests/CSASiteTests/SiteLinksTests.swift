@testable import CSASite
import Testing

/// Relative links between site files: the shortest path, working from disk.
@Suite struct SiteLinksTests {
    @Test func linksAreRelativeAndShortest() {
        #expect(SiteLinks.relative(from: "index.html", to: "2024-25/index.html") == "2024-25/index.html")
        #expect(SiteLinks.relative(from: "2024-25/action-plan.html", to: "2024-25/data/actions.csv") == "data/actions.csv")
        #expect(SiteLinks.relative(from: "2024-25/chapters/introduction.html", to: "2024-25/index.html") == "../index.html")
        #expect(SiteLinks.relative(from: "2011-14/chapters/introduction.html", to: "2024-25/chapters/introduction.html") == "../../2024-25/chapters/introduction.html")
        #expect(SiteLinks.relative(from: "2024-25/chapters/a.html", to: "2024-25/chapters/b.html") == "b.html")
        #expect(SiteLinks.relative(from: "2024-25/index.html", to: "") == "../")
        #expect(SiteLinks.relative(from: "index.html", to: "") == "")
    }
}
