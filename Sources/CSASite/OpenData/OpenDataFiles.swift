import CSAModel
import Foundation

/// The CSV and JSON files of one edition's open data, built from the model.
///
/// Free text is written without the white space and line ends around it (a YAML block scalar ends in
/// a line end that is no part of the text), the same in CSV and JSON.
struct OpenDataFiles {
    let publication: Publication
    let edition: Edition

    /// Every open data file of the site: the JSON Schemas, then each edition's CSV and JSON files and `all.json`,
    /// each made when asked for. They are made from the YAML files alone (no chapter's body).
    static func files(_ publication: Publication, baseURL: String) -> [SiteFile] {
        var files = OpenDataSet.allCases.map { set in
            SiteFile(set.schemaPath, inputs: .structure) { OpenDataSchemas.schema(set, baseURL: baseURL) }
        }
        files.append(SiteFile(AllOpenData.schemaPath, inputs: .structure) { OpenDataSchemas.allSchema(baseURL: baseURL) })
        for edition in publication.editions {
            let data = OpenDataFiles(publication: publication, edition: edition)
            for set in OpenDataSet.allCases {
                files.append(SiteFile(set.path(edition.id, "csv"), inputs: .structure) { data.csv(set) })
                files.append(SiteFile(set.path(edition.id, "json"), inputs: .structure) { data.json(set, baseURL: baseURL) })
            }
            files.append(SiteFile(AllOpenData.path(edition.id), inputs: .structure) { data.allJSON(baseURL: baseURL) })
        }
        return files
    }

    private func name(_ body: String) -> String { text(publication.site.body(body)?.name ?? body) }

    /// Free text as the open data holds it: without surrounding white space or line ends.
    private func text(_ value: String) -> String { value.trimmingCharacters(in: .whitespacesAndNewlines) }

    private func flag(_ value: Bool) -> String { value ? "true" : "false" }

    /// A measure value for a CSV cell: rounded to two decimal places as the pages show it, without
    /// thousands separators or trailing zeros (`1200`, `12.5`, `-5`); any size of number, no trap.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return String(describing: value) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    func csv(_ set: OpenDataSet) -> String {
        let e = edition
        switch set {
        case .priorities:
            var t = CSVTable(header: ["edition", "id", "title", "lead_id", "lead", "themes", "replaces", "description"])
            t.rows = e.priorities.map { [e.id, $0.id, text($0.title), $0.lead, name($0.lead), $0.themes.joined(separator: ";"),
                                         $0.replaces.joined(separator: ";"), text($0.description.plainText)] }
            return t.text
        case .themes:
            var t = CSVTable(header: ["edition", "id", "title", "lead_id", "lead", "replaces", "description"])
            t.rows = e.themes.map { [e.id, $0.id, text($0.title), $0.lead, name($0.lead), $0.replaces.joined(separator: ";"),
                                     text($0.description.plainText)] }
            return t.text
        case .actions:
            var t = CSVTable(header: ["edition", "id", "priorities", "themes", "description", "lead_id", "lead", "due", "status",
                                      "illustrative", "latest_update_date", "latest_update"])
            t.rows = e.actions.map { [e.id, $0.id, $0.priorities.joined(separator: ";"), $0.themes.joined(separator: ";"), text($0.description),
                                      $0.lead, name($0.lead), $0.due.description, $0.status.rawValue,
                                      flag($0.illustrative), $0.updates.last?.date.description ?? "", text($0.updates.last?.text ?? "")] }
            return t.text
        case .updates:
            var t = CSVTable(header: ["edition", "action_id", "date", "text", "illustrative"])
            t.rows = e.actions.flatMap { a in a.updates.map { [e.id, a.id, $0.date.description, text($0.text), flag(a.illustrative)] } }
            return t.text
        case .measures:
            var t = CSVTable(header: ["edition", "measure_id", "priority", "title", "unit", "better", "source", "illustrative", "period", "value"],
                             numberColumns: ["value"])
            t.rows = e.measures.flatMap { m in
                m.values.map { [e.id, m.id, m.priority, text(m.title), text(m.unit), m.better.rawValue, text(m.source), flag(m.illustrative),
                                text($0.period), OpenDataFiles.number($0.value)] }
            }
            return t.text
        }
    }

    /// One dataset's JSON file.
    func json(_ set: OpenDataSet, baseURL: String) -> String {
        var file = header(schema: baseURL + set.schemaPath)
        switch set {
        case .priorities: file.priorities = priorities
        case .themes: file.themes = themes
        case .actions: file.actions = actions
        case .updates: file.updates = updates
        case .measures: file.measures = measures
        }
        return JSONText.encode(file)
    }

    /// `all.json`: every dataset's list in one file.
    func allJSON(baseURL: String) -> String {
        var file = header(schema: baseURL + AllOpenData.schemaPath)
        file.priorities = priorities
        file.themes = themes
        file.actions = actions
        file.updates = updates
        file.measures = measures
        return JSONText.encode(file)
    }

    private func header(schema: String) -> JSONFile {
        let e = edition
        return JSONFile(edition: e.id, title: text(e.title), status: e.status.rawValue,
                        period: .init(start: e.period.start.description, end: e.period.end.description),
                        supersedes: e.supersedes, supersededBy: publication.successor(of: e.id)?.id,
                        licence: .init(name: text(publication.site.licence.name), url: publication.site.licence.url),
                        schema: schema)
    }

    private var priorities: [JSONFile.ItemJSON] {
        edition.priorities.map { .init(id: $0.id, title: text($0.title), lead: $0.lead, themes: $0.themes, replaces: $0.replaces,
                                       description: text($0.description.plainText)) }
    }

    private var themes: [JSONFile.ItemJSON] {
        edition.themes.map { .init(id: $0.id, title: text($0.title), lead: $0.lead, themes: nil, replaces: $0.replaces,
                                   description: text($0.description.plainText)) }
    }

    private var actions: [JSONFile.ActionJSON] {
        edition.actions.map { a in
            .init(id: a.id, priorities: a.priorities, themes: a.themes, description: text(a.description), lead: a.lead,
                  due: a.due.description, status: a.status.rawValue, illustrative: a.illustrative,
                  updates: a.updates.map { .init(date: $0.date.description, text: text($0.text)) })
        }
    }

    private var updates: [JSONFile.UpdateRowJSON] {
        edition.actions.flatMap { a in
            a.updates.map { .init(action: a.id, date: $0.date.description, text: text($0.text), illustrative: a.illustrative) }
        }
    }

    private var measures: [JSONFile.MeasureJSON] {
        edition.measures.map { m in
            .init(id: m.id, priority: m.priority, title: text(m.title), unit: text(m.unit), better: m.better.rawValue, source: text(m.source),
                  illustrative: m.illustrative, values: m.values.map { .init(period: text($0.period), value: $0.value) })
        }
    }
}

/// The shape of every open data JSON file: edition metadata plus one list (or, in `all.json`, every list).
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
    /// A row of the updates dataset: one progress update and the action it reports on.
    struct UpdateRowJSON: Encodable { let action: String; let date: String; let text: String; let illustrative: Bool }
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
    var updates: [UpdateRowJSON]?
    var measures: [MeasureJSON]?

    enum CodingKeys: String, CodingKey {
        case edition, title, status, period, supersedes, supersededBy, licence, priorities, themes, actions, updates, measures
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
        try c.encodeIfPresent(updates, forKey: .updates)
        try c.encodeIfPresent(measures, forKey: .measures)
    }
}
