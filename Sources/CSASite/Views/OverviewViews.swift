import CSAModel

/// An edition's overview, shown on its own home page and, for the current edition, on the site's home.
struct EditionOverview {
    let id: String
    let title: String
    let periodText: String
    let approvalText: String
    let isDraft: Bool
    let rows: [SummaryRow]
    let priorities: [ItemLink]
    let themes: [ItemLink]
    let chapters: [ItemLink]
    let statusCounts: [StatusCount]
    let illustrativeNote: String?
    let actionCountText: String
    let actionPlanHref: String
    let measuresHref: String
    let documentHref: String
    let dataHref: String
    let aboutHref: String
    let priorityData: DataLinks
    let themeData: DataLinks
}

/// An edition in the list of all editions.
struct EditionListItem {
    let title: String
    let href: String
    let periodText: String
    let statusText: String
    let isDraft: Bool
    let isCurrent: Bool
}

/// The site's home page.
struct HomeView {
    let frame: PageFrame
    let overview: EditionOverview?
    let editions: [EditionListItem]
}

/// An edition's home page.
struct EditionView {
    let frame: PageFrame
    let overview: EditionOverview
}

extension ViewBuilder {
    func overview() -> EditionOverview {
        let e = edition.id
        let supersededBy = publication.successor(of: e)
        var rows = [
            SummaryRow(key: "Period", value: Wording.period(edition.period), href: nil),
            SummaryRow(key: "Status", value: edition.status == .draft ? "Draft" : "Approved", href: nil),
            SummaryRow(key: "Approval", value: Wording.approval(edition, site: site), href: nil),
        ]
        if let previous = edition.supersedes.flatMap(publication.edition) {
            rows.append(SummaryRow(key: "Replaces", value: previous.title, href: href(.editionHome(previous.id))))
        }
        if let supersededBy {
            rows.append(SummaryRow(key: "Followed by", value: supersededBy.title, href: href(.editionHome(supersededBy.id))))
        }
        return EditionOverview(
            id: e, title: edition.title, periodText: Wording.period(edition.period),
            approvalText: Wording.approval(edition, site: site), isDraft: edition.status == .draft, rows: rows,
            priorities: edition.priorities.map { ItemLink(title: $0.title, href: href(.priority(e, $0.id)), detail: "Lead: \(bodyName($0.lead))") },
            themes: edition.themes.map { ItemLink(title: $0.title, href: href(.themes(e), fragment: "theme-\($0.id)"), detail: nil) },
            chapters: edition.chapters.map { ItemLink(title: $0.title, href: href(.chapter(e, $0.id)), detail: $0.summary) },
            statusCounts: statusCounts(edition.actions).filter { $0.count > 0 },
            illustrativeNote: Wording.illustrativeActions(edition.actions),
            actionCountText: Wording.count(edition.actions.count, "action"),
            actionPlanHref: href(.actionPlan(e)), measuresHref: href(.measures(e)), documentHref: href(.document(e)),
            dataHref: href(.data(e)), aboutHref: href(.about(e)),
            priorityData: dataLinks(.priorities), themeData: dataLinks(.themes))
    }
}

/// Builds the home page and the edition home pages.
enum OverviewPages {
    static func home(_ publication: Publication, frames: FrameBuilder) -> HomeView {
        let latest = publication.latestApproved
        let frame = frames.frame(for: .home, title: publication.site.title,
                                 description: "The \(publication.site.title): the county's community safety priorities, action plan and measures, every edition.")
        let overview = latest.map { ViewBuilder(publication: publication, edition: $0, page: .home).overview() }
        let editions = publication.editions.reversed().map { e in
            EditionListItem(title: e.title, href: SiteLinks.relative(from: SitePage.home.path, to: SitePage.editionHome(e.id).path),
                            periodText: Wording.period(e.period),
                            statusText: e.status == .draft ? "Draft" : (e.id == latest?.id ? "Current" : "Superseded"),
                            isDraft: e.status == .draft, isCurrent: e.id == latest?.id)
        }
        return HomeView(frame: frame, overview: overview, editions: editions)
    }

    static func edition(_ edition: Edition, _ publication: Publication, frames: FrameBuilder) -> EditionView {
        let page = SitePage.editionHome(edition.id)
        let frame = frames.frame(for: page, title: edition.title,
                                 description: "Overview of the \(edition.title): period, approval, priorities, themes and chapters.")
        return EditionView(frame: frame, overview: ViewBuilder(publication: publication, edition: edition, page: page).overview())
    }
}
