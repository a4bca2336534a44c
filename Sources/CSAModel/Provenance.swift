/// Where an item's facts come from: the source papers that report it, and which of its parts are
/// made-up examples rather than facts a paper reports.
///
/// Every priority, theme, action, measure and chapter carries one. A part is either sourced (the
/// item names a paper in `source:`) or marked illustrative; pages say in words which parts are
/// examples, and name the papers for the rest.
public struct Provenance: Hashable, Sendable {
    /// Ids of the source papers (`sources:` in site.yml) that report the item.
    public var sources: [String]
    /// Which parts are examples.
    public var illustrative: IllustrativeParts

    public init(sources: [String] = [], illustrative: IllustrativeParts = .none) {
        self.sources = sources
        self.illustrative = illustrative
    }

    /// True when the whole item, or the named field, is an example.
    public func isIllustrative(_ field: String) -> Bool {
        switch illustrative {
        case .none: return false
        case .all: return true
        case .fields(let fields): return fields.contains(field)
        }
    }

    /// True when any part of the item is an example.
    public var hasIllustrative: Bool { illustrative != .none }
}

/// Which parts of an item are examples: none, all of it, or the named fields (YAML field names, in
/// the order written).
public enum IllustrativeParts: Hashable, Sendable {
    case none
    case all
    case fields([String])
}

/// A published paper the content's facts are taken from, e.g. a report to the Kent Community Safety
/// Partnership of 21 November 2024.
public struct SourcePaper: Hashable, Sendable {
    public var id: String
    /// The paper's subject line, e.g. "Kent Community Safety Agreement Update".
    public var title: String
    /// The id of the body or committee the paper went to.
    public var body: String
    /// The date of the meeting.
    public var date: CalendarDate
    public var location: SourceLocation

    public init(id: String, title: String, body: String, date: CalendarDate, location: SourceLocation) {
        self.id = id
        self.title = title
        self.body = body
        self.date = date
        self.location = location
    }
}

/// Editions that existed but are not published on the site: the yearly refreshes between two
/// published editions.
public struct UnpublishedEditions: Hashable, Sendable {
    /// The published edition they came after.
    public var after: String
    /// The years they covered, as far as the source papers show.
    public var period: Period
    /// A sentence on what is known of them.
    public var note: String
    /// Ids of the source papers that show they existed.
    public var sources: [String]
    public var location: SourceLocation

    public init(after: String, period: Period, note: String, sources: [String], location: SourceLocation) {
        self.after = after
        self.period = period
        self.note = note
        self.sources = sources
        self.location = location
    }
}

/// What the accessibility statement states that only people can know: its dates and known problems.
public struct AccessibilityStatement: Hashable, Sendable {
    /// `full`, `partial` or `none`: how far the site meets WCAG 2.2 AA.
    public var compliance: Compliance
    /// Content known not to be accessible, each with the reason.
    public var problems: [String]
    public var prepared: CalendarDate
    public var reviewed: CalendarDate

    public init(compliance: Compliance, problems: [String], prepared: CalendarDate, reviewed: CalendarDate) {
        self.compliance = compliance
        self.problems = problems
        self.prepared = prepared
        self.reviewed = reviewed
    }
}

/// How far a website meets WCAG 2.2 AA, in the words the 2018 regulations' model statement uses.
public enum Compliance: String, CaseIterable, Hashable, Sendable {
    case full
    case partial
    case none

    public var sentence: String {
        switch self {
        case .full: return "fully compliant"
        case .partial: return "partially compliant"
        case .none: return "not compliant"
        }
    }
}
