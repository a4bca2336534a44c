/// A table: its columns, an optional header row that Word repeats at the top of every page, and
/// its body rows.
public struct DocxTable: Sendable, Hashable {
    public var columns: [DocxColumn]
    public var header: DocxTableRow?
    public var rows: [DocxTableRow]

    /// Rows shorter than the widest row are padded with empty cells; columns not described in
    /// `columns` get weight 1 and left alignment. A table with neither header nor rows is not
    /// written at all.
    public init(columns: [DocxColumn] = [], header: DocxTableRow?, rows: [DocxTableRow]) {
        self.columns = columns
        self.header = header
        self.rows = rows
    }
}

/// A column's share of the table's width (its weight against the others) and its alignment.
public struct DocxColumn: Sendable, Hashable {
    public var weight: Int
    public var alignment: DocxAlignment

    public init(weight: Int = 1, alignment: DocxAlignment = .left) {
        self.weight = weight
        self.alignment = alignment
    }
}

/// Horizontal alignment of the paragraphs in a column.
public enum DocxAlignment: String, Sendable, Hashable {
    case left
    case center
    case right
}

/// A table row; `change` marks a row inserted or deleted whole (`w:trPr/w:ins` or `w:del`, and
/// every run in it).
public struct DocxTableRow: Sendable, Hashable {
    public var cells: [DocxCell]
    public var change: DocxChange?

    public init(cells: [DocxCell], change: DocxChange? = nil) {
        self.cells = cells
        self.change = change
    }
}

/// A table cell: one or more paragraphs (an empty cell still holds one empty paragraph, as Word
/// requires).
public struct DocxCell: Sendable, Hashable {
    public var paragraphs: [DocxParagraph]

    public init(paragraphs: [DocxParagraph]) {
        self.paragraphs = paragraphs
    }

    /// A cell of one Normal paragraph.
    public init(_ content: [DocxInline]) {
        self.paragraphs = [DocxParagraph(content: content)]
    }

    /// A cell of one Normal paragraph of plain text.
    public init(text: String) {
        self.paragraphs = [DocxParagraph(content: [.text(text)])]
    }
}
