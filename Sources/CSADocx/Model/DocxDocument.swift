/// A Word document to write: its properties, its page furniture and its body.
///
/// The model is CSADocx's own and knows nothing of editions or papers, so that any part of csa
/// (the year-on-year diff, committee papers) can build one and hand it to `DocxWriter`.
public struct DocxDocument: Sendable, Equatable {
    /// Title, subject, author, dates and language, written to `docProps/core.xml` and used for the
    /// language of the styles and settings.
    public var properties: DocxProperties
    /// Text at the top of every page, if any.
    public var header: DocxHeader?
    /// Text and "Page X of Y" at the foot of every page, if any.
    public var footer: DocxFooter?
    /// The body, in reading order.
    public var blocks: [DocxBlock]
    /// When true, Word and LibreOffice record the reader's own later edits as tracked changes
    /// (`w:trackRevisions` in the settings). The revisions already in the document are shown either way.
    public var trackFurtherChanges: Bool

    public init(
        properties: DocxProperties,
        header: DocxHeader? = nil,
        footer: DocxFooter? = nil,
        blocks: [DocxBlock],
        trackFurtherChanges: Bool = false
    ) {
        self.properties = properties
        self.header = header
        self.footer = footer
        self.blocks = blocks
        self.trackFurtherChanges = trackFurtherChanges
    }
}

/// The document properties (`docProps/core.xml`) and the document's language.
public struct DocxProperties: Sendable, Equatable {
    public var title: String
    public var subject: String
    /// The author shown in Word's document properties (`dc:creator`, and `cp:lastModifiedBy`).
    public var creator: String
    /// Optional; written to `docProps/app.xml` when present.
    public var company: String?
    /// Fixed by the caller (never the clock), so that identical input gives identical bytes.
    public var created: DocxDateTime
    public var modified: DocxDateTime
    /// A BCP 47 tag; the proofing language of every style and of the settings.
    public var language: String

    public init(
        title: String,
        subject: String,
        creator: String,
        company: String? = nil,
        created: DocxDateTime,
        modified: DocxDateTime? = nil,
        language: String = "en-GB"
    ) {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.company = company
        self.created = created
        self.modified = modified ?? created
        self.language = language
    }
}

/// The text in the page header.
public struct DocxHeader: Sendable, Equatable {
    public var text: String

    public init(text: String) {
        self.text = text
    }
}

/// The page footer: a text (a paper's subject, say) at the left and "Page X of Y" at the right,
/// made with Word's `PAGE` and `NUMPAGES` fields so that both update as the document changes.
public struct DocxFooter: Sendable, Equatable {
    public var text: String
    public var showsPageNumbers: Bool

    public init(text: String, showsPageNumbers: Bool = true) {
        self.text = text
        self.showsPageNumbers = showsPageNumbers
    }
}
