import CSAModel

/// What the open data page and the `Dataset` description say about illustrative values, following the
/// data: every one, how many of how many, or nothing when none is illustrative.
enum IllustrativeNotes {
    /// One sentence per kind of data that holds illustrative values.
    static func all(_ edition: Edition) -> [String] {
        [measures(edition.measures), actions(edition.actions)].compactMap { $0 }
    }

    static func measures(_ measures: [Measure]) -> String? {
        let n = measures.filter(\.illustrative).count
        guard n > 0 else { return nil }
        if n == measures.count {
            return n == 1 ? "The values of the one measure in this edition are illustrative, not published statistics."
                : "The values of every measure in this edition are illustrative, not published statistics."
        }
        return "The values of \(n) of the \(measures.count) measures in this edition are illustrative, not published statistics."
    }

    /// Actions are marked part by part (a lead, a due date, an update, or the whole action), so the note
    /// says which actions have example parts, not which parts; each action's page says that.
    static func actions(_ actions: [Action]) -> String? {
        let n = actions.filter(\.illustrative).count
        guard n > 0 else { return nil }
        let which = n == actions.count ? (n == 1 ? "the one action" : "every action") : "\(n) of the \(actions.count) actions"
        return "Parts of \(which) in this edition (such as a lead, a due date or a progress update) are examples, not reported by a source paper."
    }
}
