/// One block of the body: a paragraph or a table.
public enum DocxBlock: Sendable, Hashable {
    case paragraph(DocxParagraph)
    case table(DocxTable)
}

/// A paragraph: its style, its place in a numbered or bulleted list, its text, whether the whole
/// paragraph is a tracked insertion or deletion, and whether its style or list is a tracked change.
public struct DocxParagraph: Sendable, Hashable {
    public var style: DocxParagraphStyle
    /// The list (or section numbering) the paragraph belongs to, and its level; written as
    /// `w:numPr`, so Word renumbers the rest when a paragraph is inserted.
    public var numbering: DocxNumbering?
    public var content: [DocxInline]
    /// A paragraph inserted or deleted whole: every run and the paragraph mark carry the change,
    /// so that accepting (or rejecting) leaves no empty paragraph behind. Runs already inside a
    /// change of their own keep it.
    public var change: DocxChange?
    /// Starts the paragraph on a new page (`w:pageBreakBefore`), as an appendix does.
    public var startsNewPage: Bool
    /// The style and numbering the paragraph had before a tracked change of its form (`w:pPrChange`):
    /// a paragraph that became a heading, a list item that became a paragraph.
    public var propertiesChange: DocxPropertiesChange?

    public init(
        style: DocxParagraphStyle = .normal,
        numbering: DocxNumbering? = nil,
        content: [DocxInline],
        change: DocxChange? = nil,
        startsNewPage: Bool = false,
        propertiesChange: DocxPropertiesChange? = nil
    ) {
        self.style = style
        self.numbering = numbering
        self.content = content
        self.change = change
        self.startsNewPage = startsNewPage
        self.propertiesChange = propertiesChange
    }
}

/// The paragraph styles `word/styles.xml` defines.
public enum DocxParagraphStyle: String, Sendable, Hashable, CaseIterable {
    case normal = "Normal"
    case title = "Title"
    case subtitle = "Subtitle"
    case heading1 = "Heading1"
    case heading2 = "Heading2"
    case heading3 = "Heading3"
    /// Bulleted list items (give them a `.bullet` numbering).
    case listBullet = "ListBullet"
    /// Numbered or lettered list items (give them a numbering).
    case listNumber = "ListNumber"
    /// A block quotation.
    case quote = "Quote"
    /// A block of code or preformatted text.
    case code = "Code"
    /// A caption above a table.
    case caption = "Caption"
    /// The text of a footnote (the writer uses it for footnotes itself).
    case footnoteText = "FootnoteText"

    /// The `w:styleId`.
    public var styleID: String { rawValue }
}
