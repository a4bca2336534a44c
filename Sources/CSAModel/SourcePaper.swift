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
