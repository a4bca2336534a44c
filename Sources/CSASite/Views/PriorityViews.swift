import CSAModel

/// A priority's page: what it is, who leads, its themes, actions and measures.
struct PriorityView {
    let frame: PageFrame
    let descriptionHTML: String
    let leadName: String
    let continuity: String?
    /// Its line on the edition's history page.
    let historyHref: String
    let marking: Marking
    let themes: [ItemLink]
    /// True when which themes support it is an example.
    let themesIllustrative: Bool
    let actions: [ActionView]
    let statusCounts: [StatusCount]
    let illustrativeNote: String?
    let measures: [ItemLink]
    let pagination: Pagination
    let priorityData: DataLinks
    let actionPlanHref: String
    let measuresHref: String
}

/// One cross-cutting theme on the themes page.
struct ThemeView {
    let anchor: String
    let title: String
    let descriptionHTML: String
    let leadName: String
    let continuity: String?
    /// Its line on the edition's history page.
    let historyHref: String
    let marking: Marking
    let priorities: [ItemLink]
    /// True when which priorities it supports comes from priorities whose `themes` are examples.
    let prioritiesIllustrative: Bool
    let actions: [ActionView]
}

/// The page listing every cross-cutting theme of an edition.
struct ThemesView {
    let frame: PageFrame
    let themes: [ThemeView]
    let illustrativeNote: String?
    let themeData: DataLinks
    let historyHref: String
}

/// Builds priority pages and the themes page.
enum PriorityPages {
    static func priority(_ index: Int, of edition: Edition, _ publication: Publication, frames: FrameBuilder) -> PriorityView {
        let priority = edition.priorities[index]
        let page = SitePage.priority(edition.id, priority.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: priority.title, description: "The \(priority.title) priority of the \(edition.title).",
                                 crumbs: [(edition.title, .editionHome(edition.id))])
        let actions = edition.actions.filter { $0.priorities.contains(priority.id) }
        let measures = edition.measures.filter { $0.priority == priority.id }
        func link(_ i: Int) -> ItemLink? {
            edition.priorities.indices.contains(i)
                ? ItemLink(title: edition.priorities[i].title, href: v.href(.priority(edition.id, edition.priorities[i].id)), detail: nil) : nil
        }
        let actionViews = actions.map { v.action($0) }
        var anchors = frames.headingAnchors(reserving: actionViews.map(\.anchor))
        return PriorityView(
            frame: frame, descriptionHTML: v.html(priority.description, levelOffset: 1, anchors: &anchors), leadName: v.leadName(priority.lead, priority.provenance),
            continuity: v.continuity(id: priority.id, replaces: priority.replaces),
            historyHref: HistoryPages.historyLink(.priority, priority.id, v),
            marking: MarkingWording.marking(priority.provenance, noun: "priority", site: publication.site), themes: priority.themes.map(v.themeLink),
            themesIllustrative: priority.provenance.isIllustrative("themes"),
            actions: actionViews, statusCounts: v.statusCounts(actions).filter { $0.count > 0 },
            illustrativeNote: Wording.illustrativeActions(actions),
            measures: measures.map { ItemLink(title: $0.title, href: v.href(.measures(edition.id), fragment: "measure-\($0.id)"),
                                              detail: $0.illustrative ? "Example figures" : nil) },
            pagination: Pagination(label: "Priorities", noun: "priority", previous: link(index - 1), next: link(index + 1)),
            priorityData: v.dataLinks(.priorities),
            actionPlanHref: v.href(.actionPlan(edition.id)), measuresHref: v.href(.measures(edition.id)))
    }

    static func themes(_ edition: Edition, _ publication: Publication, frames: FrameBuilder) -> ThemesView {
        let page = SitePage.themes(edition.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: "Cross-cutting themes",
                                 description: "The cross-cutting themes that support the priorities of the \(edition.title).",
                                 crumbs: [(edition.title, .editionHome(edition.id))])
        let actions = edition.themes.map { theme in
            edition.actions.filter { $0.themes.contains(theme.id) }.map { v.action($0, anchorPrefix: "theme-\(theme.id)-") }
        }
        // One set of anchors for the page, so a heading in one description cannot take a theme's or an action's id.
        var anchors = frames.headingAnchors(reserving: edition.themes.map { "theme-\($0.id)" } + actions.flatMap { $0.map(\.anchor) })
        let themes = zip(edition.themes, actions).map { theme, actions in
            ThemeView(anchor: "theme-\(theme.id)", title: theme.title,
                      descriptionHTML: v.html(theme.description, levelOffset: 2, idPrefix: "theme-\(theme.id)-", anchors: &anchors),
                      leadName: v.leadName(theme.lead, theme.provenance), continuity: v.continuity(id: theme.id, replaces: theme.replaces),
                      historyHref: HistoryPages.historyLink(.theme, theme.id, v),
                      marking: MarkingWording.marking(theme.provenance, noun: "theme", site: publication.site),
                      priorities: edition.priorities.filter { $0.themes.contains(theme.id) }.map { v.priorityLink($0.id) },
                      prioritiesIllustrative: edition.priorities.contains { $0.themes.contains(theme.id) && $0.provenance.isIllustrative("themes") },
                      actions: actions)
        }
        let themed = edition.actions.filter { !$0.themes.isEmpty }
        return ThemesView(frame: frame, themes: themes, illustrativeNote: Wording.illustrativeActions(themed), themeData: v.dataLinks(.themes),
                          historyHref: v.href(.history(edition.id)))
    }
}
