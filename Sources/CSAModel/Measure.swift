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
    /// The kind of data counted, e.g. "Kent Police recorded crime" (`data_source:` in measures.yml).
    public var source: String
    /// The papers that report it and which of its fields are examples.
    public var provenance: Provenance
    public var location: SourceLocation

    /// True when the figures are made up to illustrate the tool, not taken from a published source.
    public var illustrative: Bool { provenance.isIllustrative("values") }

    public init(id: String, priority: String, title: String, unit: String, better: Direction, values: [MeasureValue],
                source: String, provenance: Provenance, location: SourceLocation) {
        self.id = id
        self.priority = priority
        self.title = title
        self.unit = unit
        self.better = better
        self.values = values
        self.source = source
        self.provenance = provenance
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

extension Measure {
    /// A measure that is wholly an example (`illustrative`) or wholly unmarked, for code and tests that need no sources.
    public init(id: String, priority: String, title: String, unit: String, better: Direction, values: [MeasureValue],
                source: String, illustrative: Bool, location: SourceLocation) {
        self.init(id: id, priority: priority, title: title, unit: unit, better: better, values: values, source: source,
                  provenance: Provenance(illustrative: illustrative ? .all : .none), location: location)
    }
}
