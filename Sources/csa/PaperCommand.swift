#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import CSAModel
import CSAPaperPDF
import CSAReaders
import CSASite
import Foundation

/// `csa paper ID|FILE`: one committee paper from the content folder as a standalone web page, a Word
/// document, a tagged PDF, or all three, drafted with the live data.
struct PaperCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paper",
        _superCommandName: "csa",
        abstract: "Write a committee paper as HTML, a Word document and a tagged PDF.",
        discussion: """
            The paper is Content/papers/ID.md (or that file, named by its path). With --output FOLDER, csa \
            writes ID.html, ID.docx and ID.pdf (as --format asks) into the folder, and never replaces a file \
            there that it did not write or that was changed since. Without --output, one format goes to \
            standard output; a Word document or a PDF only when standard output is not a terminal.
            """
    )

    @Argument(help: "The paper's id (its file name without .md, such as kcsp-update-2024), or the path of its file in the content folder's papers/.")
    var paper: String

    @Option(name: .long, help: "The content folder to read.")
    var content: String = "Content"

    @Option(name: .long, help: "The folder of Mustache templates, assets and paper layouts.")
    var templates: String = "Templates"

    @Option(name: .long, help: "html (a standalone web page), docx (Word), pdf (tagged, made by WeasyPrint) or all (the default; needs --output).")
    var format: PaperFormat = .all

    @Option(name: .long, help: "The folder to write the paper's files into; made if absent.")
    var output: String?

    func run() throws {
        do {
            try reportingCommandFaults(write)
        } catch let error as ThemeLoadError {
            StandardStreams.error("\(error)\n")
            throw ExitCode.failure
        } catch let errors as TemplateErrors {
            for error in errors.errors { StandardStreams.error("\(error)\n") }
            throw ExitCode.failure
        }
    }

    private func write() throws {
        if output == nil {
            if format == .all {
                throw CommandError("--format all writes three files (HTML, Word and PDF)",
                                   hint: "add --output FOLDER, or choose one with --format html, docx or pdf")
            }
            if format != .html, isatty(STDOUT_FILENO) == 1 {
                throw CommandError("--format \(format.rawValue) writes a \(format == .docx ? "Word document" : "PDF"), which is not for a terminal",
                                   hint: "add --output FOLDER, or send standard output to a file")
            }
        }
        try BuildFolders.check(content: content, templates: templates, command: "csa paper")
        // Checked now, made only when the paper is ready to be written.
        let target = try output.map { try PaperOutput.prepare($0, content: content) }
        let id = try PaperCommand.find(self.paper, content: content)
        // Only what the paper draws on is read and checked: site.yml, the paper, the editions its directives name.
        let reading = PaperContentReader.read(contentDirectory: BuildFolders.literal(content), paper: id,
                                              layouts: PaperLayoutFolder.names(templates: BuildFolders.literal(templates)))
        DiagnosticPrinter.print(reading.diagnostics)
        guard let publication = reading.publication, let paper = publication.papers.first else {
            DiagnosticPrinter.printCount(reading.diagnostics, folder: content)
            throw ExitCode.failure
        }
        // A Word document needs only the paper's layout; the HTML and the PDF need the templates too.
        let files: PaperFiles
        if format == .docx {
            let layout = try PaperLayoutFile.load(paper.layout, templates: templates)
            if layout.isEmpty {
                throw PaperFiles.missingLayoutError(paper, known: PaperLayoutFolder.names(templates: templates) ?? [], templates: templates)
            }
            files = PaperFiles(publication: publication, layouts: layout)
        } else {
            files = PaperFiles(publication: publication, writer: try SiteWriter(theme: ThemeLoader.load(templates)))
        }
        let weasyPrint = format == .html || format == .docx ? nil : PaperPDF.find()
        var written: [(name: String, bytes: [UInt8])] = []
        if format == .html || format == .all { written.append(("\(paper.id).html", Array(try files.html(paper, templates: templates).utf8))) }
        if format == .docx || format == .all { written.append(("\(paper.id).docx", try files.docx(paper, templates: templates))) }
        var missingPDF = false
        if format == .pdf || format == .all {
            if let weasyPrint {
                written.append(("\(paper.id).pdf", try files.pdf(paper, templates: templates, with: weasyPrint)))
            } else if format == .pdf {
                throw PaperCommand.noWeasyPrint(written: [])
            } else {
                missingPDF = true
            }
        }
        if let target {
            try target.write(written)
        } else if let only = written.first {
            try StandardStreams.output(only.bytes)
        }
        if missingPDF {
            let names = written.map { DisplayText.escaped(target.map { "\($0.shown)/" } ?? "") + $0.name }
            throw PaperCommand.noWeasyPrint(written: names)
        }
        // Done: the paper and the editions it read are left for the system to take back at once.
        FastExit.success(keeping: (publication, files, written))
    }

    /// The error for a PDF without WeasyPrint (none found, or `CSA_WEASYPRINT` naming something that is not a
    /// program csa can run), saying which files were `written` all the same.
    static func noWeasyPrint(written: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> CommandError {
        let after = written.isEmpty ? "" : "; \(DiffMessages.list(written)) \(written.count == 1 ? "was" : "were") written"
        if let named = environment["CSA_WEASYPRINT"], !named.isEmpty {
            return CommandError("CSA_WEASYPRINT is '\(DisplayText.escaped(named))', which is not a program csa can run, so csa cannot make the PDF\(after)",
                                hint: "set CSA_WEASYPRINT to the weasyprint program, or unset it to use the one on the PATH or in .venv/bin; 'make deps' installs WeasyPrint 70.0 into .venv/")
        }
        return CommandError("WeasyPrint was not found, so csa cannot make the PDF\(after)", hint: PaperPDF.installHint)
    }

    /// The id of the paper an argument names (an id, or the path of a file in the content folder's
    /// `papers/`), when the paper's file is there.
    static func find(_ argument: String, content: String) throws -> String {
        var id = argument
        if argument.hasSuffix(".md") || argument.contains("/") {
            let name = argument.split(separator: "/").last.map(String.init) ?? argument
            id = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
            let inContent = POSIXFiles.realPath(content).map { $0 + "/papers/" + id + ".md" }
            guard let real = POSIXFiles.realPath(argument), real == inContent else {
                throw CommandError("'\(DisplayText.escaped(argument))' is not a paper in \(DisplayText.escaped(content))/papers/, where csa paper reads papers",
                                   hint: "put the file there (or pass --content) and name the paper by its id")
            }
        }
        let folder = BuildFolders.literal(content) + "/papers"
        if !id.isEmpty, !id.contains("/"), (try? POSIXFiles.kind(folder + "/" + id + ".md", shown: id)).map({ $0 != .missing }) ?? true {
            return id
        }
        let names = BuildFolders.isFolder(folder) ? (try? POSIXFiles.names(in: folder, shown: folder)) ?? [] : []
        let papers = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.map { String($0.dropLast(3)) }.sorted()
        if papers.isEmpty {
            throw CommandError("\(DisplayText.escaped(content)) has no committee papers",
                               hint: "write one as \(DisplayText.escaped(content))/papers/ID.md (see docs/PAPERS.md), or pass --content FOLDER")
        }
        throw CommandError("there is no paper '\(DisplayText.escaped(id))' in \(DisplayText.escaped(content))/papers/; the papers there are \(DiffMessages.list(papers))",
                           hint: NearestName.hint(id, from: papers) ?? "name one of them by its id, such as csa paper \(DisplayText.escaped(papers[0]))")
    }
}

/// The formats `csa paper` writes.
enum PaperFormat: String, CaseIterable, ExpressibleByArgument {
    case html, docx, pdf, all
}
