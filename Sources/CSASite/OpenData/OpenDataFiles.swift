import CSAModel
import Foundation

/// The CSV and JSON files of one edition's open data, built from the model.
struct OpenDataFiles {
    let publication: Publication
    let edition: Edition

    private func name(_ body: String) -> String { publication.site.body(body)?.name ?? body }

    func csv(_ set: OpenDataSet) -> String {
        let e = edition
        switch set {
        case .priorities:
            var t = CSVTable(header: ["edition", "id", "title", "lead_id", "lead", "themes", "replaces", "description"])
            t.rows = e.priorities.map { [e.id, $0.id, $0.title, $0.lead, name($0.lead), $0.themes.joined(separator: ";"),
                                         $0.replaces.joined(separator: ";"), $0.description.plainText] }
            return t.text
        case .themes:
            var t = CSVTable(header: ["edition", "id", "title", "lead_id", "lead", "replaces", "description"])
            t.rows = e.themes.map { [e.id, $0.id, $0.title, $0.lead, name($0.lead), $0.replaces.joined(separator: ";"), $0.description.plainText] }
            return t.text
        case .actions:
            var t = CSVTable(header: ["edition", "id", "priorities", "themes", "description", "lead_id", "lead", "due", "status",
                                      "illustrative", "latest_update_date", "latest_update"])
            t.rows = e.actions.map { [e.id, $0.id, $0.priorities.joined(separator: ";"), $0.themes.joined(separator: ";"), $0.description,
                                      $0.lead, name($0.lead), $0.due.description, $0.status.rawValue,
                                      $0.illustrative ? "true" : "false", $0.updates.last?.date.description ?? "", $0.updates.last?.text ?? ""] }
            return t.text
        case .measures:
            var t = CSVTable(header: ["edition", "measure_id", "priority", "title", "unit", "better", "source", "illustrative", "period", "value"])
            t.rows = e.measures.flatMap { m in
                m.values.map { [e.id, m.id, m.priority, m.title, m.unit, m.better.rawValue, m.source, m.illustrative ? "true" : "false",
                                $0.period, Wording.number($0.value).replacingOccurrences(of: ",", with: "")] }
            }
            return t.text
        }
    }

    func json(_ set: OpenDataSet, baseURL: String) -> String {
        let e = edition
        var file = JSONFile(edition: e.id, title: e.title, status: e.status.rawValue,
                            period: .init(start: e.period.start.description, end: e.period.end.description),
                            supersedes: e.supersedes, supersededBy: publication.successor(of: e.id)?.id,
                            licence: .init(name: publication.site.licence.name, url: publication.site.licence.url),
                            schema: baseURL + set.schemaPath)
        switch set {
        case .priorities:
            file.priorities = e.priorities.map { .init(id: $0.id, title: $0.title, lead: $0.lead, themes: $0.themes, replaces: $0.replaces,
                                                        description: $0.description.plainText) }
        case .themes:
            file.themes = e.themes.map { .init(id: $0.id, title: $0.title, lead: $0.lead, themes: nil, replaces: $0.replaces,
                                                description: $0.description.plainText) }
        case .actions:
            file.actions = e.actions.map { a in
                .init(id: a.id, priorities: a.priorities, themes: a.themes, description: a.description, lead: a.lead,
                      due: a.due.description, status: a.status.rawValue, illustrative: a.illustrative,
                      updates: a.updates.map { .init(date: $0.date.description, text: $0.text) })
            }
        case .measures:
            file.measures = e.measures.map { m in
                .init(id: m.id, priority: m.priority, title: m.title, unit: m.unit, better: m.better.rawValue, source: m.source,
                      illustrative: m.illustrative, values: m.values.map { .init(period: $0.period, value: $0.value) })
            }
        }
        return JSONText.encode(file)
    }
}

/// Deterministic JSON: sorted keys, two-space indentation, a final newline.
enum JSONText {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The shape of every open data JSON file: edition metadata plus one list.
struct JSONFile: Encodable {
    struct PeriodJSON: Encodable { let start: String; let end: String }
    struct LicenceJSON: Encodable { let name: String; let url: String }
    struct ItemJSON: Encodable {
        let id: String; let title: String; let lead: String; let themes: [String]?; let replaces: [String]; let description: String
    }
    struct UpdateJSON: Encodable { let date: String; let text: String }
    struct ActionJSON: Encodable {
        let id: String; let priorities: [String]; let themes: [String]; let description: String; let lead: String
        let due: String; let status: String; let illustrative: Bool; let updates: [UpdateJSON]
    }
    struct ValueJSON: Encodable { let period: String; let value: Double }
    struct MeasureJSON: Encodable {
        let id: String; let priority: String; let title: String; let unit: String; let better: String; let source: String
        let illustrative: Bool; let values: [ValueJSON]
    }

    let edition: String
    let title: String
    let status: String
    let period: PeriodJSON
    let supersedes: String?
    let supersededBy: String?
    let licence: LicenceJSON
    let schema: String
    var priorities: [ItemJSON]?
    var themes: [ItemJSON]?
    var actions: [ActionJSON]?
    var measures: [MeasureJSON]?

    enum CodingKeys: String, CodingKey {
        case edition, title, status, period, supersedes, supersededBy, licence, priorities, themes, actions, measures
        case schema = "$schema"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(edition, forKey: .edition)
        try c.encode(title, forKey: .title)
        try c.encode(status, forKey: .status)
        try c.encode(period, forKey: .period)
        try c.encode(supersedes, forKey: .supersedes)
        try c.encode(supersededBy, forKey: .supersededBy)
        try c.encode(licence, forKey: .licence)
        try c.encode(schema, forKey: .schema)
        try c.encodeIfPresent(priorities, forKey: .priorities)
        try c.encodeIfPresent(themes, forKey: .themes)
        try c.encodeIfPresent(actions, forKey: .actions)
        try c.encodeIfPresent(measures, forKey: .measures)
    }
}
