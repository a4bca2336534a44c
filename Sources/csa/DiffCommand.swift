#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import CSADiff
import CSADiffDocx
import CSADocx
import CSADiffText
import CSAModel
import CSAReaders
import Foundation

/// `csa diff OLD NEW`: what changed between two editions of the content folder, as a report for the
/// terminal, Markdown for a paper, a standalone HTML page, or JSON for tools.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two editions: priorities and themes, actions, measures, and every chapter word by word.",
        discussion: "Either edition may be the earlier one. Without --output, text formats go to standard output. Only the two editions' chapters are read (and every edition's YAML, which following renames needs); 'csa check' checks the rest."
    )

    @Argument(help: "The id of the edition to compare from, such as 2018-19.")
    var old: String

    @Argument(help: "The id of the edition to compare with, such as 2024-25.")
    var new: String

    @Option(name: .long, help: "The content folder to read.")
    var content: String = "Content"

    @Option(name: .long, help: "terminal (the default), markdown, html, json, or docx (a Word document with tracked changes; needs --output or a redirect).")
    var format: DiffFormat = .terminal

    @Option(name: .long, help: "Write to this file instead of standard output. It is replaced if it is a file; a folder is never touched.")
    var output: String?

    @Option(name: .long, help: "Compare only this chapter (by id), without the priorities, actions and measures.")
    var chapter: String?

    @Option(name: .long, help: "With --format docx: who the tracked changes are by (default: the partnership in site.yml).")
    var author: String?

    func run() throws {
        try reportingCommandFaults(compare)
    }

    private func compare() throws {
        if format == .docx, output == nil, isatty(STDOUT_FILENO) == 1 {
            throw CommandError("--format docx writes a Word document, which is not for a terminal; add --output FILE.docx, or send standard output to a file")
        }
        if !BuildFolders.isFolder(content) { throw BuildFolders.missing(content, role: "content", option: "--content") }
        // Only the two editions' chapters are read: the others' prose plays no part in the comparison
        // (`csa check` checks it). Every edition's YAML is read, as following renames needs it.
        let reading = ContentReader.read(contentDirectory: BuildFolders.literal(content), chaptersOf: [old, new])
        DiagnosticPrinter.print(reading.diagnostics)
        guard let publication = reading.publication else {
            DiagnosticPrinter.printCount(reading.diagnostics, folder: content)
            throw ExitCode.failure
        }
        var comparison: EditionComparison
        do {
            comparison = try EditionComparison.compare(publication, old: old, new: new)
        } catch .unknownEdition(let id, let known) {
            throw CommandError(DiffMessages.unknownEdition(id, known: known, content: content))
        }
        if let chapter {
            let known = Array(Set(comparison.chapters.flatMap { [$0.old?.id, $0.new?.id].compactMap { $0 } })).sorted()
            comparison.chapters = comparison.chapters.filter { $0.old?.id == chapter || $0.new?.id == chapter }
            if comparison.chapters.isEmpty { throw CommandError(DiffMessages.unknownChapter(chapter, known: known, old: old, new: new)) }
        }
        if format == .docx {
            guard let edition = publication.edition(comparison.new.id) else { return }
            let bytes: [UInt8]
            do {
                let document = ComparisonDocument(comparison, author: author ?? publication.site.partnership,
                                                  date: try ComparisonDocument.date(of: edition)).document
                bytes = [UInt8](try DocxWriter().data(for: document))
            } catch {
                throw CommandError("cannot write the Word document: \(error)")
            }
            if let output {
                try DiffOutput.write(bytes, to: output, content: content)
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
            return
        }
        let bytes: [UInt8]
        switch format {
        case .terminal:
            let colour = output == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            bytes = Array(DiffTerminalWriter.write(comparison, colour: colour, chaptersOnly: chapter != nil).utf8)
        case .markdown: bytes = Array(DiffMarkdownWriter.write(comparison, chaptersOnly: chapter != nil).utf8)
        case .html: bytes = Array(DiffHTMLWriter.write(comparison, chaptersOnly: chapter != nil, language: publication.site.language).utf8)
        case .json: bytes = DiffJSONWriter.bytes(comparison)
        case .docx: return
        }
        if let output {
            try DiffOutput.write(bytes, to: output, content: content)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
        FastExit.success(keeping: (reading, comparison))
    }
}

/// The formats `csa diff` writes.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
    case terminal, markdown, html, json, docx
}

/// The messages for an edition or chapter that is not there: the ids that are, and the nearest one.
enum DiffMessages {
    static func unknownEdition(_ id: String, known: [String], content: String) -> String {
        var message = "there is no edition '\(DisplayText.escaped(id))' in \(DisplayText.escaped(content)); the editions there are \(list(known))"
        if let hint = NearestName.hint(id, from: known) { message += "\n    hint: \(hint)" }
        return message
    }

    static func unknownChapter(_ id: String, known: [String], old: String, new: String) -> String {
        var message = "neither \(DisplayText.escaped(old)) nor \(DisplayText.escaped(new)) has a chapter '\(DisplayText.escaped(id))'; their chapters are \(list(known))"
        if let hint = NearestName.hint(id, from: known) { message += "\n    hint: \(hint)" }
        return message
    }

    /// "a, b and c".
    static func list(_ names: [String]) -> String {
        let shown = names.map(DisplayText.escaped)
        guard shown.count > 1 else { return shown.first ?? "none" }
        return shown.dropLast().joined(separator: ", ") + " and " + (shown.last ?? "")
    }
}
