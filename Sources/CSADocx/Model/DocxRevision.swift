/// Who made a tracked change and when: the `w:author` and `w:date` of a `w:ins` or `w:del`.
///
/// The writer numbers every revision in the file itself (`w:id`), one increasing number shared by
/// all of them, so the caller never gives ids.
public struct DocxRevision: Sendable, Hashable {
    public var author: String
    public var date: DocxDateTime

    public init(author: String, date: DocxDateTime) {
        self.author = author
        self.date = date
    }
}

/// A tracked insertion or deletion: of some runs, of a whole paragraph, or of a table row.
public enum DocxChange: Sendable, Hashable {
    case inserted(DocxRevision)
    case deleted(DocxRevision)

    var revision: DocxRevision {
        switch self {
        case .inserted(let revision), .deleted(let revision):
            return revision
        }
    }

    /// The element name: `w:ins` or `w:del`.
    var elementName: String {
        switch self {
        case .inserted:
            return "w:ins"
        case .deleted:
            return "w:del"
        }
    }
}
