import CSAModel
import Yams

/// Reads the parts of `site.yml` that say where the content comes from and what the accessibility
/// statement must state: `sources`, `unpublished_editions` and `accessibility_statement`.
extension SiteReader {
    /// `sources`: the papers facts are taken from, each naming the body it went to. A source that could not be
    /// read is marked unreadable in `context` (by its id, or, without a valid id, every source), so that the
    /// `source:` fields naming it are not reported again.
    static func readSources(_ map: YAMLMapping, bodies: [Body], _ d: inout Diagnostics, _ context: inout ReadContext) -> [SourcePaper] {
        var papers: [SourcePaper] = []
        var seen: [String: SourceLocation] = [:]
        let nodes = map.sequence("sources", required: false, &d)
        if nodes == nil, map.written("sources") { context.markUnreadable(edition: "site", kind: .source) }
        for node in nodes ?? [] {
            guard let m = YAMLMapping(node, in: map.source, what: "source", kind: "source", allowed: ["id", "title", "body", "date"],
                                      diagnostics: &d) else {
                context.markUnreadable(edition: "site", kind: .source)
                continue
            }
            let id = m.id("id", &d)
            if id == nil { context.markUnreadable(edition: "site", kind: .source) }
            let title = m.string("title", &d)
            let body = m.id("body", &d)
            let date = m.date("date", &d)
            if let body, !bodies.isEmpty, !bodies.contains(where: { $0.id == body.value }),
               !context.isUnreadable(edition: "site", kind: .body, id: body.value) {
                d.error(body.location, "\(m.what) names body '\(body.value)', which site.yml does not list",
                        hint: SiteReader.unknownBodyHint(body.value, bodies.map(\.id)))
            }
            guard let id, let title, let body, let date else {
                if let id { context.markUnreadable(edition: "site", kind: .source, id: id.value) }
                continue
            }
            if let first = seen[id.value] {
                d.error(id.location, "duplicate source id '\(id.value)'", hint: "first defined at \(first)")
                continue
            }
            seen[id.value] = id.location
            papers.append(SourcePaper(id: id.value, title: title, body: body.value, date: date, location: m.location))
        }
        return papers
    }

    /// `unpublished_editions`: editions that existed between published ones; `after` is checked against the editions later.
    /// `isSource` says whether an id names a source, read or not.
    static func readUnpublished(_ map: YAMLMapping, sources: [SourcePaper], isSource: (String) -> Bool,
                                _ d: inout Diagnostics) -> [UnpublishedEditions] {
        var result: [UnpublishedEditions] = []
        for node in map.sequence("unpublished_editions", required: false, &d) ?? [] {
            guard let m = YAMLMapping(node, in: map.source, what: "unpublished editions", kind: "unpublished editions after", idKey: "after",
                                      allowed: ["after", "period", "note", "source"], diagnostics: &d)
            else { continue }
            let after = m.id("after", &d)
            let period = m.mapping("period", what: "period of unpublished editions", allowed: ["start", "end"], &d).flatMap { p -> Period? in
                let start = p.date("start", &d), end = p.date("end", &d)
                guard let start, let end else { return nil }
                if end < start {
                    d.error(p.location, "period ends (\(end)) before it starts (\(start))", hint: "swap 'start' and 'end'")
                    return nil
                }
                return Period(start: start, end: end)
            }
            let note = m.string("note", &d)
            let ids = ProvenanceField.ids(m, "source", &d)
            for id in ids where !sources.isEmpty && !isSource(id.value) {
                d.error(id.location, "unpublished editions name source '\(id.value)', which site.yml does not list under 'sources'",
                        hint: SiteReader.unknownSourceHint(id.value, sources.map(\.id)))
            }
            if !m.written("source"), m.has("note") {
                d.error(m.location, "unpublished editions name no source",
                        hint: "add 'source: <paper id>' naming the paper that shows these editions existed")
            }
            guard let after, let period, let note else { continue }
            result.append(UnpublishedEditions(after: after.value, period: period, note: note, sources: ids.map(\.value), location: after.location))
        }
        return result
    }

    /// `accessibility_statement`: compliance, known problems and the statement's dates, so the page never depends on the build time.
    static func readStatement(_ map: YAMLMapping, _ d: inout Diagnostics) -> AccessibilityStatement? {
        guard let m = map.mapping("accessibility_statement", what: "accessibility_statement",
                                  allowed: ["compliance", "problems", "prepared", "reviewed"], &d) else { return nil }
        let compliance = m.choice("compliance", as: Compliance.self, &d)
        var problems: [String] = []
        for node in m.sequence("problems", &d) ?? [] {
            guard case .scalar(let scalar) = node else {
                d.error(m.source.location(node), "each entry of 'problems' in accessibility_statement must be text, but one is \(YAMLFile.describe(node))",
                        hint: "write one '- problem and why' line per problem")
                continue
            }
            problems.append(scalar.string)
        }
        let prepared = m.date("prepared", &d)
        let reviewed = m.date("reviewed", &d)
        if let prepared, let reviewed, reviewed < prepared, let at = m.valueLocation("reviewed") {
            d.error(at, "the accessibility statement was reviewed (\(reviewed)) before it was prepared (\(prepared))",
                    hint: "'reviewed' is the date of the latest review, on or after 'prepared'")
        }
        guard let compliance, let prepared, let reviewed else { return nil }
        return AccessibilityStatement(compliance: compliance, problems: problems, prepared: prepared, reviewed: reviewed)
    }
}
