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
