import CSAModel

/// A link to an action listed elsewhere on the same page, saying what it is and where it is listed.
struct ActionLink {
    let id: String
    let href: String
    let description: String
    let listedUnder: String
}

/// A group of the action plan: the actions listed under one priority, or those serving every priority.
struct ActionGroup {
    let anchor: String
    let title: String
    /// The priority's page; nil for the group of actions serving every priority.
    let href: String?
    /// "8 actions": every action serving the priority, wherever it is listed.
    let totalText: String
    /// How many are listed here and how many elsewhere.
    let countText: String
    let actions: [ActionView]
    /// Actions listed in another group that also serve this priority.
    let alsoServing: [ActionLink]
}

/// The action plan page: counts by status, then actions grouped by priority.
struct ActionPlanView {
    let frame: PageFrame
    let statusCounts: [StatusCount]
    let illustrativeNote: String?
    let totalText: String
    /// Whether the edition lists any action (an edition may have none yet).
    let hasActions: Bool
    let groups: [ActionGroup]
    let actionData: DataLinks
}

/// Builds the action plan page.
enum ActionPages {
    /// Each action once: under the first priority it names, or, when it serves every priority of the
    /// edition, in a last group of its own. Each other priority an action serves links to it.
    /// `anchorPrefix` keeps anchors unique when the plan is part of a longer page.
    static func groups(_ edition: Edition, _ v: ViewBuilder, anchorPrefix: String = "") -> [ActionGroup] {
        let everyAnchor = "\(anchorPrefix)actions-for-every-priority", everyTitle = "Actions serving every priority"
        let allPriorities = Set(edition.priorities.map(\.id))
        let servesEvery = { (action: Action) in edition.priorities.count > 1 && Set(action.priorities) == allPriorities }
        /// The priority an action is listed under: the first it names; nil when it serves every priority.
        func listedUnder(_ action: Action) -> String? { servesEvery(action) ? nil : action.priorities.first }
        var groups = edition.priorities.map { priority in
            let serving = edition.actions.filter { $0.priorities.contains(priority.id) }
            let own = serving.filter { listedUnder($0) == priority.id }
            let elsewhere = serving.filter { listedUnder($0) != priority.id }.map { action in
                let home = listedUnder(action).map { edition.priority($0)?.title ?? $0 } ?? everyTitle
                return ActionLink(id: action.id, href: "#\(anchorPrefix)action-\(action.id)", description: action.description, listedUnder: home)
            }
            return ActionGroup(anchor: "\(anchorPrefix)actions-\(priority.id)", title: priority.title, href: v.href(.priority(edition.id, priority.id)),
                               totalText: Wording.count(serving.count, "action"), countText: countText(here: own.count, elsewhere: elsewhere.count),
                               actions: own.map { v.action($0, anchorPrefix: anchorPrefix) }, alsoServing: elsewhere)
        }
        let every = edition.actions.filter(servesEvery)
        if !every.isEmpty {
            groups.append(ActionGroup(anchor: everyAnchor, title: everyTitle, href: nil, totalText: Wording.count(every.count, "action"),
                                      countText: Wording.count(every.count, "action"),
                                      actions: every.map { v.action($0, anchorPrefix: anchorPrefix) }, alsoServing: []))
        }
        return groups
    }

    /// "3 actions", "3 actions listed here, and 5 listed elsewhere that also serve this priority".
    static func countText(here: Int, elsewhere: Int) -> String {
        switch (here, elsewhere) {
        case (_, 0): return Wording.count(here, "action")
        case (0, _): return "\(Wording.count(elsewhere, "action")) listed elsewhere that serve this priority"
        default: return "\(Wording.count(here, "action")) listed here, and \(elsewhere) listed elsewhere that also serve this priority"
        }
    }

    static func actionPlan(_ edition: Edition, _ publication: Publication, frames: FrameBuilder) -> ActionPlanView {
        let page = SitePage.actionPlan(edition.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: "Action plan",
                                 description: "Every action of the \(edition.title) with its lead, due date, status and progress.",
                                 crumbs: [(edition.title, .editionHome(edition.id))])
        return ActionPlanView(frame: frame, statusCounts: v.statusCounts(edition.actions),
                              illustrativeNote: Wording.illustrativeActions(edition.actions),
                              totalText: Wording.count(edition.actions.count, "action"), hasActions: !edition.actions.isEmpty,
                              groups: groups(edition, v), actionData: v.dataLinks(.actions))
    }
}
