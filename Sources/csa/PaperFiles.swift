import CSADocx
import CSAModel
import CSAPaperDocx
import CSAPaperPDF
import CSAReaders
import CSASite
import Dispatch
import Foundation

/// Makes a committee paper's files beside its page: the Word document (`CSAPaperDocx`) and, when
/// WeasyPrint is there, the PDF of its standalone document. Shared by `csa build` and `csa paper`.
struct PaperFiles: Sendable {
    let publication: Publication
    let layouts: [String: PaperLayout]
    /// The site writer, for the HTML and the PDF; nil when only Word documents are wanted.
    let writer: SiteWriter?

    init(publication: Publication, writer: SiteWriter) {
        self.publication = publication
        self.layouts = writer.paperLayouts
        self.writer = writer
    }

    init(publication: Publication, layouts: [String: PaperLayout]) {
        self.publication = publication
        self.layouts = layouts
        self.writer = nil
    }

    /// The paper's layout, or a `CommandError` naming the layouts there are.
    func layout(of paper: Paper, templates: String) throws -> PaperLayout {
        if let layout = layouts[paper.layout] { return layout }
        throw PaperFiles.missingLayoutError(paper, known: layouts.keys.sorted(), templates: templates)
    }

    /// A paper whose layout has no file, with the layouts there are and what to do.
    static func missingLayoutError(_ paper: Paper, known: [String], templates: String) -> CommandError {
        let layout = DisplayText.escaped(paper.layout), folder = DisplayText.escaped(templates) + "/papers/"
        return CommandError("paper '\(DisplayText.escaped(paper.id))' names the layout '\(layout)', but \(folder) has no \(layout).yml; "
                            + (known.isEmpty ? "it has no layouts" : "the layouts there are \(DiffMessages.list(known))"),
                            hint: NearestName.hint(paper.layout, from: known)
                                ?? "set the paper's layout: to one of the layouts there, or add \(folder)\(layout).yml (see docs/PAPERS.md)")
    }

    /// `missingLayoutError`'s message and hint, as `csa build` prints them.
    static func missingLayout(_ paper: Paper, known: [String], templates: String) -> String {
        missingLayoutError(paper, known: known, templates: templates).message
    }

    /// The Word document's bytes.
    func docx(_ paper: Paper, templates: String) throws -> [UInt8] {
        let layout = try self.layout(of: paper, templates: templates)
        do {
            let document = try PaperDocument(paper, layout: layout, organisation: publication.site.partnership,
                                             language: publication.site.language).document()
            return [UInt8](try DocxWriter().data(for: document))
        } catch {
            throw CommandError("cannot write the Word document of paper '\(DisplayText.escaped(paper.id))': \(DisplayText.escaped("\(error)"))",
                               hint: "this is a fault in csa, not in the paper; please report it, with the paper's file")
        }
    }

    /// The standalone HTML document (what `--format html` writes and the PDF is made from).
    func html(_ paper: Paper, templates: String) throws -> String {
        _ = try layout(of: paper, templates: templates)
        guard let html = writer?.paperDocument(paper, in: publication) else {
            throw PaperFiles.missingLayoutError(paper, known: layouts.keys.sorted(), templates: templates)
        }
        return html
    }

    func pdf(_ paper: Paper, templates: String, with weasyPrint: PaperPDF) throws -> [UInt8] {
        let html = try self.html(paper, templates: templates)
        do {
            return try weasyPrint.pdf(html: html)
        } catch {
            throw CommandError("cannot make the PDF of paper '\(DisplayText.escaped(paper.id))': \(error.message)", hint: error.hint)
        }
    }

    /// Every paper's Word document and, with WeasyPrint, its PDF, as site files beside its page, each made
    /// when the build writes it (and only when the previous build's file cannot be kept). Each depends on
    /// everything (the paper, and whatever its directives draw from the editions); the layouts, templates
    /// and assets are in every file's key. At most two PDFs are made at a time (WeasyPrint is a program
    /// that takes a second or so each and much memory).
    func siteFiles(templates: String, weasyPrint: PaperPDF?) -> [SiteFile] {
        var files: [SiteFile] = []
        for paper in publication.papers {
            files.append(SiteFile("papers/\(paper.id).docx", inputs: .everything) { try self.docx(paper, templates: templates) })
            if let weasyPrint {
                files.append(SiteFile("papers/\(paper.id).pdf", inputs: .everything) {
                    PaperFiles.pdfSlots.wait()
                    defer { PaperFiles.pdfSlots.signal() }
                    return try self.pdf(paper, templates: templates, with: weasyPrint)
                })
            }
        }
        return files
    }

    /// Two PDFs at a time, across the whole build.
    private static let pdfSlots = DispatchSemaphore(value: 2)

    /// Which WeasyPrint makes the PDFs, as one of a build's settings: its program's path and a digest of
    /// its bytes (a rebuild with another WeasyPrint makes the PDFs again).
    static func identity(of weasyPrint: PaperPDF) -> String {
        let path = weasyPrint.program.path
        let bytes = (try? POSIXFiles.readFile(path, shown: path)).map { Digest($0).description } ?? "unreadable"
        return "weasyprint \(path) \(bytes)"
    }

    /// What to tell a user building papers without WeasyPrint.
    static let missingWarning = """
        warning: WeasyPrint was not found, so the committee papers have no PDF; their pages link the Word documents only.
            hint: \(PaperPDF.installHint)
        """
}
