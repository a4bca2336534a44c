/// Writes blocks (paragraphs and tables) as the body of a story: the document, or a footnote.
struct StoryWriter {
    let state: WritingState
    let runs: RunWriter
    var links: LinkRelationships

    init(state: WritingState, links: LinkRelationships, allowsFootnotes: Bool) {
        self.state = state
        self.runs = RunWriter(state: state, allowsFootnotes: allowsFootnotes)
        self.links = links
    }

    mutating func blocks(_ blocks: [DocxBlock]) -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                out += self.paragraph(paragraph)
            case .table(let table):
                out += self.table(table)
            }
        }
        if StoryWriter.needsClosingParagraph(blocks) {
            out += "<w:p/>"
        }
        return out
    }

    /// Word wants the body to end with a paragraph mark that stays whatever is accepted or
    /// rejected: after a final table, or a final paragraph deleted whole, an empty paragraph is
    /// added (Word would otherwise add one itself, or keep the deleted paragraph's mark).
    static func needsClosingParagraph(_ blocks: [DocxBlock]) -> Bool {
        switch blocks.last {
        case .table:
            return true
        case .paragraph(let paragraph):
            if case .deleted = paragraph.change { return true }
            return false
        case nil:
            return false
        }
    }

    /// A `w:p`. `rowChange` is the change of a whole table row the paragraph sits in (its runs
    /// carry it; the cell's paragraph mark does not), `format` the formatting every run starts
    /// from (bold in a header row), `leadingRuns` runs written first (a footnote's mark).
    mutating func paragraph(
        _ paragraph: DocxParagraph,
        alignment: DocxAlignment? = nil,
        rowChange: DocxChange? = nil,
        format: RunFormat = RunFormat(),
        leadingRuns: String = ""
    ) -> String {
        var properties = baseProperties(style: paragraph.style, startsNewPage: paragraph.startsNewPage,
                                        numbering: paragraph.numbering, alignment: alignment)
        if let change = paragraph.change {
            properties += "<w:rPr><\(change.elementName) \(RunWriter.revisionAttributes(change.revision, id: state.nextRevisionID()))/></w:rPr>"
        }
        if let former = paragraph.propertiesChange {
            // Last in w:pPr, as the schema orders it: the properties before the change, which rejecting it restores.
            let old = baseProperties(style: former.style, startsNewPage: paragraph.startsNewPage, numbering: former.numbering, alignment: alignment)
            properties += "<w:pPrChange \(RunWriter.revisionAttributes(former.revision, id: state.nextRevisionID()))>"
                + (old.isEmpty ? "<w:pPr/>" : "<w:pPr>\(old)</w:pPr>") + "</w:pPrChange>"
        }
        let flat = RunFlattener.flatten(paragraph.content, format: format, change: paragraph.change ?? rowChange)
        let content = leadingRuns + runs.write(flat, links: &links)
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        return pPr.isEmpty && content.isEmpty ? "<w:p/>" : "<w:p>\(pPr)\(content)</w:p>"
    }

    /// The paragraph properties a change of form can touch, in the schema's order: style, page break,
    /// list numbering, alignment.
    private func baseProperties(style: DocxParagraphStyle, startsNewPage: Bool, numbering: DocxNumbering?, alignment: DocxAlignment?) -> String {
        var properties = ""
        if style != .normal {
            properties += "<w:pStyle w:val=\"\(style.styleID)\"/>"
        }
        if startsNewPage {
            properties += "<w:pageBreakBefore/>"
        }
        if let numbering {
            let level = min(max(numbering.level, 0), 8)
            properties += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(state.numberID(for: numbering.list))\"/></w:numPr>"
        }
        if let alignment, alignment != .left {
            properties += "<w:jc w:val=\"\(alignment.rawValue)\"/>"
        }
        return properties
    }

    /// A `w:tbl` filling the text width, its columns shared out by weight, its header row marked
    /// `w:tblHeader` so that it repeats at the top of each page. A table with no rows at all is
    /// not written (Word refuses a `w:tbl` without a `w:tr`).
    mutating func table(_ table: DocxTable) -> String {
        let allRows = (table.header.map { [$0] } ?? []) + table.rows
        guard !allRows.isEmpty else { return "" }
        let columnCount = max(table.columns.count, allRows.map(\.cells.count).max() ?? 0, 1)
        let columns = (0..<columnCount).map { index in
            index < table.columns.count ? table.columns[index] : DocxColumn()
        }
        let widths = TableGeometry.columnWidths(weights: columns.map(\.weight), total: PageGeometry.textWidth)
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        out += "<w:tblLook w:val=\"04A0\" w:firstRow=\"\(table.header == nil ? 0 : 1)\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
        out += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        if let header = table.header {
            out += row(header, isHeader: true, columns: columns, widths: widths)
        }
        for body in table.rows {
            out += row(body, isHeader: false, columns: columns, widths: widths)
        }
        return out + "</w:tbl>"
    }

    private mutating func row(_ row: DocxTableRow, isHeader: Bool, columns: [DocxColumn], widths: [Int]) -> String {
        var rowProperties = isHeader ? "<w:cantSplit/><w:tblHeader/>" : "<w:cantSplit/>"
        if let change = row.change {
            rowProperties += "<\(change.elementName) \(RunWriter.revisionAttributes(change.revision, id: state.nextRevisionID()))/>"
        }
        var out = "<w:tr><w:trPr>\(rowProperties)</w:trPr>"
        for (index, column) in columns.enumerated() {
            let cell = index < row.cells.count ? row.cells[index] : DocxCell(paragraphs: [])
            var cellProperties = "<w:tcW w:w=\"\(widths[index])\" w:type=\"dxa\"/>"
            if isHeader {
                cellProperties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>"
            }
            out += "<w:tc><w:tcPr>\(cellProperties)</w:tcPr>"
            let paragraphs = cell.paragraphs.isEmpty ? [DocxParagraph(content: [])] : cell.paragraphs
            for paragraph in paragraphs {
                out += self.paragraph(paragraph, alignment: column.alignment, rowChange: row.change, format: RunFormat(bold: isHeader))
            }
            out += "</w:tc>"
        }
        return out + "</w:tr>"
    }
}

/// Shares a width in twentieths of a point among columns by weight; the parts add up exactly.
enum TableGeometry {
    static func columnWidths(weights: [Int], total: Int) -> [Int] {
        let positive = weights.map { max($0, 1) }
        let sum = positive.reduce(0, +)
        var widths: [Int] = []
        var given = 0
        var running = 0
        for weight in positive {
            running += weight
            let edge = total * running / sum
            widths.append(edge - given)
            given = edge
        }
        return widths
    }
}

/// A4 portrait with 2.54 cm margins, in twentieths of a point.
enum PageGeometry {
    static let width = 11906
    static let height = 16838
    static let margin = 1440
    static let textWidth = width - 2 * margin
}
