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
