/// The words that say which drafted facts are examples. The site's rule holds in papers too: where
/// drafted text shows data marked `illustrative:`, the paper says so in words, beside the entry
/// ("(example)") and in a note under it.
enum ExampleNotes {
    /// Put after an entry (a lead, a due date, a status, a whole action) that is an example.
    static let mark = " (example)"

    /// The note under a list or table with marked entries.
    static let marked = "Entries marked (example) are examples, not facts reported in a published paper."

    /// The note under counts of statuses: `n` of the `total` statuses counted are examples.
    static func statuses(_ n: Int, of total: Int) -> String? {
        guard n > 0 else { return nil }
        if n == total { return total == 1 ? "This status is an example, not reported in a published paper."
            : "These statuses are all examples, not reported in a published paper." }
        return "The statuses of \(n) of these \(total) actions are examples, not reported in a published paper."
    }

    /// The note under measures: all or some of their figures are examples.
    static func figures(all: Bool) -> String {
        all ? "These figures are examples, not published statistics."
            : "Figures marked (example) are examples, not published statistics."
    }
}
