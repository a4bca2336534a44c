import CSAModel

/// `action-summary`: how many actions have each status, as a sentence ("All 26 actions are in progress
/// (amber); none is red.") or a table of counts, for the whole action plan or one priority's actions.
enum ActionSummaryDraft {
    /// The order the sentence names statuses in: from done to not yet begun.
    static let sentenceOrder: [ActionStatus] = [.complete, .green, .amber, .red, .notStarted]

    static func draft(_ c: DraftContext) throws(DirectiveErrors) -> [PaperBlock] {
        let edition = try c.edition()
        let priority = try c.priority(in: edition)
        let actions = ActionTableDraft.actions(of: edition, priority: priority)
        var blocks: [PaperBlock]
        if c.form == "table" {
            let caption = "Actions by status, \(edition.title)" + (priority.map { ": \($0.title)" } ?? "")
            var rows = ActionStatus.allCases.map { status in
                [status.label, status.meaning.prefix(1).uppercased() + status.meaning.dropFirst(), String(actions.filter { $0.status == status }.count)]
            }
            rows.append(["Total", "", String(actions.count)])
            blocks = [.table(PaperTable(caption: caption, header: ["Status", "Meaning", "Actions"], rows: rows.map { $0.map(c.cell) }, line: c.line))]
        } else {
            blocks = [c.paragraph(sentence(actions.map(\.status), scope: priority?.title))]
        }
        let examples = actions.filter { $0.provenance.isIllustrative("status") }.count
        if let note = ExampleNotes.statuses(examples, of: actions.count) { blocks.append(c.paragraph(note)) }
        return blocks
    }

    /// The sentence for these statuses; `scope` names the priority when the count is of its actions only.
    static func sentence(_ statuses: [ActionStatus], scope: String?) -> String {
        let counts = sentenceOrder.map { status in (status, statuses.filter { $0 == status }.count) }.filter { $0.1 > 0 }
        let noneRed = statuses.contains(.red) ? "." : "; none is red."
        switch (statuses.count, counts.count) {
        case (0, _):
            return scope.map { "There are no actions for \($0)." } ?? "The action plan has no actions."
        case (1, _):
            return "The one action \(scope.map { "for \($0)" } ?? "in the plan") \(phrase(statuses[0], plural: false))."
        case (let n, 1):
            return "All \(n) actions\(scope.map { " for \($0)" } ?? "") \(phrase(statuses[0], plural: true))" + noneRed
        default:
            let parts = counts.map { "\($0.1) \(phrase($0.0, plural: $0.1 != 1))" }
            return "Of the \(statuses.count) actions\(scope.map { " for \($0)" } ?? ""), \(EnglishList.and(parts))" + noneRed
        }
    }

    /// "is in progress (amber)", "have not started".
    static func phrase(_ status: ActionStatus, plural: Bool) -> String {
        let be = plural ? "are" : "is"
        switch status {
        case .complete: return "\(be) complete"
        case .green: return "\(be) on track (green)"
        case .amber: return "\(be) in progress (amber)"
        case .red: return "\(be) unlikely to be completed (red)"
        case .notStarted: return plural ? "have not started" : "has not started"
        }
    }
}
