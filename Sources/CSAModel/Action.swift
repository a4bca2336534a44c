/// One line of an edition's action plan.
public struct Action: Hashable, Sendable {
    public var id: String
    /// Ids of the priorities the action serves.
    public var priorities: [String]
    /// Ids of the cross-cutting themes the action serves.
    public var themes: [String]
    public var description: String
    /// The id of the lead agency.
    public var lead: String
    public var due: CalendarDate
    public var status: ActionStatus
    /// Progress reports, oldest first.
    public var updates: [ProgressUpdate]
    /// The papers that report it and which of its fields are examples.
    public var provenance: Provenance
    public var location: SourceLocation

    /// True when any part of the action (its status, an update, its lead...) is an example.
    public var illustrative: Bool { provenance.hasIllustrative }

    public init(id: String, priorities: [String], themes: [String], description: String, lead: String,
                due: CalendarDate, status: ActionStatus, updates: [ProgressUpdate], provenance: Provenance = Provenance(),
                location: SourceLocation) {
        self.id = id
        self.priorities = priorities
        self.themes = themes
        self.description = description
        self.lead = lead
        self.due = due
        self.status = status
        self.updates = updates
        self.provenance = provenance
        self.location = location
    }
}

/// Where an action stands: the RAG scale plus not started and complete.
public enum ActionStatus: String, CaseIterable, Hashable, Sendable {
    case notStarted = "not-started"
    case red
    case amber
    case green
    case complete

    /// The word shown beside the colour, so that colour never carries the status alone.
    public var label: String {
        switch self {
        case .notStarted: return "Not started"
        case .red: return "Red"
        case .amber: return "Amber"
        case .green: return "Green"
        case .complete: return "Complete"
        }
    }

    /// What the status means in the action plan.
    public var meaning: String {
        switch self {
        case .notStarted: return "not yet started"
        case .red: return "unlikely to be completed"
        case .amber: return "in progress"
        case .green: return "on track"
        case .complete: return "completed"
        }
    }
}

/// A dated progress report on an action.
public struct ProgressUpdate: Hashable, Sendable {
    public var date: CalendarDate
    public var text: String

    public init(date: CalendarDate, text: String) {
        self.date = date
        self.text = text
    }
}

extension Action {
    /// An action that is wholly an example (`illustrative`) or wholly unmarked, for code and tests that need no sources.
    public init(id: String, priorities: [String], themes: [String], description: String, lead: String,
                due: CalendarDate, status: ActionStatus, updates: [ProgressUpdate], illustrative: Bool,
                location: SourceLocation) {
        self.init(id: id, priorities: priorities, themes: themes, description: description, lead: lead, due: due, status: status,
                  updates: updates, provenance: Provenance(illustrative: illustrative ? .all : .none), location: location)
    }
}
