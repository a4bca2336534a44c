import ArgumentParser
import CSAModel
import CSAReaders
import Foundation

/// `csa check`: reads every file of the content folder and reports every problem, like a compiler.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content folder and report every problem with its file, line and column."
    )

    @Argument(help: "The content folder to read (default: Content; the same as --content).")
    var folder: String?

    @Option(name: .customLong("content"), help: "The content folder to read.")
    var contentOption: String?

    @Option(name: .long, help: "The templates folder, whose papers/*.yml are the layouts a paper may name.")
    var templates: String = "Templates"

    /// The folder to check: given either way, or `Content`.
    var content: String { folder ?? contentOption ?? "Content" }

    func validate() throws {
        if let folder, let contentOption, folder != contentOption {
            throw ValidationError("give the content folder once: either 'csa check \(folder)' or 'csa check --content \(contentOption)'")
        }
    }

    func run() throws {
        if !BuildFolders.isFolder(content) {
            let error = BuildFolders.missing(content, role: "content", option: "--content")
            StandardStreams.error("error: \(error.message)\n")
            throw ExitCode.failure
        }
        let layouts = PaperLayoutFolder.names(templates: BuildFolders.literal(templates))
        let reading = ContentReader.read(contentDirectory: BuildFolders.literal(content), paperLayouts: layouts)
        DiagnosticPrinter.print(reading.diagnostics)
        if layouts == nil, !(reading.publication?.papers.isEmpty ?? true) {
            StandardStreams.error("warning: \(DisplayText.escaped(templates))/papers/ cannot be read, so the papers' layouts were not checked\n    hint: run csa check from the folder that holds Templates, or pass --templates FOLDER\n")
        }
        guard let publication = reading.publication else {
            DiagnosticPrinter.printCount(reading.diagnostics, folder: content)
            throw ExitCode.failure
        }
        let warnings = reading.diagnostics.all.count - reading.diagnostics.errorCount
        print(ContentSummary(publication).line + (warnings == 0 ? "" : "; \(warnings) \(warnings == 1 ? "warning" : "warnings")"))
        FastExit.success(keeping: reading)
    }
}
