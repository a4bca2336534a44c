import CSAModel

/// A measure as a report names it.
public struct MeasureSide: Hashable, Sendable {
    public var id: String
    public var title: String
    public var unit: String
    public var better: Direction
    /// The latest figure, or nil when the measure has none.
    public var latest: MeasureValue?

    public init(_ measure: Measure) {
        id = measure.id
        title = measure.title
        unit = measure.unit
        better = measure.better
        latest = measure.values.last
    }
}

/// Whether a measure's latest figure moved the way that counts as better.
public enum Trend: String, Hashable, Sendable, CaseIterable {
    case better, worse
    case noChange = "no-change"
    /// One side has no figure, or the two count in different units.
    case notComparable = "not-comparable"
}

/// A measure both editions have: NEW's latest figure against OLD's latest.
public struct MeasureChange: Hashable, Sendable {
    public var old: MeasureSide
    public var new: MeasureSide
    /// By NEW's direction of good (`better`).
    public var trend: Trend

    public init(old: MeasureSide, new: MeasureSide) {
        self.old = old
        self.new = new
        if let a = old.latest?.value, let b = new.latest?.value, old.unit == new.unit {
            trend = a == b ? .noChange : ((b < a) == (new.better == .lower) ? .better : .worse)
        } else {
            trend = .notComparable
        }
    }
}

/// How the measures of two editions compare (matched by id).
public struct MeasureComparison: Hashable, Sendable {
    public var added: [MeasureSide]
    public var removed: [MeasureSide]
    /// Every measure both editions have, in NEW's order.
    public var compared: [MeasureChange]

    static func compare(_ old: [Measure], _ new: [Measure]) -> MeasureComparison {
        let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newIDs = Set(new.map(\.id))
        return MeasureComparison(
            added: new.filter { oldByID[$0.id] == nil }.map(MeasureSide.init),
            removed: old.filter { !newIDs.contains($0.id) }.map(MeasureSide.init),
            compared: new.compactMap { m in oldByID[m.id].map { MeasureChange(old: MeasureSide($0), new: MeasureSide(m)) } })
    }
}
