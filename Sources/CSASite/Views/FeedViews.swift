import CSAModel

/// `sitemap.xml`: every page but the 404, with absolute addresses.
struct SitemapView {
    struct URLEntry { let loc: String }
    let urls: [URLEntry]
}

/// `feed.xml`: an Atom feed with one entry per edition, newest first, dated by content, never by the clock.
struct FeedView {
    struct Entry {
        let id: String
        let title: String
        let link: String
        let updated: String
        let summary: String
    }

    let id: String
    let title: String
    let selfLink: String
    let homeLink: String
    let updated: String
    let author: String
    let entries: [Entry]

    init(_ publication: Publication, baseURL: String) {
        func stamp(_ e: Edition) -> String { "\((e.approval?.date ?? e.period.start).description)T00:00:00Z" }
        let editions = publication.editions.sorted { (stamp($0), $0.id) > (stamp($1), $1.id) }
        id = baseURL
        title = publication.site.title
        selfLink = baseURL + "feed.xml"
        homeLink = baseURL
        author = publication.site.partnership
        updated = editions.first.map(stamp) ?? "1970-01-01T00:00:00Z"
        entries = editions.map { e in
            Entry(id: baseURL + SitePage.editionHome(e.id).path, title: e.title + (e.status == .draft ? " (draft)" : ""),
                  link: baseURL + SitePage.editionHome(e.id).path, updated: stamp(e),
                  summary: "\(Wording.period(e.period)). \(Wording.approval(e, site: publication.site)). "
                    + "\(Wording.count(e.priorities.count, "priority", "priorities")), \(Wording.count(e.themes.count, "cross-cutting theme")), \(Wording.count(e.actions.count, "action")).")
        }
    }
}
