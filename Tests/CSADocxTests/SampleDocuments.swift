import CSADocx

/// Whole documents that exercise everything the writer makes; `SampleFileTests` writes each one
/// to disk for the LibreOffice and python-docx checks in `Tests/DocxChecks`.
enum SampleDocuments {
    struct Sample {
        let name: String
        let document: DocxDocument
    }

    static func all(_ fixture: Fixture) -> [Sample] {
        [
            Sample(name: "tracked-changes", document: trackedChanges(fixture)),
            Sample(name: "committee-paper", document: committeePaper(fixture)),
            Sample(name: "partnership-paper", document: partnershipPaper(fixture)),
            Sample(name: "hostile-text", document: hostileText(fixture)),
        ]
    }

    /// A year-on-year comparison: changed words, whole paragraphs and list items added and
    /// removed, a changed table, a numbered list with an item inserted (Word renumbers it).
    static func trackedChanges(_ fixture: Fixture) -> DocxDocument {
        let editor = fixture.editor
        let bullets = DocxList(style: .bullet, instance: 1)
        let steps = DocxList(style: .decimal, instance: 2)
        var document = fixture.document([
            .paragraph(DocxParagraph(style: .title, content: [.text("Community Safety Agreement: changes from 2018-19 to 2024-25")])),
            .paragraph(DocxParagraph(style: .heading1, content: [.text("Summary of changes")])),
            .paragraph(DocxParagraph(content: [
                .text("The partnership "),
                .deleted(editor, [.text("agreed five")]),
                .inserted(editor, [.text("now has six")]),
                .text(" priorities. "),
                .inserted(editor, [.text("Two are new, and one was renamed.")]),
            ])),
            .paragraph(DocxParagraph(style: .listBullet, numbering: DocxNumbering(list: bullets), content: [.text("Serious and Organised Crime")])),
            .paragraph(DocxParagraph(style: .listBullet, numbering: DocxNumbering(list: bullets), content: [
                .deleted(editor, [.text("Anti-Social Behaviour")]),
                .inserted(editor, [.text("Preventing Neighbourhood Crime & ASB")]),
            ])),
            .paragraph(DocxParagraph(style: .listBullet, numbering: DocxNumbering(list: bullets, level: 1), content: [.text("including hate crime")], change: .inserted(editor))),
            .paragraph(DocxParagraph(style: .listBullet, numbering: DocxNumbering(list: bullets), content: [.text("Acquisitive crime")], change: .deleted(editor))),
            .paragraph(DocxParagraph(style: .heading2, content: [.text("Violence against women and girls")], change: .inserted(editor))),
            .paragraph(DocxParagraph(content: [
                .text("A new priority, led by "),
                .link(target: "https://www.kent.gov.uk/", [.text("Kent County Council")]),
                .text("."),
            ], change: .inserted(editor))),
            .paragraph(DocxParagraph(style: .heading2, content: [.text("How the plan is delivered")])),
            .paragraph(DocxParagraph(style: .listNumber, numbering: DocxNumbering(list: steps), content: [.text("Agree the priorities each year.")])),
            .paragraph(DocxParagraph(style: .listNumber, numbering: DocxNumbering(list: steps), content: [.text("Publish the action plan with leads and dates.")], change: .inserted(editor))),
            .paragraph(DocxParagraph(style: .listNumber, numbering: DocxNumbering(list: steps), content: [
                .text("Report progress to the "),
                .deleted(editor, [.text("Board")]),
                .inserted(editor, [.text("Kent Community Safety Partnership")]),
                .text(" twice a year."),
            ])),
            .paragraph(DocxParagraph(style: .caption, content: [.text("Table 1: action plan status")])),
            .table(DocxTable(
                columns: [DocxColumn(weight: 3), DocxColumn(weight: 1, alignment: .right)],
                header: DocxTableRow(cells: [DocxCell(text: "Status"), DocxCell(text: "Actions")]),
                rows: [
                    DocxTableRow(cells: [DocxCell(text: "Amber (in progress)"), DocxCell([.deleted(editor, [.text("20")]), .inserted(editor, [.text("26")])])]),
                    DocxTableRow(cells: [DocxCell(text: "Red (at risk)"), DocxCell(text: "1")], change: .deleted(editor)),
                    DocxTableRow(cells: [DocxCell(text: "Green (complete)"), DocxCell(text: "3")], change: .inserted(editor)),
                ]
            )),
            .paragraph(DocxParagraph(content: [.text("Measures are compared with the same period of the previous year.")])),
        ], footer: DocxFooter(text: "Community Safety Agreement: what changed"))
        document.properties.title = "Community Safety Agreement: what changed"
        return document
    }

    /// A county council committee paper: section numbering 1. / 1.1 made by Word, lettered
    /// recommendations, a footnote, and a table long enough to run onto a second page, its
    /// header row repeated there.
    static func committeePaper(_ fixture: Fixture) -> DocxDocument {
        let sections = DocxList(style: .sections)
        let recommendations = DocxList(style: .lettered, instance: 1)
        func heading(_ text: String) -> DocxBlock {
            .paragraph(DocxParagraph(style: .heading1, numbering: DocxNumbering(list: sections, level: 0), content: [.text(text)]))
        }
        func numbered(_ content: [DocxInline]) -> DocxBlock {
            .paragraph(DocxParagraph(numbering: DocxNumbering(list: sections, level: 1), content: content))
        }
        let months = ["April", "May", "June", "July", "August", "September", "October", "November", "December", "January", "February", "March"]
        let rows = (0..<60).map { index in
            DocxTableRow(cells: [
                DocxCell(text: "Action \(index + 1)"),
                DocxCell(text: "Deliver the agreed activity for priority \(index % 6 + 1), reporting to the partnership."),
                DocxCell(text: months[index % 12]),
                DocxCell(text: index % 7 == 0 ? "Green" : "Amber"),
            ])
        }
        var document = fixture.document([
            .paragraph(DocxParagraph(style: .title, content: [.text("Kent Community Safety Agreement")])),
            .table(DocxTable(columns: [DocxColumn(weight: 1), DocxColumn(weight: 3)], header: DocxTableRow(cells: [DocxCell(text: "Field"), DocxCell(text: "Detail")]), rows: [
                DocxTableRow(cells: [DocxCell(text: "By"), DocxCell(text: "Cabinet Member for Community and Regulatory Services")]),
                DocxTableRow(cells: [DocxCell(text: "To"), DocxCell(text: "Scrutiny Committee, 12 July 2018")]),
                DocxTableRow(cells: [DocxCell(text: "Classification"), DocxCell(text: "Unrestricted")]),
            ])),
            heading("Introduction"),
            numbered([.text("The Crime and Disorder Act 1998 requires the county's partners to work together on community safety"), .footnote([.text("Sections 5 to 7 of the Crime and Disorder Act 1998.")]), .text(".")]),
            numbered([.text("This paper presents the refreshed agreement for comment.")]),
            heading("Priorities"),
            numbered([.text("The agreement sets "), .strong([.text("six")]), .text(" priorities, listed in the table below.")]),
            .table(DocxTable(
                columns: [DocxColumn(weight: 2), DocxColumn(weight: 7), DocxColumn(weight: 2), DocxColumn(weight: 2)],
                header: DocxTableRow(cells: [DocxCell(text: "Ref"), DocxCell(text: "Action"), DocxCell(text: "Due"), DocxCell(text: "Status")]),
                rows: rows
            )),
            heading("Recommendations"),
            numbered([.text("The Committee is asked to:")]),
            .paragraph(DocxParagraph(style: .listNumber, numbering: DocxNumbering(list: recommendations), content: [.text("note the refreshed agreement; and")])),
            .paragraph(DocxParagraph(style: .listNumber, numbering: DocxNumbering(list: recommendations), content: [.text("comment on the priorities.")])),
        ], header: DocxHeader(text: "Unrestricted"), footer: DocxFooter(text: "Kent Community Safety Agreement"))
        document.properties.subject = "Kent Community Safety Agreement"
        return document
    }

    /// A partnership paper: sections numbered 1.0 with paragraphs 1.1, 1.2; (1), (2)
    /// sub-paragraphs; a nested bulleted list three levels deep; a quotation and a code block.
    static func partnershipPaper(_ fixture: Fixture) -> DocxDocument {
        let sections = DocxList(style: .sectionsPointZero)
        let subparagraphs = DocxList(style: .parenthesised, instance: 1)
        let bullets = DocxList(style: .bullet, instance: 2)
        func heading(_ text: String) -> DocxBlock {
            .paragraph(DocxParagraph(style: .heading1, numbering: DocxNumbering(list: sections, level: 0), content: [.text(text)]))
        }
        func numbered(_ text: String) -> DocxBlock {
            .paragraph(DocxParagraph(numbering: DocxNumbering(list: sections, level: 1), content: [.text(text)]))
        }
        func bullet(_ text: String, _ level: Int) -> DocxBlock {
            .paragraph(DocxParagraph(style: .listBullet, numbering: DocxNumbering(list: bullets, level: level), content: [.text(text)]))
        }
        return fixture.document([
            .paragraph(DocxParagraph(style: .title, content: [.text("Community Safety Agreement: update")])),
            .paragraph(DocxParagraph(style: .subtitle, content: [.text("Kent Community Safety Partnership, 26 September 2024")])),
            heading("Background"),
            numbered("The agreement runs from April 2024."),
            numbered("The partnership agreed its priorities in March."),
            .paragraph(DocxParagraph(numbering: DocxNumbering(list: subparagraphs), content: [.text("the priorities were refreshed;")])),
            .paragraph(DocxParagraph(numbering: DocxNumbering(list: subparagraphs), content: [.text("the action plan was updated.")])),
            heading("Progress"),
            numbered("Progress is reported against each priority:"),
            bullet("Serious violence", 0),
            bullet("Knife crime", 1),
            bullet("Weapons sweeps", 2),
            bullet("Domestic abuse", 0),
            .paragraph(DocxParagraph(style: .heading3, content: [.text("A quotation")])),
            .paragraph(DocxParagraph(style: .quote, content: [.text("Safer communities together.")])),
            .paragraph(DocxParagraph(style: .code, content: [.text("csa diff 2018-19 2024-25\ncsa paper update")])),
        ], footer: DocxFooter(text: "Community Safety Agreement: update"))
    }

    /// Every field holding text that XML and Word must not take literally.
    static func hostileText(_ fixture: Fixture) -> DocxDocument {
        let hostile = "<script>&amp; \"q\" 'a' ]]> \u{1}\u{8}\u{FFFE} é \u{1F600} \u{202E}rtl"
        let properties = DocxProperties(title: hostile, subject: hostile, creator: hostile, company: hostile, created: fixture.date)
        let author = DocxRevision(author: hostile, date: fixture.date)
        return DocxDocument(properties: properties, header: DocxHeader(text: hostile), footer: DocxFooter(text: hostile), blocks: [
            .paragraph(DocxParagraph(style: .heading1, content: [.text(hostile)])),
            .paragraph(DocxParagraph(content: [
                .link(target: "https://example.org/?q=<x>&y=\"z\" \u{1}", [.text(hostile)]),
                .inserted(author, [.text(hostile)]),
                .deleted(author, [.code(hostile)]),
                .footnote([.text(hostile)]),
            ])),
            .table(DocxTable(header: DocxTableRow(cells: [DocxCell(text: hostile)]), rows: [DocxTableRow(cells: [DocxCell(text: hostile)])])),
        ])
    }
}
