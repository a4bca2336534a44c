import CSAModel
import Foundation

/// Reads `actions.yml`: the edition's action plan with RAG statuses and dated progress updates.
enum ActionReader {
    static let fields = ["id", "priorities", "themes", "description", "lead", "due", "status", "updates"] + ProvenanceField.names
    /// The fields `illustrative:` may list.
    static let markable = ["priorities", "themes", "description", "lead", "due", "status", "updates"]

    static func read(_ url: URL, display: String, edition: String, _ context: inout ReadContext) -> [Action] {
        guard let (source, items) = context.listItems(of: url, display: display, noun: "action", plural: "actions") else { return [] }
        return items.compactMap { node in
            guard let m = YAMLMapping(node, in: source, what: "action", kind: "action", allowed: fields, diagnostics: &context.diagnostics)
            else { return nil }
            var d = context.diagnostics
            defer { context.diagnostics = d }
            let id = m.id("id", &d)
            context.declare("action id", id, edition: edition)
            let priorities = m.idList("priorities", required: true, &d)
            // Only an empty list ('[]'): a list that is not one, or whose ids are all wrong, was reported already.
            if case .sequence(let listed)? = m.node("priorities", required: false, &d), listed.isEmpty, let at = m.valueLocation("priorities") {
                d.error(at, "\(m.what) serves no priority", hint: "list at least one priority id under 'priorities'")
            }
            let themes = m.idList("themes", &d)
            let description = m.string("description", &d)
            let lead = m.id("lead", &d)
            let due = m.date("due", &d)
            let status = m.choice("status", as: ActionStatus.self, &d)
            var updates: [ProgressUpdate] = []
            for node in m.sequence("updates", required: false, &d) ?? [] {
                guard let u = YAMLMapping(node, in: source, what: "progress update of \(m.what)", allowed: ["date", "text"], diagnostics: &d)
                else { continue }
                let date = u.date("date", &d), text = u.string("text", &d)
                guard let date, let text else { continue }
                if let last = updates.last, date < last.date {
                    d.error(u.location, "progress updates of \(m.what) are out of order: \(date) comes after \(last.date)",
                            hint: "list updates oldest first")
                }
                updates.append(ProgressUpdate(date: date, text: text))
            }
            context.refer(.priority, priorities, edition: edition, from: m.what)
            context.refer(.theme, themes, edition: edition, from: m.what)
            if let lead { context.refer(.body, [lead], edition: edition, from: m.what) }
            context.diagnostics = d
            let provenance = ProvenanceField.read(m, markable: markable, edition: edition, &context)
            d = context.diagnostics
            guard let id, let description, let lead, let due, let status else { return nil }
            return Action(id: id.value, priorities: priorities.map(\.value), themes: themes.map(\.value), description: description,
                          lead: lead.value, due: due, status: status, updates: updates, provenance: provenance,
                          location: m.location)
        }
    }
}
