/// A performance ("proxy") measure of a priority, with its values by period.
public struct Measure: Hashable, Sendable {
    public var id: String
    /// The id of the priority it measures.
    public var priority: String
    public var title: String
    /// What one counts, e.g. "casualties" or "%".
    public var unit: String
    public var better: Direction
    public var values: [MeasureValue]
    public var source: String
    /// True when the figures are made up to illustrate the tool, not taken from a published source.
    public var illustrative: Bool
    public var location: SourceLocation

    public init(id: String, priority: String, title: String, unit: String, better: Direction, values: [MeasureValue],
                source: String, illustrative: Bool, location: SourceLocation) {
        self.id = id
        self.priority = priority
        self.title = title
        self.unit = unit
        self.better = better
        self.values = values
        self.source = source
        self.illustrative = illustrative
        self.location = location
    }
}

/// Which way a measure should move to count as an improvement.
public enum Direction: String, CaseIterable, Hashable, Sendable {
    case lower
    case higher

    public var sentence: String {
        switch self {
        case .lower: return "Lower is better"
        case .higher: return "Higher is better"
        }
    }
}

/// The value of a measure for one period, e.g. "2011-12".
public struct MeasureValue: Hashable, Sendable {
    public var period: String
    public var value: Double

    public init(period: String, value: Double) {
        self.period = period
        self.value = value
    }
}
