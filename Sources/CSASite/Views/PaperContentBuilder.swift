import CSAHTML
import CSAModel

/// Builds `PaperContent` from a paper and its layout: the header rows in the layout's order and
/// with its labels, the sections and paragraphs numbered by `PaperOutline`, the closing fields and
/// the footnotes. Markdown becomes HTML through `DocumentHTMLWriter` (raw HTML omitted); every
/// other text is escaped by the templates.
struct PaperContentBuilder {
    let paper: Paper
    let layout: PaperLayout
    /// Ids the page uses for itself, which no heading may take.
    let reserved: Set<String>

    private var writer: DocumentHTMLWriter { DocumentHTMLWriter(options: HTMLOptions(focusableCode: true)) }

    func build() -> PaperContent {
        let outline = PaperOutline(paper, layout: layout)
        var footnotes = FootnoteNumbering(numbers: outline.footnoteNumbers)
        let paragraphIDs = outline.sections.flatMap { section in
            section.items.enumerated().compactMap { index, item -> String? in
                guard case .paragraph(_?, _, _) = item, let ordinal = section.ordinal else { return nil }
                return paragraphID(ordinal, index, in: section)
            }
        }
        let noteIDs = outline.footnoteNumbers.values.flatMap { ["fn-\($0)", "fnref-\($0)"] }
        var anchors = HeadingAnchors(reserved: reserved.union(paragraphIDs).union(noteIDs))

        let rows = layout.header.compactMap { headerRow($0, &anchors, &footnotes) }
        let opening = outline.opening.map { item(0, $0, in: nil, &anchors, &footnotes) }
        let sections = outline.sections.map { section in
            let id = anchors.id(for: section.heading.plainText)
            let heading = writer.render(inlines: section.heading, footnotes: &footnotes)
            let items = section.items.enumerated().map { item($0, $1, in: section, &anchors, &footnotes) }
            return PaperSectionView(id: id, number: section.number, headingHTML: heading, isAppendix: section.isAppendix, items: items)
        }
        let closing = outline.closing.map { closingView($0, &anchors, &footnotes) }
        let notes = paper.footnotes.enumerated().map { index, note in
            PaperFootnoteView(number: index + 1, contentHTML: writer.render(inlines: note.content, footnotes: &footnotes))
        }
        return PaperContent(layout: layout.name, subject: paper.header.subject, meetingText: PaperWording.meeting(paper.header),
                            headerRows: rows, opening: opening, sections: sections, closing: closing,
                            footnotes: notes, hasFootnotes: !notes.isEmpty)
    }

    /// `paragraph-3-2` for the second numbered paragraph of section 3.
    private func paragraphID(_ ordinal: Int, _ index: Int, in section: PaperSection) -> String {
        let position = section.items[...index].filter { if case .paragraph(.some, _, _) = $0 { true } else { false } }.count
        return "paragraph-\(ordinal)-\(position)"
    }

    private func item(_ index: Int, _ item: PaperItem, in section: PaperSection?,
                      _ anchors: inout HeadingAnchors, _ footnotes: inout FootnoteNumbering) -> PaperItemView {
        switch item {
        case .paragraph(let number, let content, _):
            let id = number != nil ? section.flatMap { s in s.ordinal.map { paragraphID($0, index, in: s) } } : nil
            return PaperItemView(paragraph: PaperParagraphView(number: number, id: id, contentHTML: writer.render(inlines: content, footnotes: &footnotes)),
                                 blockHTML: nil, isHeading: false, table: nil)
        case .block(let block):
            var isHeading = false
            if case .heading = block.kind { isHeading = true }
            return PaperItemView(paragraph: nil, blockHTML: writer.render(Document(blocks: [block]), anchors: &anchors, footnotes: &footnotes),
                                 isHeading: isHeading, table: nil)
        case .table(let table):
            let rows = table.rows.map { PaperTableRow(cells: $0.map { PaperTableCell(contentHTML: writer.render(inlines: $0, footnotes: &footnotes)) }) }
            return PaperItemView(paragraph: nil, blockHTML: nil, isHeading: false, table: PaperTableView(caption: table.caption, header: table.header, rows: rows))
        }
    }

    private func headerRow(_ spec: PaperFieldSpec, _ anchors: inout HeadingAnchors, _ footnotes: inout FootnoteNumbering) -> PaperFieldView? {
        let header = paper.header
        guard header.has(spec.field) else {
            return spec.absent.map { PaperFieldView(key: spec.label, lines: [$0], contentHTML: nil, recommendations: nil) }
        }
        func lines(_ lines: [String]) -> PaperFieldView { PaperFieldView(key: spec.label, lines: lines, contentHTML: nil, recommendations: nil) }
        switch spec.field {
        case .summary:
            return PaperFieldView(key: spec.label, lines: [], contentHTML: writer.render(Document(blocks: header.summary), anchors: &anchors, footnotes: &footnotes),
                                  recommendations: nil)
        case .recommendations:
            guard let recommendations = header.recommendations else { return nil }
            let lead = recommendations.leadIn.isEmpty ? nil : writer.render(inlines: recommendations.leadIn, footnotes: &footnotes)
            let items = recommendations.items.enumerated().map { index, content in
                PaperMarkedItem(marker: PaperWording.marker(index, recommendations.marker), contentHTML: writer.render(inlines: content, footnotes: &footnotes))
            }
            return PaperFieldView(key: spec.label, lines: [], contentHTML: nil, recommendations: PaperRecommendationsView(leadInHTML: lead, items: items))
        default:
            return lines(PaperWording.lines(spec.field, header))
        }
    }

    private func closingView(_ field: PaperClosingField, _ anchors: inout HeadingAnchors, _ footnotes: inout FootnoteNumbering) -> PaperClosingView {
        let header = paper.header
        let id = anchors.id(for: field.spec.label)
        var paragraphs: [[Inline]] = []
        var groups: [PaperContactGroup] = []
        switch field.spec.field {
        case .backgroundDocuments: paragraphs = header.backgroundDocuments
        case .attachments: paragraphs = header.attachments
        case .appendices: paragraphs = header.appendices.map(PaperWording.appendixLine)
        case .contacts:
            groups = header.contactGroups.map { group in
                PaperContactGroup(heading: group.heading, contacts: group.contacts.map {
                    PaperContactView(name: $0.name, role: $0.role, phone: $0.phone, email: $0.email)
                })
            }
        default:
            paragraphs = PaperWording.lines(field.spec.field, header).map { [Inline(.text($0), line: 0)] }
        }
        if paragraphs.isEmpty && groups.isEmpty, let absent = field.spec.absent {
            paragraphs = [[Inline(.text(absent), line: 0)]]
        }
        return PaperClosingView(id: id, number: field.number, label: field.spec.label,
                                paragraphs: paragraphs.map { PaperTableCell(contentHTML: writer.render(inlines: $0, footnotes: &footnotes)) },
                                contactGroups: groups)
    }
}
