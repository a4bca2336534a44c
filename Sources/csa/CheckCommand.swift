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

    @Option(name: .long, help: "The content folder to read.")
    var content: String = "Content"

    func run() throws {
        let reading = ContentReader.read(contentDirectory: BuildFolders.literal(content))
        DiagnosticPrinter.print(reading.diagnostics)
        guard let publication = reading.publication else {
            DiagnosticPrinter.printCount(reading.diagnostics, folder: content)
            throw ExitCode.failure
        }
        print(ContentSummary(publication).line)
    }
}
