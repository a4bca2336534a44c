import CSAModel
import Yams

/// Reads the two fields that say where an item's facts come from: `source:` (one source paper id, or
/// a list of them) and `illustrative:` (`true`, `false`, or a list of the item's field names that are
/// examples). When site.yml lists source papers, every item must either name one or be marked wholly
/// illustrative, so no fact is shown without one or the other.
enum ProvenanceField {
    static let names = ["source", "illustrative"]

    /// The item's provenance; `markable` are the field names `illustrative:` may list. Source ids are
    /// queued as references for `ReferenceChecker`.
    static func read(_ m: YAMLMapping, markable: [String], edition: String, requireIllustrative: Bool = false,
                     _ context: inout ReadContext) -> Provenance {
        var d = context.diagnostics
        defer { context.diagnostics = d }
        let sources = ids(m, "source", &d)
        context.refer(.source, sources, edition: edition, from: m.what)
        var parts: IllustrativeParts? = IllustrativeParts.none
        if let node = m.node("illustrative", required: false, &d) {
            parts = illustrative(node, m, markable: markable, &d)
        } else if m.isMisspelt("illustrative") {
            // Reported as an unknown field, with the name it should have: what it says is unknown.
            parts = nil
        } else if requireIllustrative {
            parts = nil
            d.error(m.location, "missing required field 'illustrative' in \(m.what)",
                    hint: "add 'illustrative: true' when the figures are examples, or 'illustrative: false' with 'source:' naming the paper that gives them")
        }
        // One mistake, one error: a missing or unreadable 'illustrative', or a 'source' written but wrong, is
        // not reported again here.
        if context.requireSources, !m.written("source"), let parts, parts != .all {
            d.error(m.location, "\(m.what) names no source and is not marked illustrative",
                    hint: "add 'source: <paper id>' naming a paper listed under 'sources' in site.yml, or 'illustrative: true' if it is an invented example")
        }
        return Provenance(sources: sources.map(\.value), illustrative: parts ?? .none)
    }

    /// `source:` as one id or a list of ids.
    static func ids(_ m: YAMLMapping, _ key: String, _ d: inout Diagnostics) -> [Located<String>] {
        guard let node = m.node(key, required: false, &d) else { return [] }
        if case .scalar = node { return m.id(key, required: false, &d).map { [$0] } ?? [] }
        return m.idList(key, &d)
    }

    private static func illustrative(_ node: Node, _ m: YAMLMapping, markable: [String], _ d: inout Diagnostics) -> IllustrativeParts? {
        let hint = "write 'illustrative: true', 'illustrative: false', or a list of the fields that are examples, such as [\(markable.prefix(3).joined(separator: ", "))]"
        switch node {
        case .scalar(let scalar) where scalar.string == "true": return .all
        case .scalar(let scalar) where scalar.string == "false": return IllustrativeParts.none
        case .sequence(let items):
            var fields: [String] = []
            // An entry that is not a field that can be marked leaves what is an example unknown: nil, so that
            // "names no source and is not marked illustrative" does not follow from the same mistake.
            var unknown = false
            for item in items {
                guard case .scalar(let scalar) = item else {
                    unknown = true
                    d.error(m.source.location(item), "each entry of 'illustrative' in \(m.what) must be a field name, but one is \(YAMLFile.describe(item))", hint: hint)
                    continue
                }
                let name = scalar.string
                guard markable.contains(name) else {
                    unknown = true
                    d.error(m.source.location(item), "'illustrative' in \(m.what) names '\(name)', which is not a field that can be marked",
                            hint: NearestName.hint(name, from: markable) ?? "the fields that can be marked are \(markable.joined(separator: ", "))")
                    continue
                }
                if fields.contains(name) {
                    d.error(m.source.location(item), "'illustrative' in \(m.what) names '\(name)' twice", hint: "list each field once")
                    continue
                }
                fields.append(name)
            }
            if items.isEmpty {
                d.error(m.source.location(node), "'illustrative' in \(m.what) is an empty list", hint: "write 'illustrative: false' when nothing is an example")
            }
            if unknown { return nil }
            return fields.isEmpty ? IllustrativeParts.none : (Set(fields) == Set(markable) ? .all : .fields(fields))
        default:
            d.error(m.source.location(node), "field 'illustrative' in \(m.what) must be true, false or a list of field names, but it is \(YAMLFile.describe(node))", hint: hint)
            return nil
        }
    }
}
