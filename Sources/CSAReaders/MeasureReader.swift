import CSAModel
import Foundation

/// Reads `measures.yml`: the proxy measures of each priority, with values by period.
enum MeasureReader {
    static let fields = ["id", "priority", "title", "unit", "better", "data_source", "values"] + ProvenanceField.names
    /// The fields `illustrative:` may list.
    static let markable = ["priority", "title", "unit", "better", "data_source", "values"]
    /// The largest value a measure may have (a million million): far beyond any count or rate a CSA reports,
    /// and small enough that every sum, difference and chart coordinate the writers work out stays exact.
    static let largestValue = 1e12

    static func read(_ url: URL, display: String, edition: String, _ context: inout ReadContext) -> [Measure] {
        guard let (source, items) = context.listItems(of: url, display: display, noun: "measure", plural: "measures") else { return [] }
        return items.compactMap { node in
            guard let m = YAMLMapping(node, in: source, what: "measure", kind: "measure", allowed: fields, diagnostics: &context.diagnostics)
            else { return nil }
            var d = context.diagnostics
            defer { context.diagnostics = d }
            let id = m.id("id", &d)
            context.declare("measure id", id, edition: edition)
            let priority = m.id("priority", &d)
            let title = m.string("title", &d)
            let unit = m.string("unit", &d)
            let better = m.choice("better", as: Direction.self, &d)
            let sourceName = m.string("data_source", &d)
            var values: [MeasureValue] = []
            var periods: [String: SourceLocation] = [:]
            let valueNodes = m.sequence("values", &d)
            if let valueNodes, valueNodes.isEmpty, let key = m.keyLocation("values") {
                d.error(key, "\(m.what) has no values", hint: "give at least one value: a '- period: ...' line with a 'value: ...' line under it")
            }
            for node in valueNodes ?? [] {
                guard let v = YAMLMapping(node, in: source, what: "value of \(m.what)", allowed: ["period", "value"], diagnostics: &d)
                else { continue }
                let period = v.string("period", &d), value = v.double("value", &d)
                guard let period, let value else { continue }
                if value < 0, let at = v.valueLocation("value") {
                    d.error(at, "\(m.what) has a negative value for period '\(period)': \(v.string("value", &d) ?? String(value))",
                            hint: "charts start at zero, so a value must be zero or more; check the figure")
                }
                if value > largestValue, let at = v.valueLocation("value") {
                    d.error(at, "\(m.what) has a value too large for period '\(period)': \(v.string("value", &d) ?? String(value))",
                            hint: "a value can be at most 1000000000000 (a million million); check the figure")
                }
                if let first = periods[period] {
                    d.error(v.location, "\(m.what) has two values for period '\(period)'", hint: "first given at \(first)")
                    continue
                }
                periods[period] = v.location
                values.append(MeasureValue(period: period, value: value))
            }
            if let priority { context.refer(.priority, [priority], edition: edition, from: m.what) }
            context.diagnostics = d
            let provenance = ProvenanceField.read(m, markable: markable, edition: edition, requireIllustrative: true, &context)
            d = context.diagnostics
            guard let id, let priority, let title, let unit, let better, let sourceName else { return nil }
            return Measure(id: id.value, priority: priority.value, title: title, unit: unit, better: better, values: values,
                           source: sourceName, provenance: provenance, location: m.location)
        }
    }
}
