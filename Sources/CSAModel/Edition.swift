/// One annual edition of the agreement: its metadata, chapters, priorities, themes, actions and measures.
public struct Edition: Hashable, Sendable {
    /// The edition's id, e.g. `2024-25`; also its folder name and its address on the site.
    public var id: String
    public var title: String
    public var period: Period
    public var status: EditionStatus
    /// Who approved it and when; present exactly when the status is approved.
    public var approval: Approval?
    /// The id of the edition this one replaces, if any.
    public var supersedes: String?
    public var chapters: [Chapter]
    public var priorities: [Priority]
    public var themes: [Theme]
    public var actions: [Action]
    public var measures: [Measure]
    public var location: SourceLocation

    public init(id: String, title: String, period: Period, status: EditionStatus, approval: Approval?,
                supersedes: String?, chapters: [Chapter] = [], priorities: [Priority] = [], themes: [Theme] = [],
                actions: [Action] = [], measures: [Measure] = [], location: SourceLocation) {
        self.id = id
        self.title = title
        self.period = period
        self.status = status
        self.approval = approval
        self.supersedes = supersedes
        self.chapters = chapters
        self.priorities = priorities
        self.themes = themes
        self.actions = actions
        self.measures = measures
        self.location = location
    }

    public func priority(_ id: String) -> Priority? { priorities.first { $0.id == id } }
    public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }
}

/// Whether an edition is still being drafted or has been approved.
public enum EditionStatus: String, CaseIterable, Hashable, Sendable {
    case draft
    case approved
}

/// The dates an edition covers, inclusive.
public struct Period: Hashable, Sendable {
    public var start: CalendarDate
    public var end: CalendarDate

    public init(start: CalendarDate, end: CalendarDate) {
        self.start = start
        self.end = end
    }
}

/// The approval of an edition: the date and the id of the approving body.
public struct Approval: Hashable, Sendable {
    public var date: CalendarDate
    public var body: String
    /// True when the date is a stand-in, not taken from a published paper; pages that show it say so.
    public var illustrative: Bool
    /// Ids of the source papers that report the approval.
    public var sources: [String]

    public init(date: CalendarDate, body: String, illustrative: Bool = false, sources: [String] = []) {
        self.date = date
        self.body = body
        self.illustrative = illustrative
        self.sources = sources
    }
}
