import CSAModel
import Foundation

/// Reads an edition's `edition.yml`: title, period, status, approval and the edition it supersedes.
enum EditionFileReader {
    static let fields = ["title", "period", "status", "approval", "supersedes"]

    /// The edition with no chapters or items yet, and where its `supersedes:` was written.
    static func read(_ url: URL, display: String, id: String, _ context: inout ReadContext) -> (Edition, Located<String>?)? {
        guard let text = context.text(of: url, display: display) else { return nil }
        let source = YAMLFile(file: display, lineOffset: 0)
        guard let root = context.yaml(text, in: source),
              let map = YAMLMapping(root, in: source, what: "edition.yml", allowed: fields, diagnostics: &context.diagnostics)
        else { return nil }
        var d = context.diagnostics
        defer { context.diagnostics = d }

        let title = map.string("title", &d)
        let period = map.mapping("period", what: "period", allowed: ["start", "end"], &d).flatMap { m -> Period? in
            // Both dates read before either is found wrong, so that two bad dates are two errors in one run.
            let start = m.date("start", &d), end = m.date("end", &d)
            guard let start, let end else { return nil }
            if end < start {
                d.error(m.location, "period ends (\(end)) before it starts (\(start))", hint: "swap 'start' and 'end'")
                return nil
            }
            return Period(start: start, end: end)
        }
        let status = map.choice("status", as: EditionStatus.self, &d)
        var approval: Approval?
        if let m = map.mapping("approval", what: "approval", allowed: ["date", "body", "source", "illustrative"], required: status == .approved, &d) {
            let date = m.date("date", &d)
            let body = m.id("body", &d)
            let marked = m.bool("illustrative", &d)
            let illustrative = marked ?? false
            let sources = ProvenanceField.ids(m, "source", &d)
            context.refer(.source, sources, edition: id, from: "the approval of edition \(id)")
            // Not when 'source' or 'illustrative' is written but wrong: that mistake was reported.
            if context.requireSources, !m.written("source"), marked == false || !m.written("illustrative"), status == .approved {
                d.error(m.location, "the approval of edition \(id) names no source and is not marked illustrative",
                        hint: "add 'source: <paper id>' naming the paper that reports the approval, or 'illustrative: true' if the date is a stand-in")
            }
            if let body { context.refer(.body, [body], edition: id, from: "the approval of edition \(id)") }
            if let date, let body { approval = Approval(date: date, body: body.value, illustrative: illustrative, sources: sources.map(\.value)) }
            if status == .draft {
                d.error(m.location, "a draft edition has no approval", hint: "remove 'approval', or set 'status: approved'")
            }
        }
        let supersedes = map.id("supersedes", required: false, &d)
        // Written but not read (reported): which edition this one supersedes is unknown, so its items'
        // `replaces:` cannot be checked, and are not reported as replacing with nothing to supersede.
        if supersedes == nil && map.written("supersedes") { context.markUnreadable(edition: id, kind: .supersededItem) }
        if let supersedes, supersedes.value == id {
            d.error(supersedes.location, "edition \(id) cannot supersede itself", hint: "name the previous edition's id")
        }
        guard let title, let period, let status else { return nil }
        let edition = Edition(id: id, title: title, period: period, status: status, approval: approval,
                              supersedes: supersedes?.value, location: source.start)
        return (edition, supersedes)
    }
}
