import CSADocx
import Foundation
import Testing

/// Writes every sample document as a .docx, with a `.expect.json` beside it saying what a reader
/// must find in it, for `Tests/DocxChecks` (LibreOffice and python-docx) to open. The folder is
/// `CSA_DOCX_OUTPUT` when set (the Makefile sets it), otherwise a temporary folder.
@Suite struct SampleFileTests {
    @Test func writesEverySampleWithItsExpectations() throws {
        let fixture = try Fixture()
        let folder = SampleFileTests.outputFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for sample in SampleDocuments.all(fixture) {
            let data = try DocxWriter().data(for: sample.document)
            let file = folder.appendingPathComponent("csadocx-\(sample.name).docx")
            try data.write(to: file)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(DocxExpectations(sample.document)).write(to: folder.appendingPathComponent("csadocx-\(sample.name).expect.json"))
            #expect(try Data(contentsOf: file) == data)
        }
    }

    static func outputFolder() -> URL {
        if let folder = ProcessInfo.processInfo.environment["CSA_DOCX_OUTPUT"], !folder.isEmpty {
            return URL(fileURLWithPath: folder, isDirectory: true)
        }
        return FileManager.default.temporaryDirectory.appendingPathComponent("csa-docx-samples-\(getpid())", isDirectory: true)
    }
}

/// What python-docx and LibreOffice must find in a document, worked out from the model (not from
/// the XML), with texts as they read after accepting every change.
struct DocxExpectations: Encodable {
    struct Heading: Encodable, Equatable {
        let style: String
        let text: String
    }

    struct Numbered: Encodable, Equatable {
        let text: String
        let level: Int
    }

    struct Table: Encodable, Equatable {
        let rows: Int
        let header: Bool
    }

    /// Body paragraphs in Title or Heading 1-3, in order.
    let headings: [Heading]
    /// Body paragraphs with a list or section number, in order.
    let numbered: [Numbered]
    /// Body tables, in order.
    let tables: [Table]
    /// Whether every page must end with "Page N of M".
    let pageNumbers: Bool
    /// Whether the document holds tracked insertions, and tracked deletions, that LibreOffice
    /// must read as changes.
    let insertions: Bool
    let deletions: Bool
    /// A deleted phrase (plain words only) that LibreOffice's PDF must show, struck through: the
    /// settings say to show revisions. Nil when the document deletes no such phrase.
    let visibleDeletion: String?

    init(_ document: DocxDocument) {
        var headings: [Heading] = []
        var numbered: [Numbered] = []
        var tables: [Table] = []
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph):
                let text = DocxExpectations.acceptedText(paragraph.content, change: paragraph.change)
                let names: [DocxParagraphStyle: String] = [.title: "Title", .heading1: "Heading 1", .heading2: "Heading 2", .heading3: "Heading 3"]
                if let name = names[paragraph.style] {
                    headings.append(Heading(style: name, text: text))
                }
                if let numbering = paragraph.numbering {
                    numbered.append(Numbered(text: text, level: min(max(numbering.level, 0), 8)))
                }
            case .table(let table):
                tables.append(Table(rows: table.rows.count + (table.header == nil ? 0 : 1), header: table.header != nil))
            }
        }
        self.headings = headings
        self.numbered = numbered
        self.tables = tables
        self.pageNumbers = document.footer?.showsPageNumbers ?? false
        let changes = DocxExpectations.changes(in: document.blocks)
        self.insertions = changes.contains { if case .inserted = $0 { true } else { false } }
        self.deletions = changes.contains { if case .deleted = $0 { true } else { false } }
        self.visibleDeletion = DocxExpectations.deletedPhrases(document.blocks).first { phrase in
            phrase.count >= 3 && phrase.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == " " }
        }
    }

    /// The plain texts directly inside inline deletions in body paragraphs, in order.
    static func deletedPhrases(_ blocks: [DocxBlock]) -> [String] {
        func phrases(_ inlines: [DocxInline], deleted: Bool) -> [String] {
            inlines.flatMap { inline -> [String] in
                switch inline {
                case .text(let text): deleted ? [text] : []
                case .code, .lineBreak, .footnote: []
                case .strong(let content), .emphasis(let content), .link(_, let content): phrases(content, deleted: deleted)
                case .change(.deleted, let content): phrases(content, deleted: true)
                case .change(.inserted, let content): phrases(content, deleted: false)
                }
            }
        }
        return blocks.flatMap { block -> [String] in
            if case .paragraph(let paragraph) = block {
                if case .deleted = paragraph.change { return phrases(paragraph.content, deleted: true) }
                return phrases(paragraph.content, deleted: false)
            }
            return []
        }
    }

    /// Every change anywhere in the blocks: paragraphs, runs, table rows and cells.
    static func changes(in blocks: [DocxBlock]) -> [DocxChange] {
        func inlineChanges(_ inlines: [DocxInline]) -> [DocxChange] {
            inlines.flatMap { inline -> [DocxChange] in
                switch inline {
                case .text, .code, .lineBreak: []
                case .strong(let content), .emphasis(let content), .link(_, let content), .footnote(let content): inlineChanges(content)
                case .change(let change, let content): [change] + inlineChanges(content)
                }
            }
        }
        func paragraphChanges(_ paragraph: DocxParagraph) -> [DocxChange] {
            (paragraph.change.map { [$0] } ?? []) + inlineChanges(paragraph.content)
        }
        return blocks.flatMap { block -> [DocxChange] in
            switch block {
            case .paragraph(let paragraph):
                return paragraphChanges(paragraph)
            case .table(let table):
                return ((table.header.map { [$0] } ?? []) + table.rows).flatMap { row in
                    (row.change.map { [$0] } ?? []) + row.cells.flatMap { $0.paragraphs.flatMap(paragraphChanges) }
                }
            }
        }
    }

    /// The text with every change accepted; line ends become "\n", characters XML forbids go.
    static func acceptedText(_ inlines: [DocxInline], change: DocxChange?) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let text), .code(let text):
                if case .deleted = change { return "" }
                let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                return String(String.UnicodeScalarView(lines.unicodeScalars.filter { scalar in
                    scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF || scalar == "\t" || scalar == "\n"
                }))
            case .strong(let content), .emphasis(let content), .link(_, let content):
                return acceptedText(content, change: change)
            case .lineBreak:
                if case .deleted = change { return "" }
                return "\n"
            case .footnote:
                return ""
            case .change(let inner, let content):
                return acceptedText(content, change: inner)
            }
        }.joined()
    }
}
