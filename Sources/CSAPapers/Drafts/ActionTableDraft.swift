import CSAModel

/// `actions`: the actions of one priority (`priority=<id>`), or of the whole plan, as a table of
/// reference, action, lead, due date, status as a word, and latest progress update.
enum ActionTableDraft {
    static let header = ["Ref", "Action", "Lead", "Due", "Status", "Latest update"]

    /// The edition's actions that serve `priority` (every action when it is nil), in plan order.
    static func actions(of edition: Edition, priority: Priority?) -> [Action] {
        guard let priority else { return edition.actions }
        return edition.actions.filter { $0.priorities.contains(priority.id) }
    }

    static func draft(_ c: DraftContext) throws(DirectiveErrors) -> [PaperBlock] {
        let edition = try c.edition()
        let priority = try c.priority(in: edition)
        let actions = actions(of: edition, priority: priority)
        guard !actions.isEmpty else {
            return [c.paragraph(priority.map { "There are no actions for \($0.title) in the \(edition.title)." } ?? "The action plan of the \(edition.title) has no actions.")]
        }
        var marked = false
        let rows = actions.map { action -> [[Inline]] in
            let whole = action.provenance.illustrative == .all
            func mark(_ text: String, _ field: String) -> String {
                guard !whole, action.provenance.isIllustrative(field) else { return text }
                marked = true
                return text + ExampleNotes.mark
            }
            if whole { marked = true }
            let update = action.updates.last.map { "\($0.date.longForm): \(trimmed($0.text))" } ?? "None yet"
            return [
                action.id + (whole ? ExampleNotes.mark : ""),
                mark(trimmed(action.description), "description"),
                mark(DraftText.body(action.lead, in: c.publication), "lead"),
                mark(action.due.longForm, "due"),
                mark(action.status.label, "status"),
                mark(update, "updates"),
            ].map(c.cell)
        }
        let caption = priority.map { "Actions for \($0.title), \(edition.title)" } ?? "The action plan of the \(edition.title)"
        var blocks: [PaperBlock] = [.table(PaperTable(caption: caption, header: header, rows: rows, line: c.line))]
        if marked { blocks.append(c.paragraph(ExampleNotes.marked)) }
        return blocks
    }

    /// Text from YAML without the white space around it, its line breaks as spaces.
    static func trimmed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
