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
struct PaperFiles {
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
        throw CommandError(PaperFiles.missingLayout(paper, known: layouts.keys.sorted(), templates: templates))
    }

    static func missingLayout(_ paper: Paper, known: [String], templates: String) -> String {
        var message = "paper '\(DisplayText.escaped(paper.id))' names the layout '\(DisplayText.escaped(paper.layout))', "
            + "but \(DisplayText.escaped(templates))/papers/ has no \(DisplayText.escaped(paper.layout)).yml; the layouts there are \(DiffMessages.list(known))"
        if let hint = NearestName.hint(paper.layout, from: known) { message += "\n    hint: \(hint)" }
        return message
    }

    /// The Word document's bytes.
    func docx(_ paper: Paper, templates: String) throws -> [UInt8] {
        let layout = try self.layout(of: paper, templates: templates)
        do {
            let document = try PaperDocument(paper, layout: layout, organisation: publication.site.partnership,
                                             language: publication.site.language).document()
            return [UInt8](try DocxWriter().data(for: document))
        } catch {
            throw CommandError("cannot write the Word document of paper '\(DisplayText.escaped(paper.id))': \(error)")
        }
    }

    /// The standalone HTML document (what `--format html` writes and the PDF is made from).
    func html(_ paper: Paper, templates: String) throws -> String {
        _ = try layout(of: paper, templates: templates)
        guard let html = writer?.paperDocument(paper, in: publication) else {
            throw CommandError(PaperFiles.missingLayout(paper, known: layouts.keys.sorted(), templates: templates))
        }
        return html
    }

    func pdf(_ paper: Paper, templates: String, with weasyPrint: PaperPDF) throws -> [UInt8] {
        let html = try self.html(paper, templates: templates)
        do {
            return try weasyPrint.pdf(html: html)
        } catch {
            throw CommandError("cannot make the PDF of paper '\(DisplayText.escaped(paper.id))': \(error)")
        }
    }

    /// Every paper's Word document and, with WeasyPrint, its PDF, as site files beside its page;
    /// the PDFs are made two at a time (WeasyPrint is a program that takes a second or so each).
    func siteFiles(templates: String, weasyPrint: PaperPDF?) throws -> [OutputFile] {
        var files: [OutputFile] = []
        for paper in publication.papers {
            files.append(OutputFile(rawPath: "papers/\(paper.id).docx", bytes: try docx(paper, templates: templates)))
        }
        guard let weasyPrint else { return files }
        let papers = publication.papers
        let lock = NSLock()
        nonisolated(unsafe) var results: [Int: Result<[UInt8], Error>] = [:]
        let queue = DispatchQueue(label: "csa.paper-pdf", attributes: .concurrent)
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: 2)
        for (index, paper) in papers.enumerated() {
            slots.wait()
            queue.async(group: group) {
                defer { slots.signal() }
                let result = Result { try self.pdf(paper, templates: templates, with: weasyPrint) }
                lock.lock()
                results[index] = result
                lock.unlock()
            }
        }
        group.wait()
        for (index, paper) in papers.enumerated() {
            guard let result = results[index] else { continue }
            files.append(OutputFile(rawPath: "papers/\(paper.id).pdf", bytes: try result.get()))
        }
        return files
    }

    /// What to tell a user building papers without WeasyPrint.
    static let missingWarning = """
        warning: WeasyPrint was not found, so the committee papers have no PDF; their pages link the Word documents only.
            hint: \(PaperPDF.installHint)
        """
}
