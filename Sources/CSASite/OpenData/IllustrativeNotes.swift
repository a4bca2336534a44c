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

    static func actions(_ actions: [Action]) -> String? {
        let n = actions.filter(\.illustrative).count
        guard n > 0 else { return nil }
        if n == actions.count {
            return n == 1 ? "The status and progress updates of the one action in this edition are illustrative: examples, not reported progress."
                : "The statuses and progress updates of every action in this edition are illustrative: examples, not reported progress."
        }
        return "The statuses and progress updates of \(n) of the \(actions.count) actions in this edition are illustrative: examples, not reported progress."
    }
}
