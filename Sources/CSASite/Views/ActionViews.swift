import CSAModel

/// The actions serving one priority.
struct ActionGroup {
    let anchor: String
    let title: String
    let href: String
    let countText: String
    let actions: [ActionView]
}

/// The action plan page: counts by status, then actions grouped by priority.
struct ActionPlanView {
    let frame: PageFrame
    let statusCounts: [StatusCount]
    let totalText: String
    let groups: [ActionGroup]
    let csvHref: String
    let jsonHref: String
}

/// Builds the action plan page.
enum ActionPages {
    /// Actions grouped under each priority, in the edition's order; an action serving two priorities appears under both.
    static func groups(_ edition: Edition, _ v: ViewBuilder, headingPrefix: String = "") -> [ActionGroup] {
        edition.priorities.map { priority in
            let actions = edition.actions.filter { $0.priorities.contains(priority.id) }
            return ActionGroup(anchor: "\(headingPrefix)actions-\(priority.id)", title: priority.title, href: v.href(.priority(edition.id, priority.id)),
                               countText: Wording.count(actions.count, "action"), actions: actions.map(v.action))
        }
    }

    static func actionPlan(_ edition: Edition, _ publication: Publication, frames: FrameBuilder) -> ActionPlanView {
        let page = SitePage.actionPlan(edition.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: "Action plan",
                                 description: "Every action of the \(edition.title) with its lead, due date, status and progress.",
                                 crumbs: [(edition.title, .editionHome(edition.id))])
        return ActionPlanView(frame: frame, statusCounts: v.statusCounts(edition.actions),
                              totalText: Wording.count(edition.actions.count, "action"), groups: groups(edition, v),
                              csvHref: v.href(path: "\(edition.id)/data/actions.csv"), jsonHref: v.href(path: "\(edition.id)/data/actions.json"))
    }
}
