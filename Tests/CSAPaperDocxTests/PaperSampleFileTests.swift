import CSADocx
import CSAModel
import CSAPaperDocx
import Foundation
import PaperFixtures
import Testing

/// Writes each hand-made paper as `paper-<id>.docx` into `CSA_DOCX_OUTPUT` (when set; otherwise a
/// temporary folder) with a `.expect.json` beside it for `Tests/DocxChecks`: LibreOffice must render
/// it with "Page X of Y" on every page and show the section and paragraph numbers the web page
/// shows, and python-docx must read its headings, numbered paragraphs and table header rows back.
/// The expectations are worked out from the paper and its layout, not from the Word document.
@Suite struct PaperSampleFileTests {
    @Test func writesEveryPaperWithItsExpectations() throws {
        let folder = Self.outputFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for paper in [PaperFixtures.cabinetCommittee, PaperFixtures.partnershipUpdate, PaperFixtures.decision] {
            let layout = try #require(PaperFixtures.layout(paper.layout))
            let document = try PaperDocument(paper, layout: layout, organisation: "Kent Community Safety Partnership").document()
            let data = try DocxWriter().data(for: document)
            try data.write(to: folder.appendingPathComponent("paper-\(paper.id).docx"))
            let expectations = PaperExpectations(paper, layout: layout)
            #expect(expectations.headings.first == .init(style: "Title", text: paper.header.subject))
            #expect(!expectations.numbers.isEmpty)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(expectations).write(to: folder.appendingPathComponent("paper-\(paper.id).expect.json"))
        }
    }

    static func outputFolder() -> URL {
        if let folder = ProcessInfo.processInfo.environment["CSA_DOCX_OUTPUT"], !folder.isEmpty {
            return URL(fileURLWithPath: folder, isDirectory: true)
        }
        return FileManager.default.temporaryDirectory.appendingPathComponent("csa-paper-docx-\(getpid())", isDirectory: true)
    }
}

/// What a reader must find in a paper's Word document (the shape `Tests/DocxChecks` reads), plus
/// `numbers`: the section and paragraph numbers, in order, that Word's numbering must print.
struct PaperExpectations: Encodable {
    struct Heading: Encodable, Equatable {
        let style: String
        let text: String
    }

    struct Numbered: Encodable {
        let text: String
        let level: Int
    }

    struct Table: Encodable {
        let rows: Int
        let header: Bool
    }

    var headings: [Heading] = []
    var numbered: [Numbered] = []
    var tables: [Table] = []
    var numbers: [String] = []
    let pageNumbers = true
    let insertions = false
    let deletions = false
    let visibleDeletion: String? = nil

    init(_ paper: Paper, layout: PaperLayout) {
        let outline = PaperOutline(paper, layout: layout)
        headings.append(Heading(style: "Title", text: paper.header.subject))
        if layout.header.contains(where: { $0.field == .recommendations }), let recommendations = paper.header.recommendations {
            numbered += recommendations.items.map { Numbered(text: $0.plainText, level: 0) }
        }
        for item in outline.opening { add(item) }
        for section in outline.sections {
            headings.append(Heading(style: "Heading 1", text: section.heading.plainText))
            if let number = section.number {
                numbered.append(Numbered(text: section.heading.plainText, level: 0))
                numbers.append(number)
            }
            for item in section.items { add(item) }
        }
        for field in outline.closing {
            headings.append(Heading(style: "Heading 1", text: field.spec.label))
            if let number = field.number {
                numbered.append(Numbered(text: field.spec.label, level: 0))
                numbers.append(number)
            }
            if field.spec.field == .contacts {
                headings += paper.header.contactGroups.map { Heading(style: "Heading 2", text: $0.heading) }
            }
        }
    }

    private mutating func add(_ item: PaperItem) {
        switch item {
        case .paragraph(let number, let content, _):
            if let number {
                numbered.append(Numbered(text: content.plainText, level: 1))
                numbers.append(number)
            }
        case .table(let table):
            tables.append(Table(rows: table.rows.count + 1, header: true))
        case .block(let block):
            add(block, listLevel: 0)
        }
    }

    private mutating func add(_ block: Block, listLevel: Int) {
        switch block.kind {
        case .heading(let level, let content):
            headings.append(Heading(style: level <= 2 ? "Heading 1" : level == 3 ? "Heading 2" : "Heading 3", text: content.plainText))
        case .list(_, _, let items):
            for item in items {
                var first = true
                for child in item {
                    if case .paragraph(let content) = child.kind, first {
                        numbered.append(Numbered(text: content.plainText, level: listLevel))
                        first = false
                    } else if case .list = child.kind {
                        add(child, listLevel: listLevel + 1)
                    } else {
                        add(child, listLevel: listLevel)
                    }
                }
                if first { numbered.append(Numbered(text: "", level: listLevel)) }
            }
        case .blockQuote(let children):
            for child in children { add(child, listLevel: listLevel) }
        default:
            break
        }
    }
}
