import CSAModel

/// Builds the `PageFrame` of any page: navigation, notices and the edition switcher all follow from
/// the publication and the page's place in it.
struct FrameBuilder {
    let publication: Publication
    let baseURL: String
    /// The ids written literally in the templates (`PageIDs.literal`), which headings must not take.
    let templateIDs: Set<String>
    /// `publication.latestApproved`, found once rather than on every page.
    let latest: Edition?
    /// Each edition's chapter ids, for the switcher's "is this chapter in that edition?".
    private let chapterIDs: [String: Set<String>]
    /// Each edition's place in `publication.editions`.
    private let editionIndex: [String: Int]
    /// `publication.itemHistories`, traced once for every history page.
    let itemHistories: [ItemHistory]

    /// The switcher lists every edition when there are at most this many; otherwise the editions nearest
    /// the page's own (`switcherReach` either side) and the current one, then a link to the list of all.
    static let switcherLimit = 12
    static let switcherReach = 3

    init(publication: Publication, baseURL: String, templateIDs: Set<String> = []) {
        self.publication = publication
        self.baseURL = baseURL
        self.templateIDs = templateIDs
        latest = publication.latestApproved
        chapterIDs = Dictionary(publication.editions.map { ($0.id, Set($0.chapters.map(\.id))) }, uniquingKeysWith: { a, _ in a })
        editionIndex = Dictionary(publication.editions.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        itemHistories = publication.itemHistories
    }

    /// `tabTitle`, when given, names the page in its `<title>` instead of `title` (the page's heading), so
    /// that two pages with one heading (the edition's overview and its whole document; a chapter and a page
    /// of csa's own called as it is) still have different titles (WCAG 2.4.2).
    func frame(for page: SitePage, title: String, tabTitle: String? = nil, description: String, current: String? = nil,
               crumbs: [(String, SitePage)] = [], jsonLD: String? = nil, scripts: [String] = [],
               absoluteLinks: Bool = false, stylesheet: String? = nil, printHead: String? = nil) -> PageFrame {
        let site = publication.site
        func href(_ path: String) -> String {
            absoluteLinks ? baseURL + path : SiteLinks.relative(from: page.path, to: path)
        }
        let edition = page.edition.flatMap(publication.edition)
        let context = edition?.title ?? site.title
        let named = tabTitle ?? title
        let docTitle = named == context ? named : "\(named) – \(context)"
        return PageFrame(
            lang: site.language,
            title: title,
            documentTitle: docTitle,
            description: description,
            siteTitle: site.title,
            partnership: site.partnership,
            root: absoluteLinks ? baseURL : SiteLinks.relative(from: page.path, to: ""),
            homeHref: href(SitePage.home.path),
            accessibilityHref: href(SitePage.accessibility.path),
            feedHref: href("feed.xml"),
            cssHref: href("assets/csa.css"),
            printCSSHref: href("assets/print.css"),
            canonical: baseURL + (page == .home ? "" : page.path),
            edition: edition.map { editionNav($0, page: page, href: href) },
            notice: edition.flatMap { notice(for: $0, page: page, href: href) },
            switcher: edition == nil ? [] : switcher(for: page, href: href),
            allEditionsHref: edition != nil && publication.editions.count > Self.switcherLimit ? href(SitePage.home.path) + "#editions-title" : nil,
            editionCountText: Wording.count(publication.editions.count, "edition"),
            breadcrumbs: page == .home ? [] : ([("Home", SitePage.home)] + crumbs).map { Crumb(text: $0.0, href: href($0.1.path)) },
            licenceName: site.licence.name,
            licenceURL: site.licence.url,
            jsonLD: jsonLD,
            scripts: scripts.map(href),
            search: searchFrame(for: page, edition: edition, href: href),
            printHeadCSS: CSSText.stringContent(printHead ?? (context + (edition?.status == .draft ? " (draft)" : ""))),
            papersHref: publication.papers.isEmpty ? nil : href(SitePage.papers.path),
            stylesheetHref: stylesheet.map(href)
        )
    }

    /// Search from this page: which pages are indexed and as what; the header's form goes to the search page of the page's edition, or of the current edition.
    private func searchFrame(for page: SitePage, edition: Edition?, href: (String) -> String) -> SearchFrame {
        let target = edition ?? latest ?? publication.editions.last
        let kind = SearchPages.kind(of: page)
        return SearchFrame(href: target.map { href(SitePage.search($0.id).path) } ?? href(SitePage.home.path),
                           indexed: kind != nil, kind: kind, preferredEdition: target?.id)
    }

    private func editionNav(_ edition: Edition, page: SitePage, href: (String) -> String) -> EditionNav {
        let e = edition.id
        let entries: [(String, SitePage)] = [
            ("Overview", .editionHome(e)), ("Action plan", .actionPlan(e)), ("Measures", .measures(e)),
            ("Themes", .themes(e)), ("Whole document", .document(e)), ("Open data", .data(e)),
            ("About this edition", .about(e)), ("Search", .search(e)),
        ]
        return EditionNav(id: e, title: edition.title, href: href(SitePage.editionHome(e).path), isDraft: edition.status == .draft,
                          periodText: Wording.period(edition.period),
                          links: entries.map { NavLink(text: $0.0, href: href($0.1.path), current: $0.1 == page) })
    }

    /// The same page in another edition, or nil when it has no counterpart there. A priority that was a
    /// cross-cutting theme in the other edition (or merged themes) leads to that theme on its themes page.
    func counterpart(of page: SitePage, in target: Edition) -> Counterpart? {
        guard let from = page.edition else { return nil }
        switch page {
        case .chapter(_, let id):
            return chapterIDs[target.id]?.contains(id) == true ? Counterpart(page.inEdition(target.id)) : nil
        case .priority(_, let id):
            let ids = publication.counterparts(of: id, from: from, in: target.id)
            // In the other edition's own order; more than one when the priority was split, or merged from several.
            let priorities = target.priorities.filter { ids.contains($0.id) }
            if let first = priorities.first {
                let note = priorities.count > 1
                    ? "in that edition this is \(priorities.count) priorities, \(EnglishList.and(priorities.map(\.title))); the link goes to the first" : nil
                return Counterpart(.priority(target.id, first.id), note: note)
            }
            return ids.first { target.theme($0) != nil }.map {
                Counterpart(.themes(target.id), fragment: "theme-\($0)", note: "in that edition this was a cross-cutting theme")
            }
        case .changes:
            return ChangesPages.previous(of: target, in: publication) == nil ? nil : Counterpart(page.inEdition(target.id))
        default:
            return Counterpart(page.inEdition(target.id))
        }
    }

    private func notice(for edition: Edition, page: SitePage, href: (String) -> String) -> Notice? {
        let target = latest.flatMap { l in counterpart(of: page, in: l) ?? Counterpart(.editionHome(l.id)) }
        if edition.status == .draft, let latest, latest.period.start > edition.period.start, let target {
            return Notice(isDraft: true, heading: "This draft has been superseded",
                          text: "This is a draft of the \(edition.title), kept here as it stood. Later editions have superseded it; "
                              + "the current edition is the \(latest.title).",
                          linkHref: href(target.path),
                          linkText: target.page == .editionHome(latest.id) ? "Go to the current edition, \(latest.title)"
                              : "Read this page in the current edition, \(latest.title)" + (target.note.map { " (\($0))" } ?? ""))
        }
        if edition.status == .draft {
            return Notice(isDraft: true, heading: "Draft edition",
                          text: "This is a draft of the \(edition.title). It has not been approved and may change before it is.",
                          linkHref: target.map { href($0.path) }, linkText: latest.map { "Read the current approved edition, \($0.title)" })
        }
        guard let latest, latest.id != edition.id, latest.period.start > edition.period.start, let target else { return nil }
        return Notice(isDraft: false, heading: "This edition has been superseded",
                      text: "The \(edition.title) is no longer current. It is kept here as a permanent record.",
                      linkHref: href(target.path),
                      linkText: target.page == .editionHome(latest.id) ? "Go to the current edition, \(latest.title)"
                          : "Read this page in the current edition, \(latest.title)" + (target.note.map { " (\($0))" } ?? ""))
    }

    private func switcher(for page: SitePage, href: (String) -> String) -> [SwitchLink] {
        switcherEditions(for: page).map { other in
            let target = counterpart(of: page, in: other)
            let label = other.title + (other.status == .draft ? " (draft)" : "") + (other.id == latest?.id ? " (current)" : "")
            return SwitchLink(label: label, href: href((target ?? Counterpart(.editionHome(other.id))).path), current: other.id == page.edition,
                              note: target == nil ? "this page is not in that edition; the link goes to its overview" : target?.note)
        }
    }

    /// The editions the switcher lists, newest first: all of them, or, past `switcherLimit`, those nearest the
    /// page's own edition and the current one, so that a page's size does not grow with the number of editions.
    private func switcherEditions(for page: SitePage) -> [Edition] {
        let editions = publication.editions
        guard editions.count > Self.switcherLimit, let here = page.edition.flatMap({ editionIndex[$0] }) else { return editions.reversed() }
        var picked = Set(max(0, here - Self.switcherReach)...min(editions.count - 1, here + Self.switcherReach))
        if let current = latest.flatMap({ editionIndex[$0.id] }) { picked.insert(current) }
        return picked.sorted(by: >).map { editions[$0] }
    }
}


/// Where a page leads in another edition: a page, perhaps a place on it, and what the switcher says about it.
struct Counterpart: Equatable {
    let page: SitePage
    let fragment: String?
    let note: String?

    init(_ page: SitePage, fragment: String? = nil, note: String? = nil) {
        self.page = page
        self.fragment = fragment
        self.note = note
    }

    /// The output path with the fragment, ready for `href`.
    var path: String { page.path + (fragment.map { "#\($0)" } ?? "") }
}
