import CSAModel

/// The datasets each edition publishes, with where their files live.
enum OpenDataSet: String, CaseIterable {
    case priorities, themes, actions, updates, measures

    var title: String {
        switch self {
        case .priorities: return "Priorities"
        case .themes: return "Cross-cutting themes"
        case .actions: return "Action plan"
        case .updates: return "Progress updates"
        case .measures: return "Measures"
        }
    }

    var summary: String {
        switch self {
        case .priorities: return "Each priority with its lead, supporting themes and the earlier items it continues."
        case .themes: return "Each cross-cutting theme with its lead and the earlier items it continues."
        case .actions: return "Each action with the priorities and themes it serves, lead, due date, RAG status and latest progress update (all updates are in Progress updates)."
        case .updates: return "Every progress update of every action, oldest first for each action, one row per update."
        case .measures: return "Each measure's value for every period, one row per value, with its unit and which direction is better."
        }
    }

    /// What one CSV row is.
    var rowNoun: String {
        switch self {
        case .priorities: return "priority"
        case .themes: return "theme"
        case .actions: return "action"
        case .updates: return "update"
        case .measures: return "value"
        }
    }

    var rowNounPlural: String { self == .priorities ? "priorities" : rowNoun + "s" }

    func count(in edition: Edition) -> Int {
        switch self {
        case .priorities: return edition.priorities.count
        case .themes: return edition.themes.count
        case .actions: return edition.actions.count
        case .updates: return edition.actions.map(\.updates.count).reduce(0, +)
        case .measures: return edition.measures.map(\.values.count).reduce(0, +)
        }
    }

    func path(_ edition: String, _ ext: String) -> String { "\(edition)/data/\(rawValue).\(ext)" }

    var schemaPath: String { "data/schema/\(rawValue).schema.json" }
}

/// The one file per edition that holds every dataset: the same lists as the separate JSON files.
enum AllOpenData {
    static let title = "All the data"
    static let summary = "Every dataset of this edition in one JSON file: the same lists as the separate files."

    static func path(_ edition: String) -> String { "\(edition)/data/all.json" }

    static let schemaPath = "data/schema/all.schema.json"
}
