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
