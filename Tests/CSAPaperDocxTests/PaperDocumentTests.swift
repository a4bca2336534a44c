import CSADocx
import CSAModel
import CSAPaperDocx
import Foundation
import PaperFixtures
import Testing

/// The Word document of a paper, checked value by value against the layout and the seed papers:
/// properties, page furniture, the header block, Word numbering on headings and paragraphs, lists,
/// tables, footnotes and closing fields.
@Suite struct PaperDocumentTests {
    static func document(_ paper: Paper) throws -> DocxDocument {
        let layout = try #require(PaperFixtures.layout(paper.layout))
        return try PaperDocument(paper, layout: layout, organisation: "Kent Community Safety Partnership").document()
    }

    static let sections = DocxList(style: .sections)
    static func text(_ s: String) -> DocxInline { .text(s) }
    static func bold(_ s: String) -> DocxInline { .strong([.text(s)]) }
    static func para(_ content: [DocxInline], style: DocxParagraphStyle = .normal, level: Int? = nil, list: DocxList = sections,
                     newPage: Bool = false) -> DocxBlock {
        .paragraph(DocxParagraph(style: style, numbering: level.map { DocxNumbering(list: list, level: $0) }, content: content, startsNewPage: newPage))
    }

    @Test func propertiesAndPageFurnitureComeFromTheHeader() throws {
        let document = try Self.document(PaperFixtures.cabinetCommittee)
        #expect(document.properties == DocxProperties(
            title: "The Kent Community Safety Agreement and the integrated Kent Community Safety Team",
            subject: "Environment and Transport Cabinet Committee – 20 March 2018",
            creator: "Mike Hill; Barbara Cooper", company: "Kent Community Safety Partnership",
            created: try DocxDateTime(year: 2018, month: 3, day: 20), language: "en-GB"))
        #expect(document.header == DocxHeader(text: "Unrestricted"))
        #expect(document.footer == DocxFooter(text: "The Kent Community Safety Agreement and the integrated Kent Community Safety Team"))
        #expect(!document.trackFurtherChanges)
    }

    @Test func councilHeaderBlockInTheLayoutsOrderWithBoldLabels() throws {
        let blocks = try Self.document(PaperFixtures.cabinetCommittee).blocks
        let t = Self.text, b = Self.bold
        let letters = DocxList(style: .lettered, instance: 1)
        #expect(Array(blocks.prefix(14)) == [
            Self.para([t("The Kent Community Safety Agreement and the integrated Kent Community Safety Team")], style: .title),
            Self.para([b("From:"), t(" "), t("Mike Hill, Cabinet Member for Community & Regulatory Services"), .lineBreak,
                       t("Barbara Cooper, Corporate Director of Growth, Environment & Transport")]),
            Self.para([b("To:"), t(" "), t("Environment and Transport Cabinet Committee – 20 March 2018")]),
            Self.para([b("Subject:"), t(" "), t("The Kent Community Safety Agreement and the integrated Kent Community Safety Team")]),
            Self.para([b("Classification:"), t(" "), t("Unrestricted")]),
            Self.para([b("Past Pathway of Paper:"), t(" N/A")]),
            Self.para([b("Future Pathway of Paper:"), t(" N/A")]),
            Self.para([b("Electoral Division:"), t(" "), t("Countywide")]),
            Self.para([b("Summary:"), t(" "), t("This report presents the agreement's draft priorities for 2018/19 and the team's progress.")]),
            Self.para([b("Recommendation(s):")]),
            Self.para([t("The Cabinet Committee is asked to:")]),
            Self.para([t("endorse the agreement; and")], style: .listNumber, level: 0, list: letters),
            Self.para([t("note the "), .strong([t("progress")]), t(" made.")], style: .listNumber, level: 0, list: letters),
            Self.para([t("Background")], style: .heading1, level: 0),
        ])
    }

    @Test func sectionsAndParagraphsCarryWordNumberingNeverTypedNumbers() throws {
        let blocks = try Self.document(PaperFixtures.cabinetCommittee).blocks
        let t = Self.text
        let bullets = DocxList(style: .bullet, instance: 2)
        let note = DocxInline.footnote([t("The county strategy group of every partner.")])
        #expect(Array(blocks[13..<25]) == [
            Self.para([t("Background")], style: .heading1, level: 0),
            Self.para([t("The Crime and Disorder Act 1998 made councils, the police and their partners jointly responsible for reducing crime and disorder in their area."), note], level: 1),
            Self.para([t("As the upper tier authority, the County Council leads the work on the county agreement.")], level: 1),
            Self.para([t("Kent Community Safety Agreement")], style: .heading1, level: 0),
            Self.para([t("The agreement is owned by the Kent Community Safety Partnership and refreshed each year.")], level: 1),
            Self.para([t("Priorities")], style: .heading2),
            Self.para([t("Anti-Social Behaviour")], style: .listBullet, level: 0, list: bullets),
            Self.para([t("Domestic Abuse")], style: .listBullet, level: 0, list: bullets),
            Self.para([t("Road Safety")], style: .listBullet, level: 0, list: bullets),
            Self.para([t("A new agreement is being drafted for 2018/19, and its draft priorities are shown below.")], level: 1),
            Self.para([t("Action plan status, 2018/19")], style: .caption),
            .table(DocxTable(header: DocxTableRow(cells: [DocxCell(text: "Status"), DocxCell(text: "Actions")]),
                             rows: [DocxTableRow(cells: [DocxCell([t("Amber (in progress)")]), DocxCell([t("26")])]),
                                    DocxTableRow(cells: [DocxCell([t("Red")]), DocxCell([t("0")])])])),
        ])
        // No paragraph's text starts with a number: Word makes every one.
        for case .paragraph(let paragraph) in blocks {
            if case .text(let first)? = paragraph.content.first {
                #expect(first.range(of: #"^\(?\d+(\.\d+)*\)?\s"#, options: .regularExpression) == nil, "\(first)")
            }
        }
    }

    @Test func closingFieldsAndContacts() throws {
        let blocks = try Self.document(PaperFixtures.cabinetCommittee).blocks
        let t = Self.text
        #expect(Array(blocks.suffix(10)) == [
            Self.para([t("Background Documents")], style: .heading1),
            Self.para([t("None")]),
            Self.para([t("Appendices")], style: .heading1),
            Self.para([t("Appendix 1: "), t("The Kent Community Safety Agreement")]),
            Self.para([t("Appendix 2: "), t("Memorandum of Understanding")]),
            Self.para([t("Contact details")], style: .heading1),
            Self.para([t("Report Author")], style: .heading2),
            Self.para([t("Shafick Peerbux"), .lineBreak, t("Head of Community Safety"), .lineBreak, t("03000 413431"), .lineBreak,
                       .link(target: "mailto:shafick.peerbux@kent.gov.uk", [t("shafick.peerbux@kent.gov.uk")])]),
            Self.para([t("Relevant Director")], style: .heading2),
            Self.para([t("Katie Stewart"), .lineBreak, t("Director of Environment, Planning and Enforcement"), .lineBreak, t("03000 418827"), .lineBreak,
                       .link(target: "mailto:katie.stewart@kent.gov.uk", [t("katie.stewart@kent.gov.uk")])]),
        ])
    }

    @Test func partnershipUsesPointZeroSectionsAndStartsTheAppendixOnANewPage() throws {
        let document = try Self.document(PaperFixtures.partnershipUpdate)
        let list = DocxList(style: .sectionsPointZero)
        let t = Self.text
        #expect(Array(document.blocks.dropFirst(6).prefix(7)) == [
            Self.para([t("Background")], style: .heading1, level: 0, list: list),
            Self.para([t("The agreement is refreshed every year.")], level: 1, list: list),
            Self.para([t("Action Plan Update")], style: .heading1, level: 0, list: list),
            Self.para([t("All of the actions are in progress.")], level: 1, list: list),
            Self.para([t("The plan remains a live document.")], level: 1, list: list),
            Self.para([t("Appendix A: Performance Monitoring")], style: .heading1, newPage: true),
            Self.para([t("Each measure is compared with the same period of the previous year.")]),
        ])
        #expect(document.header == DocxHeader(text: "For Information"))
        #expect(document.properties.creator == "Shafick Peerbux")
    }

    @Test func decisionNumbersSubParagraphsAndTheBackgroundDocumentsSection() throws {
        let blocks = try Self.document(PaperFixtures.decision).blocks
        let list = DocxList(style: .sectionsParenthesised)
        let t = Self.text
        #expect(Array(blocks.dropFirst(6)) == [
            Self.para([t("Introduction")], style: .heading1, level: 0, list: list),
            Self.para([t("The framework shows how council services help to prevent crime.")]),
            Self.para([t("Community Safety Framework")], style: .heading1, level: 0, list: list),
            Self.para([t("The Crime and Disorder Act 1998 created a duty to work together.")], level: 1, list: list),
            Self.para([t("Community safety remains a high priority for the council.")], level: 1, list: list),
            Self.para([t("Recommendation")], style: .heading1, level: 0, list: list),
            Self.para([t("The County Council approves the framework.")]),
            Self.para([t("Background Documents")], style: .heading1, level: 0, list: list),
            Self.para([t("A Framework for Community Safety in Kent 2012 – 2015.")]),
            Self.para([t("Contact details")], style: .heading1),
            Self.para([t("Contact")], style: .heading2),
            Self.para([t("Jim Parris"), .lineBreak, t("Community Safety Manager, KCC"), .lineBreak,
                       .link(target: "mailto:james.parris@kent.gov.uk", [t("james.parris@kent.gov.uk")])]),
        ])
    }

    @Test func wordNumbersTheParagraphsAsTheWebPageDoes() throws {
        // Word's count, simulated over the document's w:numPr: level 0 counts sections, level 1
        // counts paragraphs and starts again after each section, as the abstract list says.
        for paper in [PaperFixtures.cabinetCommittee, PaperFixtures.partnershipUpdate, PaperFixtures.decision] {
            let layout = try #require(PaperFixtures.layout(paper.layout))
            let document = try Self.document(paper)
            var counts = [0, 0]
            var word: [String] = []
            for case .paragraph(let paragraph) in document.blocks {
                guard let numbering = paragraph.numbering, numbering.list.instance == 0 else { continue }
                if numbering.level == 0 { counts = [counts[0] + 1, 0] } else { counts[1] += 1 }
                word.append(numbering.level == 0 ? layout.numbering.sectionLabel(counts[0])
                                                 : layout.numbering.paragraphLabel(section: counts[0], paragraph: counts[1]))
            }
            let outline = PaperOutline(paper, layout: layout)
            var web: [String] = []
            for section in outline.sections {
                if let number = section.number { web.append(number) }
                for case .paragraph(let number?, _, _) in section.items { web.append(number) }
            }
            web += outline.closing.compactMap(\.number)
            #expect(word == web, "\(paper.id)")
            #expect(!word.isEmpty)
        }
    }

    @Test func identicalPapersGiveIdenticalBytes() throws {
        let first = try DocxWriter().data(for: Self.document(PaperFixtures.cabinetCommittee))
        let second = try DocxWriter().data(for: Self.document(PaperFixtures.cabinetCommittee))
        #expect(first == second)
        let footnotes = DocxWriter().parts(for: try Self.document(PaperFixtures.cabinetCommittee)).first { $0.path == "word/footnotes.xml" }
        #expect(footnotes?.content.contains("<w:t xml:space=\"preserve\">The county strategy group of every partner.</w:t>") == true)
    }
}
