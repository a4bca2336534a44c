import CSADocx
import CSAModel

/// The body of a paper's Word document, in reading order: title, header block, sections, closing
/// fields. Numbered headings and paragraphs share one Word list (`sections`), headings at level 0
/// and paragraphs at level 1, so Word counts them exactly as `PaperOutline` does and renumbers the
/// rest when a clerk inserts a paragraph.
struct PaperBody {
    let paper: Paper
    let layout: PaperLayout
    let sections: DocxList
    var inlines: PaperInlines
    /// The next instance number for a list of its own (each Markdown list, the recommendations).
    private var nextList = 1

    init(paper: Paper, layout: PaperLayout) {
        self.paper = paper
        self.layout = layout
        self.sections = DocxList(style: PaperBody.listStyle(layout.numbering))
        self.inlines = PaperInlines(footnotes: paper.footnotes)
    }

    /// The Word list style that numbers as the scheme does.
    static func listStyle(_ scheme: PaperNumberingScheme) -> DocxListStyle {
        switch scheme {
        case .sections: return .sections
        case .sectionsPointZero: return .sectionsPointZero
        case .sectionsParenthesised: return .sectionsParenthesised
        }
    }

    mutating func blocks() -> [DocxBlock] {
        let outline = PaperOutline(paper, layout: layout)
        var out: [DocxBlock] = [.paragraph(DocxParagraph(style: .title, content: [.text(paper.header.subject)]))]
        for spec in layout.header { out += headerField(spec) }
        for item in outline.opening { out += self.item(item) }
        for section in outline.sections {
            out.append(.paragraph(DocxParagraph(style: .heading1, numbering: section.number == nil ? nil : DocxNumbering(list: sections, level: 0),
                                                content: inlines.map(section.heading), startsNewPage: section.isAppendix)))
            for item in section.items { out += self.item(item) }
        }
        for field in outline.closing { out += closing(field) }
        return out
    }

    /// A label in bold with its colon, as the seeds print "Subject:".
    private func label(_ spec: PaperFieldSpec) -> DocxInline { .strong([.text(spec.label + ":")]) }

    private mutating func headerField(_ spec: PaperFieldSpec) -> [DocxBlock] {
        let header = paper.header
        guard header.has(spec.field) else {
            return spec.absent.map { [.paragraph(DocxParagraph(content: [label(spec), .text(" " + $0)]))] } ?? []
        }
        switch spec.field {
        case .summary:
            var blocks = header.summary.flatMap { self.block($0, level: 0) }
            if case .paragraph(var first)? = blocks.first, first.style == .normal, first.numbering == nil {
                first.content = [label(spec), .text(" ")] + first.content
                blocks[0] = .paragraph(first)
            } else {
                blocks.insert(.paragraph(DocxParagraph(content: [label(spec)])), at: 0)
            }
            return blocks
        case .recommendations:
            guard let recommendations = header.recommendations else { return [] }
            var blocks: [DocxBlock] = [.paragraph(DocxParagraph(content: [label(spec)]))]
            if !recommendations.leadIn.isEmpty {
                blocks.append(.paragraph(DocxParagraph(content: inlines.map(recommendations.leadIn))))
            }
            let list = newList(recommendations.marker == .lettered ? .lettered : .decimal)
            blocks += recommendations.items.map {
                .paragraph(DocxParagraph(style: .listNumber, numbering: DocxNumbering(list: list), content: inlines.map($0)))
            }
            return blocks
        default:
            var content: [DocxInline] = [label(spec), .text(" ")]
            for (index, line) in PaperWording.lines(spec.field, header).enumerated() {
                if index > 0 { content.append(.lineBreak) }
                content.append(.text(line))
            }
            return [.paragraph(DocxParagraph(content: content))]
        }
    }

    private mutating func item(_ item: PaperItem) -> [DocxBlock] {
        switch item {
        case .paragraph(let number, let content, _):
            return [.paragraph(DocxParagraph(numbering: number == nil ? nil : DocxNumbering(list: sections, level: 1),
                                             content: inlines.map(content)))]
        case .block(let block):
            return self.block(block, level: 0)
        case .table(let table):
            let header = DocxTableRow(cells: table.header.map { DocxCell(text: $0) })
            let rows = table.rows.map { row in DocxTableRow(cells: row.map { DocxCell(inlines.map($0)) }) }
            return [.paragraph(DocxParagraph(style: .caption, content: [.text(table.caption)])),
                    .table(DocxTable(header: header, rows: rows))]
        }
    }

    /// A Markdown block; `level` is the depth of list nesting.
    private mutating func block(_ block: Block, level: Int) -> [DocxBlock] {
        switch block.kind {
        case .paragraph(let content):
            return [.paragraph(DocxParagraph(content: inlines.map(content)))]
        case .heading(let headingLevel, let content):
            let style: DocxParagraphStyle = headingLevel <= 2 ? .heading1 : headingLevel == 3 ? .heading2 : .heading3
            return [.paragraph(DocxParagraph(style: style, content: inlines.map(content)))]
        case .blockQuote(let children):
            return children.flatMap { child -> [DocxBlock] in
                self.block(child, level: level).map { block in
                    guard case .paragraph(var paragraph) = block, paragraph.style == .normal else { return block }
                    paragraph.style = .quote
                    return .paragraph(paragraph)
                }
            }
        case .list(let style, _, let items):
            let list: DocxList
            switch style {
            case .bullet: list = newList(.bullet)
            case .ordered(let start, _): list = newList(.decimal, start: start)
            }
            return items.flatMap { item in listItem(item, list: list, level: level) }
        case .codeBlock(_, let literal):
            let text = literal.hasSuffix("\n") ? String(literal.dropLast()) : literal
            return [.paragraph(DocxParagraph(style: .code, content: [.text(text)]))]
        case .htmlBlock, .thematicBreak:
            return []
        }
    }

    /// One list item: its first paragraph numbered (or bulleted), the rest of it after.
    private mutating func listItem(_ item: [Block], list: DocxList, level: Int) -> [DocxBlock] {
        let style: DocxParagraphStyle = list.style == .bullet ? .listBullet : .listNumber
        var out: [DocxBlock] = []
        var numbered = false
        for child in item {
            if case .list = child.kind {
                out += block(child, level: level + 1)
                continue
            }
            if !numbered, case .paragraph(let content) = child.kind {
                out.append(.paragraph(DocxParagraph(style: style, numbering: DocxNumbering(list: list, level: level), content: inlines.map(content))))
                numbered = true
                continue
            }
            out += block(child, level: level)
        }
        if !numbered {
            out.insert(.paragraph(DocxParagraph(style: style, numbering: DocxNumbering(list: list, level: level), content: [])), at: 0)
        }
        return out
    }

    private mutating func closing(_ field: PaperClosingField) -> [DocxBlock] {
        let header = paper.header
        var out: [DocxBlock] = [.paragraph(DocxParagraph(style: .heading1, numbering: field.number == nil ? nil : DocxNumbering(list: sections, level: 0),
                                                         content: [.text(field.spec.label)]))]
        var lines: [[Inline]] = []
        switch field.spec.field {
        case .backgroundDocuments: lines = header.backgroundDocuments
        case .attachments: lines = header.attachments
        case .appendices: lines = header.appendices.map(PaperWording.appendixLine)
        case .contacts:
            for group in header.contactGroups {
                out.append(.paragraph(DocxParagraph(style: .heading2, content: [.text(group.heading)])))
                out += group.contacts.map { .paragraph(DocxParagraph(content: contact($0))) }
            }
        default:
            lines = PaperWording.lines(field.spec.field, header).map { [Inline(.text($0), line: 0)] }
        }
        if lines.isEmpty, field.spec.field != .contacts, let absent = field.spec.absent {
            lines = [[Inline(.text(absent), line: 0)]]
        }
        out += lines.map { .paragraph(DocxParagraph(content: inlines.map($0))) }
        return out
    }

    /// A contact's name, role, telephone and email, one to a line.
    private func contact(_ contact: PaperContact) -> [DocxInline] {
        var lines: [[DocxInline]] = [[.text(contact.name)]]
        if let role = contact.role { lines.append([.text(role)]) }
        if let phone = contact.phone { lines.append([.text(phone)]) }
        if let email = contact.email { lines.append([.link(target: "mailto:" + email, [.text(email)])]) }
        return Array(lines.map { $0 }.joined(separator: [.lineBreak]))
    }

    private mutating func newList(_ style: DocxListStyle, start: Int = 1) -> DocxList {
        defer { nextList += 1 }
        return DocxList(style: style, instance: nextList, start: start)
    }
}
