#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import CPlatform
import CSADiff
import CSADiffDocx
import CSADocx
import CSADiffText
import CSAModel
import CSAReaders
import Foundation

/// What one `csa diff` was asked to do, as plain values, and doing it: the two editions read, compared
/// and written in the chosen format. Made by `DiffCommand` from ArgumentParser's reading of the command
/// line.
struct DiffRun: Equatable {
    var old: String
    var new: String
    var content: String = "Content"
    /// `--format` as given; nil when left to `--output`'s extension (`DiffFormat.chosen`).
    var format: DiffFormat? = nil
    var output: String? = nil
    var chapter: String? = nil
    var author: String? = nil

    func run() throws {
        MemoryGrowth.inLargeSteps()
        try reportingCommandFaults(compare)
    }

    private func compare() throws {
        let format = try DiffFormat.chosen(self.format, output: output)
        let author = try Self.checked(author: author, format: format)
        if format == .docx, output == nil, isatty(STDOUT_FILENO) == 1 {
            throw CommandError("--format docx writes a Word document, which is not for a terminal",
                               hint: "add --output \(format.exampleFile), or send standard output to a file")
        }
        if !BuildFolders.isFolder(content) { throw BuildFolders.missing(content, role: "content", option: "--content") }
        // Only the two editions' chapters are read: the others' prose plays no part in the comparison
        // (`csa check` checks it). Every edition's YAML is read, as following renames needs it.
        // Each pair of chapters with one id is compared as soon as both are read, while the rest are read.
        let ahead = ChaptersAhead(old: old, new: new)
        let reading = ContentReader.read(contentDirectory: BuildFolders.literal(content), chaptersOf: [old, new],
                                         chapterRead: { chapter, edition in ahead.offer(chapter, edition: edition) })
        DiagnosticPrinter.print(reading.diagnostics)
        guard let publication = reading.publication else {
            DiagnosticPrinter.printCount(reading.diagnostics, folder: content)
            throw ExitCode.failure
        }
        var comparison: EditionComparison
        do {
            comparison = try EditionComparison.compare(publication, old: old, new: new, ahead: ahead)
        } catch .unknownEdition(let id, let known) {
            throw DiffMessages.unknownEdition(id, known: known, content: content)
        }
        if let chapter {
            // Every format leaves out the other chapters and the data (the comparison says so: `onlyChapter`).
            guard let one = comparison.narrowed(toChapter: chapter) else {
                throw DiffMessages.unknownChapter(chapter, known: comparison.chapterIDs, old: old, new: new)
            }
            comparison = one
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
                try DiffOutput.write(bytes, to: output, content: content, example: format.exampleFile)
            } else {
                try StandardStreams.output(bytes)
            }
            return
        }
        if format == .json {
            // Written a piece at a time, never gathered into one buffer: a long comparison makes megabytes.
            if let output {
                try DiffOutput.write(to: output, content: content, example: format.exampleFile) { try DiffJSONWriter.write(comparison, to: $0) }
            } else {
                try DiffJSONWriter.write(comparison) { (piece) throws(CommandError) in try StandardStreams.output(UnsafeRawBufferPointer(piece)) }
            }
            FastExit.success(keeping: (reading, comparison))
        }
        let bytes: [UInt8]
        switch format {
        case .terminal:
            let colour = DiffColour.wanted(isTerminal: output == nil && isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
            bytes = Array(DiffTerminalWriter.write(comparison, colour: colour).utf8)
        case .markdown: bytes = Array(DiffMarkdownWriter.write(comparison).utf8)
        case .html: bytes = Array(DiffHTMLWriter.write(comparison, language: publication.site.language).utf8)
        case .json, .docx: return
        }
        if let output {
            try DiffOutput.write(bytes, to: output, content: content, example: format.exampleFile)
        } else {
            try StandardStreams.output(bytes)
        }
        FastExit.success(keeping: (reading, comparison))
    }

    /// `--author` as given, checked: only a Word document has tracked changes to be by someone, and a
    /// name with nothing to read in it (empty, spaces, control or invisible characters) is no name.
    static func checked(author: String?, format: DiffFormat) throws -> String? {
        guard let author else { return nil }
        let shown = "--author '\(DisplayText.escaped(author))'"
        guard format == .docx else {
            throw CommandError("\(shown) is only for --format docx, whose tracked changes it names; \(format.description) has no author",
                               hint: "add --format docx (or --output \(DiffFormat.docx.exampleFile)), or leave out --author")
        }
        let visible = author.unicodeScalars.contains { scalar in
            !scalar.properties.isWhitespace && ![.control, .format, .unassigned].contains(scalar.properties.generalCategory)
        }
        guard visible else {
            throw CommandError("\(shown) is blank; every tracked change must name who made it",
                               hint: "give a name, such as --author 'Kent Community Safety Partnership', or leave out --author to use the partnership in site.yml")
        }
        return author
    }
}

/// How the C library's allocator grows the memory of a short run that reads, compares and writes megabytes:
/// in steps of 16 MiB (reserved, and only used as it is written) rather than 128 KiB, and never given
/// back before the end, so that the run makes a few calls to the system to grow its memory rather than
/// hundreds (one per step, on each thread). Set through glibc's `mallopt` (`CPlatform`); elsewhere
/// nothing is changed.
enum MemoryGrowth {
    static func inLargeSteps() {
        _ = csa_malloc_large_steps(16 << 20, 256 << 20)
    }
}
