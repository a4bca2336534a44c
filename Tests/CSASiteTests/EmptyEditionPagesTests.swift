import CSAModel
@testable import CSASite
import Testing

/// An edition with no themes, actions or measures yet says so in words on each page, rather than showing
/// an empty list, an empty contents or a plan of "0 actions".
@Suite struct EmptyEditionPagesTests {
    static func pages() throws -> [String: String] {
        var publication = HostilePublication.make()
        publication.editions[0].themes = []
        publication.editions[0].actions = []
        publication.editions[0].measures = []
        publication.editions[0].priorities[0].themes = []
        let files = try SiteWriter(theme: HostilePublication.theme()).write(publication)
        return Dictionary(uniqueKeysWithValues: files.filter { $0.path.hasSuffix(".html") }.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func emptyPartsAreSaidInWords() throws {
        let pages = try Self.pages()
        let themes = try #require(pages["2024-25/themes.html"])
        #expect(themes.contains("<p>This edition names no cross-cutting themes.</p>"))
        #expect(!themes.contains("aria-labelledby=\"contents-title\""))
        let measures = try #require(pages["2024-25/measures.html"])
        #expect(measures.contains("<p>This edition has no measures.</p>"))
        let plan = try #require(pages["2024-25/action-plan.html"])
        #expect(plan.contains("This edition has no action plan yet: it lists no actions."))
        #expect(!plan.contains("The partnership's action plan: 0 actions"))
        let overview = try #require(pages["2024-25/index.html"])
        #expect(overview.contains("<p>This edition names no cross-cutting themes.</p>"))
        for (path, html) in pages {
            #expect(!html.contains("<ol>\n</ol>") && !html.contains("<ul class=\"link-list\">\n</ul>") && !html.contains("<ol class=\"contents__list\">\n</ol>"),
                    "\(path) has an empty list")
        }
    }
}
