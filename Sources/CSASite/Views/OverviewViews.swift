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
    /// The papers the priorities and themes are taken from.
    let itemsSourceText: String?
    let themes: [ItemLink]
    let chapters: [ItemLink]
    /// The appendices, listed after the chapters.
    let appendices: [ItemLink]
    let statusCounts: [StatusCount]
    let illustrativeNote: String?
    let actionCountText: String
    let actionPlanHref: String
    let measuresHref: String
    let documentHref: String
    let dataHref: String
    let aboutHref: String
    /// The "What changed" page and the edition it compares with; nil for an edition that supersedes none published here.
    let changes: ItemLink?
    let priorityData: DataLinks
    let themeData: DataLinks
}

/// An edition in the list of all editions, or a stretch of editions that are not published here.
struct EditionListItem {
    let title: String
    /// Nil for editions not published here.
    let href: String?
    let periodText: String
    let statusText: String
    let isDraft: Bool
    let isCurrent: Bool
    let isUnpublished: Bool
    /// What is known of unpublished editions, and the papers that show they existed.
    let note: String?
    let sourceText: String?
}

/// Editions between two published ones that existed but are not published here.
struct UnpublishedView {
    /// "Editions covering 1 April 2014 to 31 March 2018, between the ... and the ..."
    let text: String
    let note: String
    let sourceText: String?

    init(_ gap: UnpublishedEditions, _ publication: Publication) {
        let before = publication.edition(gap.after)
        let after = publication.successor(of: gap.after)
        text = "The editions covering \(Wording.period(gap.period))"
            + (before.map { ", after the \($0.title)" } ?? "")
            + (after.map { " and before the \($0.title)" } ?? "")
            + ", are not published here."
        note = gap.note
        sourceText = MarkingWording.sources(gap.sources, site: publication.site)
    }
}

/// The site's home page.
struct HomeView {
    let frame: PageFrame
    let overview: EditionOverview?
    let editions: [EditionListItem]
    let hasUnpublished: Bool
    /// The list of committee papers; nil when there are none.
    let papersHref: String?
}

/// An edition's home page.
struct EditionView {
    let frame: PageFrame
    let overview: EditionOverview
}

extension ViewBuilder {
    func overview() -> EditionOverview {
        let e = edition.id
        var rows = [
            SummaryRow(key: "Period", value: Wording.period(edition.period), href: nil),
            SummaryRow(key: "Status", value: edition.status == .draft ? "Draft" : "Approved", href: nil),
            SummaryRow(key: "Approval", value: Wording.approval(edition, site: site), href: nil),
        ]
        rows += editionSequenceRows()
        return EditionOverview(
            id: e, title: edition.title, periodText: Wording.period(edition.period),
            approvalText: Wording.approval(edition, site: site), isDraft: edition.status == .draft, rows: rows,
            priorities: edition.priorities.map { ItemLink(title: $0.title, href: href(.priority(e, $0.id)), detail: "Lead: \(leadName($0.lead, $0.provenance))") },
            itemsSourceText: MarkingWording.sources((edition.priorities.flatMap(\.provenance.sources) + edition.themes.flatMap(\.provenance.sources)).uniquedList(), site: site),
            themes: edition.themes.map { ItemLink(title: $0.title, href: href(.themes(e), fragment: "theme-\($0.id)"), detail: nil) },
            chapters: edition.chapters.filter { $0.appendix == nil }.map { ItemLink(title: $0.title, href: href(.chapter(e, $0.id)), detail: $0.summary) },
            appendices: edition.chapters.compactMap { c in
                c.appendix.map { ItemLink(title: "Appendix \($0): \(c.title)", href: href(.chapter(e, c.id)), detail: c.summary) }
            },
            statusCounts: statusCounts(edition.actions).filter { $0.count > 0 },
            illustrativeNote: Wording.illustrativeActions(edition.actions),
            actionCountText: Wording.count(edition.actions.count, "action"),
            actionPlanHref: href(.actionPlan(e)), measuresHref: href(.measures(e)), documentHref: href(.document(e)),
            dataHref: href(.data(e)), aboutHref: href(.about(e)),
            changes: ChangesPages.previous(of: edition, in: publication).map { ItemLink(title: $0.title, href: href(.changes(e)), detail: nil) },
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
        var editions: [EditionListItem] = []
        for e in publication.editions {
            editions.append(EditionListItem(title: e.title, href: SiteLinks.relative(from: SitePage.home.path, to: SitePage.editionHome(e.id).path),
                                            periodText: Wording.period(e.period),
                                            statusText: e.status == .draft ? "Draft" : (e.id == latest?.id ? "Current" : "Superseded"),
                                            isDraft: e.status == .draft, isCurrent: e.id == latest?.id, isUnpublished: false,
                                            note: nil, sourceText: nil))
            for gap in publication.site.unpublished where gap.after == e.id {
                let view = UnpublishedView(gap, publication)
                editions.append(EditionListItem(title: "Editions not published here", href: nil, periodText: Wording.period(gap.period),
                                                statusText: "Not published here", isDraft: false, isCurrent: false, isUnpublished: true,
                                                note: view.note, sourceText: view.sourceText))
            }
        }
        return HomeView(frame: frame, overview: overview, editions: editions.reversed(), hasUnpublished: !publication.site.unpublished.isEmpty,
                        papersHref: frame.papersHref)
    }

    static func edition(_ edition: Edition, _ publication: Publication, frames: FrameBuilder) -> EditionView {
        let page = SitePage.editionHome(edition.id)
        let frame = frames.frame(for: page, title: edition.title,
                                 description: "Overview of the \(edition.title): period, approval, priorities, themes and chapters.")
        return EditionView(frame: frame, overview: ViewBuilder(publication: publication, edition: edition, page: page).overview())
    }
}

extension ViewBuilder {
    /// The rows naming the previous and next published editions, and the unpublished editions between.
    func editionSequenceRows() -> [SummaryRow] {
        var rows: [SummaryRow] = []
        if let previous = edition.supersedes.flatMap(publication.edition) {
            let gap = site.unpublished.first { $0.after == previous.id }
            rows.append(SummaryRow(key: gap == nil ? "Replaces" : "Previous edition published here", value: previous.title,
                                   href: href(.editionHome(previous.id))))
            if let gap { rows.append(SummaryRow(key: "Earlier editions not published here", value: UnpublishedView(gap, publication).text, href: nil)) }
        }
        if let next = publication.successor(of: edition.id) {
            let gap = site.unpublished.first { $0.after == edition.id }
            if let gap { rows.append(SummaryRow(key: "Later editions not published here", value: UnpublishedView(gap, publication).text, href: nil)) }
            rows.append(SummaryRow(key: gap == nil ? "Followed by" : "Next edition published here", value: next.title, href: href(.editionHome(next.id))))
        }
        return rows
    }
}
