/// JSON Schemas (draft 2020-12) for the open data JSON files, published at `data/schema/<set>.schema.json`
/// and, for `all.json`, `data/schema/all.schema.json`.
enum OpenDataSchemas {
    static func schema(_ set: OpenDataSet, baseURL: String) -> String {
        document(id: baseURL + set.schemaPath, title: "\(set.title) of one edition of the Community Safety Agreement", lists: [set])
    }

    /// The schema of `all.json`: the edition metadata and every dataset's list.
    static func allSchema(baseURL: String) -> String {
        document(id: baseURL + AllOpenData.schemaPath, title: "All the open data of one edition of the Community Safety Agreement",
                 lists: OpenDataSet.allCases)
    }

    private static func items(_ set: OpenDataSet) -> String {
        switch set {
        case .priorities: return item(withThemes: true)
        case .themes: return item(withThemes: false)
        case .actions: return action
        case .updates: return update
        case .measures: return measure
        }
    }

    private static func document(id: String, title: String, lists: [OpenDataSet]) -> String {
        let required = lists.map { ", \"\($0.rawValue)\"" }.joined()
        let properties = lists.map { ",\n    \"\($0.rawValue)\": {\"type\": \"array\", \"items\": \(items($0))}" }.joined()
        return """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": \(JSONText.string(id)),
          "title": \(JSONText.string(title)),
          "type": "object",
          "required": ["edition", "title", "status", "period", "supersedes", "supersededBy", "licence", "$schema"\(required)],
          "additionalProperties": false,
          "properties": {
            "$schema": {"type": "string"},
            "edition": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"},
            "title": {"type": "string"},
            "status": {"enum": ["draft", "approved"]},
            "period": {
              "type": "object",
              "required": ["start", "end"],
              "additionalProperties": false,
              "properties": {"start": {"$ref": "#/$defs/date"}, "end": {"$ref": "#/$defs/date"}}
            },
            "supersedes": {"type": ["string", "null"]},
            "supersededBy": {"type": ["string", "null"]},
            "licence": {
              "type": "object",
              "required": ["name", "url"],
              "additionalProperties": false,
              "properties": {"name": {"type": "string"}, "url": {"type": "string"}}
            }\(properties)
          },
          "$defs": {
            "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"},
            "ids": {"type": "array", "items": {"$ref": "#/$defs/id"}},
            "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
          }
        }

        """
    }

    private static func item(withThemes: Bool) -> String {
        """
        {
                "type": "object",
                "required": ["id", "title", "lead", \(withThemes ? "\"themes\", " : "")"replaces", "description"],
                "additionalProperties": false,
                "properties": {
                  "id": {"$ref": "#/$defs/id"},
                  "title": {"type": "string"},
                  "lead": {"$ref": "#/$defs/id"},\(withThemes ? "\n          \"themes\": {\"$ref\": \"#/$defs/ids\"}," : "")
                  "replaces": {"$ref": "#/$defs/ids"},
                  "description": {"type": "string"}
                }
              }
        """
    }

    private static let action = """
        {
                "type": "object",
                "required": ["id", "priorities", "themes", "description", "lead", "due", "status", "illustrative", "updates"],
                "additionalProperties": false,
                "properties": {
                  "id": {"$ref": "#/$defs/id"},
                  "priorities": {"$ref": "#/$defs/ids", "minItems": 1},
                  "themes": {"$ref": "#/$defs/ids"},
                  "description": {"type": "string"},
                  "lead": {"$ref": "#/$defs/id"},
                  "due": {"$ref": "#/$defs/date"},
                  "status": {"enum": ["not-started", "red", "amber", "green", "complete"]},
                  "illustrative": {"type": "boolean", "description": "True when any part of the action (its status, lead, due date, updates...) is an example, not reported by a source paper; the action plan page says which"},
                  "updates": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["date", "text"],
                      "additionalProperties": false,
                      "properties": {"date": {"$ref": "#/$defs/date"}, "text": {"type": "string"}}
                    }
                  }
                }
              }
        """

    private static let update = """
        {
                "type": "object",
                "required": ["action", "date", "text", "illustrative"],
                "additionalProperties": false,
                "properties": {
                  "action": {"$ref": "#/$defs/id", "description": "The id of the action the update reports on"},
                  "date": {"$ref": "#/$defs/date"},
                  "text": {"type": "string"},
                  "illustrative": {"type": "boolean", "description": "True when the update is an example, not reported progress"}
                }
              }
        """

    private static let measure = """
        {
                "type": "object",
                "required": ["id", "priority", "title", "unit", "better", "source", "illustrative", "values"],
                "additionalProperties": false,
                "properties": {
                  "id": {"$ref": "#/$defs/id"},
                  "priority": {"$ref": "#/$defs/id"},
                  "title": {"type": "string"},
                  "unit": {"type": "string"},
                  "better": {"enum": ["lower", "higher"]},
                  "source": {"type": "string"},
                  "illustrative": {"type": "boolean"},
                  "values": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["period", "value"],
                      "additionalProperties": false,
                      "properties": {"period": {"type": "string"}, "value": {"type": "number"}}
                    }
                  }
                }
              }
        """
}
