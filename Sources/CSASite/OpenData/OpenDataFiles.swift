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

    /// A measure value for a CSV cell: every decimal the data gives, as the JSON and the pages give it,
    /// without thousands separators or exponents (`1200`, `12.345`, `-5`, `0.00001`); any size, no trap.
    static func number(_ value: Double) -> String {
        DecimalText.text(value)
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
        return JSONText.document(file.json)
    }

    /// `all.json`: every dataset's list in one file.
    func allJSON(baseURL: String) -> String {
        var file = header(schema: baseURL + AllOpenData.schemaPath)
        file.priorities = priorities
        file.themes = themes
        file.actions = actions
        file.updates = updates
        file.measures = measures
        return JSONText.document(file.json)
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
/// Each part gives its `json`, the value the file holds (`JSONText`), which cannot fail to be written.
struct JSONFile {
    struct PeriodJSON {
        let start: String; let end: String
        var json: JSONText.Value { .object(["start": .string(start), "end": .string(end)]) }
    }
    struct LicenceJSON {
        let name: String; let url: String
        var json: JSONText.Value { .object(["name": .string(name), "url": .string(url)]) }
    }
    struct ItemJSON {
        let id: String; let title: String; let lead: String; let themes: [String]?; let replaces: [String]; let description: String
        var json: JSONText.Value {
            var members: [String: JSONText.Value] = ["id": .string(id), "title": .string(title), "lead": .string(lead),
                                                     "replaces": .strings(replaces), "description": .string(description)]
            members["themes"] = themes.map(JSONText.Value.strings)
            return .object(members)
        }
    }
    struct UpdateJSON {
        let date: String; let text: String
        var json: JSONText.Value { .object(["date": .string(date), "text": .string(text)]) }
    }
    struct ActionJSON {
        let id: String; let priorities: [String]; let themes: [String]; let description: String; let lead: String
        let due: String; let status: String; let illustrative: Bool; let updates: [UpdateJSON]
        var json: JSONText.Value {
            .object(["id": .string(id), "priorities": .strings(priorities), "themes": .strings(themes), "description": .string(description),
                     "lead": .string(lead), "due": .string(due), "status": .string(status), "illustrative": .bool(illustrative),
                     "updates": .array(updates.map(\.json))])
        }
    }
    /// A row of the updates dataset: one progress update and the action it reports on.
    struct UpdateRowJSON {
        let action: String; let date: String; let text: String; let illustrative: Bool
        var json: JSONText.Value {
            .object(["action": .string(action), "date": .string(date), "text": .string(text), "illustrative": .bool(illustrative)])
        }
    }
    struct ValueJSON {
        let period: String; let value: Double
        var json: JSONText.Value { .object(["period": .string(period), "value": .number(value)]) }
    }
    struct MeasureJSON {
        let id: String; let priority: String; let title: String; let unit: String; let better: String; let source: String
        let illustrative: Bool; let values: [ValueJSON]
        var json: JSONText.Value {
            .object(["id": .string(id), "priority": .string(priority), "title": .string(title), "unit": .string(unit),
                     "better": .string(better), "source": .string(source), "illustrative": .bool(illustrative),
                     "values": .array(values.map(\.json))])
        }
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

    /// The metadata always (`supersedes` and `supersededBy` as `null` when there is none), and the lists
    /// the file has.
    var json: JSONText.Value {
        var members: [String: JSONText.Value] = [
            "edition": .string(edition), "title": .string(title), "status": .string(status), "period": period.json,
            "supersedes": .optional(supersedes), "supersededBy": .optional(supersededBy), "licence": licence.json,
            "$schema": .string(schema),
        ]
        members["priorities"] = priorities.map { .array($0.map(\.json)) }
        members["themes"] = themes.map { .array($0.map(\.json)) }
        members["actions"] = actions.map { .array($0.map(\.json)) }
        members["updates"] = updates.map { .array($0.map(\.json)) }
        members["measures"] = measures.map { .array($0.map(\.json)) }
        return .object(members)
    }
}
