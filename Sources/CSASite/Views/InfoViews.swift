import CSAModel

/// The edition metadata page: a summary list of everything known about the edition.
struct AboutView {
    let frame: PageFrame
    let rows: [SummaryRow]
    let bodies: [SummaryRow]
}

/// A dataset on the open data page.
struct DatasetView {
    let title: String
    let description: String
    let countText: String
    let files: DataLinks
    let schemaHref: String
}

/// The open data page of an edition.
struct DataView {
    let frame: PageFrame
    let datasets: [DatasetView]
    let licenceName: String
    let licenceURL: String
    let supersededBy: ItemLink?
    /// `all.json`, every dataset in one file, and its JSON Schema.
    let allHref: String
    let allSchemaHref: String
    /// One sentence per dataset that holds illustrative values.
    let illustrativeNotes: [String]
}

/// The search page: a form over every edition (Pagefind's index), the edition as a filter with the
/// page's own edition first; the chapter list is what readers without JavaScript use.
struct SearchView {
    let frame: PageFrame
    let chapters: [ItemLink]
    /// The folder of the editions' Pagefind indexes (`pagefind/<edition>/pagefind.js`), relative to this page.
    let indexesHref: String
    /// The editions to filter by, newest first; the page's own is selected.
    let editions: [SearchEditionOption]
}

/// One edition in the search page's filter.
struct SearchEditionOption {
    let id: String
    let label: String
    let selected: Bool
}

/// The accessibility statement.
struct AccessibilityView {
    let frame: PageFrame
    let contactName: String
    let contactEmail: String
    let contactPhone: String?
    let partnership: String
    /// "partially compliant".
    let complianceText: String
    let isFullyCompliant: Bool
    let problems: [String]
    let preparedText: String
    let reviewedText: String
}

/// The page shown for an address that does not exist; its links are absolute.
struct NotFoundView {
    let frame: PageFrame
    let currentEditionHref: String?
}

/// Builds the about, data, search, accessibility and not-found pages.
enum InfoPages {
    static func about(_ edition: Edition, _ publication: Publication, frames: FrameBuilder) -> AboutView {
        let page = SitePage.about(edition.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: "About this edition", description: "Metadata of the \(edition.title).",
                                 crumbs: [(edition.title, .editionHome(edition.id))])
        var rows = [
            SummaryRow(key: "Title", value: edition.title, href: nil),
            SummaryRow(key: "Edition", value: edition.id, href: nil),
            SummaryRow(key: "Period covered", value: Wording.period(edition.period), href: nil),
            SummaryRow(key: "Status", value: edition.status == .draft ? "Draft" : "Approved", href: nil),
            SummaryRow(key: "Approval", value: Wording.approval(edition, site: publication.site), href: nil),
        ]
        if let sources = edition.approval.flatMap({ MarkingWording.papers($0.sources, site: publication.site) }) {
            rows.append(SummaryRow(key: "Approval reported in", value: sources, href: nil))
        }
        rows += v.editionSequenceRows()
        if let previous = ChangesPages.previous(of: edition, in: publication) {
            rows.append(SummaryRow(key: "What changed", value: "What changed since the \(previous.title)", href: v.href(.changes(edition.id))))
        }
        rows += [
            SummaryRow(key: "Chapters", value: String(edition.chapters.count), href: nil),
            SummaryRow(key: "Priorities", value: String(edition.priorities.count), href: nil),
            SummaryRow(key: "Cross-cutting themes", value: String(edition.themes.count), href: v.href(.themes(edition.id))),
            SummaryRow(key: "Actions", value: String(edition.actions.count), href: v.href(.actionPlan(edition.id))),
            SummaryRow(key: "Measures", value: String(edition.measures.count), href: v.href(.measures(edition.id))),
            SummaryRow(key: "Owner", value: publication.site.partnership, href: nil),
            SummaryRow(key: "Licence", value: publication.site.licence.name, href: publication.site.licence.url),
        ]
        let leads = Set(edition.priorities.map(\.lead) + edition.themes.map(\.lead) + edition.actions.map(\.lead) + [edition.approval?.body].compactMap { $0 })
        let bodies = publication.site.bodies.filter { leads.contains($0.id) }
            .map { body in
                let source = MarkingWording.sources(body.sources, site: publication.site).map { " (\($0))" } ?? ""
                return SummaryRow(key: body.name + (body.abbreviation.map { " (\($0))" } ?? ""),
                                  value: body.role.map { $0 + source } ?? "No role is given in the source papers.", href: nil)
            }
        return AboutView(frame: frame, rows: rows, bodies: bodies)
    }

    static func data(_ edition: Edition, _ publication: Publication, frames: FrameBuilder, jsonLD: String) -> DataView {
        let page = SitePage.data(edition.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: "Open data",
                                 description: "The priorities, themes, actions and measures of the \(edition.title) as CSV and JSON.",
                                 crumbs: [(edition.title, .editionHome(edition.id))], jsonLD: jsonLD)
        let datasets = OpenDataSet.allCases.map { set in
            DatasetView(title: set.title, description: set.summary, countText: Wording.count(set.count(in: edition), set.rowNoun, set.rowNounPlural),
                        files: v.dataLinks(set),
                        schemaHref: v.href(path: set.schemaPath))
        }
        let next = publication.successor(of: edition.id).map { ItemLink(title: $0.title, href: v.href(.data($0.id)), detail: nil) }
        return DataView(frame: frame, datasets: datasets, licenceName: publication.site.licence.name,
                        licenceURL: publication.site.licence.url, supersededBy: next,
                        allHref: v.href(path: AllOpenData.path(edition.id)), allSchemaHref: v.href(path: AllOpenData.schemaPath),
                        illustrativeNotes: IllustrativeNotes.all(edition))
    }

    static func search(_ edition: Edition, _ publication: Publication, frames: FrameBuilder) -> SearchView {
        let page = SitePage.search(edition.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: "Search", description: "Search the chapters, priorities, themes, actions and measures of every edition of the \(publication.site.title).",
                                 crumbs: [(edition.title, .editionHome(edition.id))],
                                 scripts: ["assets/search.js"])
        let options = publication.editions.reversed().map {
            SearchEditionOption(id: $0.id, label: $0.title + ($0.status == .draft ? " (draft)" : ""), selected: $0.id == edition.id)
        }
        return SearchView(frame: frame, chapters: edition.chapters.map { ItemLink(title: $0.title, href: v.href(.chapter(edition.id, $0.id)), detail: $0.summary) },
                          indexesHref: v.href(path: "pagefind/"), editions: options)
    }

    static func accessibility(_ publication: Publication, frames: FrameBuilder) -> AccessibilityView {
        let site = publication.site
        return AccessibilityView(frame: frames.frame(for: .accessibility, title: "Accessibility statement",
                                                     description: "How accessible this website is, and how to report a problem."),
                                 contactName: site.accessibilityContact.name, contactEmail: site.accessibilityContact.email,
                                 contactPhone: site.accessibilityContact.phone, partnership: site.partnership,
                                 complianceText: site.accessibility?.compliance.sentence ?? "not yet assessed",
                                 isFullyCompliant: site.accessibility?.compliance == .full, problems: site.accessibility?.problems ?? [],
                                 preparedText: site.accessibility?.prepared.longForm ?? "", reviewedText: site.accessibility?.reviewed.longForm ?? "")
    }

    static func notFound(_ publication: Publication, frames: FrameBuilder) -> NotFoundView {
        NotFoundView(frame: frames.frame(for: .notFound, title: "Page not found",
                                         description: "The page you asked for does not exist.", absoluteLinks: true),
                     currentEditionHref: publication.latestApproved.map { frames.baseURL + SitePage.editionHome($0.id).path })
    }
}
