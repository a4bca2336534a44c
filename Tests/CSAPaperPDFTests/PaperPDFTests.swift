import CSAModel
import CSAPaperPDF
import CSASite
import Foundation
import PaperFixtures
import Testing

/// WeasyPrint turns each hand-made paper's standalone document into a tagged PDF with identical
/// bytes every time; each PDF is also written, with what it must hold, into `CSA_PDF_OUTPUT` for
/// `Tests/PaperPDFChecks` (pdfinfo, pdftotext, the outline). WeasyPrint must be installed
/// (`make deps`): without it these tests fail, they are never skipped.
@Suite(.serialized) struct PaperPDFTests {
    static let packageRoot = PaperFixtures.layoutsFolder.deletingLastPathComponent().deletingLastPathComponent()

    static func weasyPrint() throws -> PaperPDF {
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = (environment["PATH"] ?? "") + ":" + packageRoot.appendingPathComponent(".venv/bin").path
        return try #require(PaperPDF.find(environment: environment), "WeasyPrint is not installed: \(PaperPDF.installHint)")
    }

    @Test func findsWeasyPrintWhereItIsToldToAndNowhereElse() {
        #expect(PaperPDF.find(environment: ["CSA_WEASYPRINT": "/nonexistent/weasyprint", "PATH": "/usr/bin"]) == nil)
        #expect(PaperPDF.find(environment: ["CSA_WEASYPRINT": "/bin/sh"])?.program.path == "/bin/sh")
    }

    /// The paper is handed to WeasyPrint in a folder only its user may read (the paper may not be
    /// published yet), which is gone afterwards.
    @Test func thePaperWaitsInAPrivateFolder() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("fake-weasyprint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: script) }
        // Writes, as its "PDF", the permissions and path of the folder it was started in.
        try "#!/bin/sh\nfor last; do :; done\nprintf '%%PDF-%s %s\\n%%%%EOF' \"$(stat -c %a .)\" \"$PWD\" > \"$last\"\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let said = String(decoding: try PaperPDF(program: script).pdf(html: "<p>x</p>"), as: UTF8.self)
        let words = said.dropFirst("%PDF-".count).split(separator: "\n").first?.split(separator: " ") ?? []
        #expect(words.first == "700", "\(said)")
        #expect(words.count == 2 && !FileManager.default.fileExists(atPath: String(words[1])))
    }

    @Test func aFailingProgramIsASentence() throws {
        let error = #expect(throws: PaperPDFError.self) { try PaperPDF(program: URL(fileURLWithPath: "/bin/false")).pdf(html: "<p>x</p>") }
        #expect(error?.message == "WeasyPrint (/bin/false) failed with exit status 1; it printed nothing")
        #expect(error?.hint == "run '/bin/false --info' to see whether WeasyPrint works; if it does not, run 'make deps' to install WeasyPrint 70.0 "
                + "and the libraries it needs into .venv/ again, or set CSA_WEASYPRINT to a weasyprint that works")
        let missing = #expect(throws: PaperPDFError.self) { try PaperPDF(program: URL(fileURLWithPath: "/nonexistent/weasyprint")).pdf(html: "") }
        #expect(missing?.message.hasPrefix("cannot run WeasyPrint at /nonexistent/weasyprint: ") == true)
        #expect(missing?.hint == "set CSA_WEASYPRINT to the weasyprint program, or run 'make deps' to install WeasyPrint 70.0 and the libraries it needs into .venv/ again")
    }

    @Test func everyPaperBecomesATaggedPDFWithIdenticalBytes() throws {
        let pdf = try Self.weasyPrint()
        let writer = try SiteWriter(theme: PaperFixtures.theme())
        let publication = PaperFixtures.publication()
        let folder = Self.outputFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for paper in publication.papers {
            let html = try #require(writer.paperDocument(paper, in: publication))
            let first = try pdf.pdf(html: html)
            let second = try pdf.pdf(html: html)
            #expect(first == second, "\(paper.id): two runs differ")
            #expect(first.starts(with: Array("%PDF-1.7".utf8)))
            try Data(first).write(to: folder.appendingPathComponent("paper-\(paper.id).pdf"))
            let layout = try #require(PaperFixtures.layout(paper.layout))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(PDFExpectations(paper, layout: layout)).write(to: folder.appendingPathComponent("paper-\(paper.id).expect.json"))
        }
    }

    static func outputFolder() -> URL {
        if let folder = ProcessInfo.processInfo.environment["CSA_PDF_OUTPUT"], !folder.isEmpty {
            return URL(fileURLWithPath: folder, isDirectory: true)
        }
        return FileManager.default.temporaryDirectory.appendingPathComponent("csa-paper-pdf-\(getpid())", isDirectory: true)
    }
}

/// What a paper's PDF must hold, from the paper and its layout: its title, its numbered headings
/// and paragraphs (number and first words), and the section headings its outline lists.
struct PDFExpectations: Encodable {
    struct Numbered: Encodable {
        let number: String
        let start: String
    }

    let title: String
    let language: String
    let numbered: [Numbered]
    let outline: [String]

    init(_ paper: Paper, layout: PaperLayout) {
        let outline = PaperOutline(paper, layout: layout)
        func start(_ text: String) -> String { text.split(separator: " ").prefix(4).joined(separator: " ") }
        var numbered: [Numbered] = []
        var headings = [paper.header.subject]
        for section in outline.sections {
            let heading = section.heading.plainText
            headings.append(section.number.map { "\($0) \(heading)" } ?? heading)
            if let number = section.number { numbered.append(Numbered(number: number, start: start(heading))) }
            for case .paragraph(let number?, let content, _) in section.items {
                numbered.append(Numbered(number: number, start: start(content.plainText)))
            }
        }
        for field in outline.closing {
            headings.append(field.number.map { "\($0) \(field.spec.label)" } ?? field.spec.label)
        }
        if !paper.footnotes.isEmpty { headings.append("Notes") }
        self.title = paper.header.subject
        self.language = "en-GB"
        self.numbered = numbered
        self.outline = headings
    }
}
