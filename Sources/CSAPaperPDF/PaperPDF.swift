import CSAModel
import Foundation

/// Makes a committee paper's tagged PDF by running WeasyPrint over the paper's standalone HTML
/// document (`SiteWriter.paperDocument`), with `--pdf-variant pdf/ua-1`: a tagged PDF with the
/// document's title and language, bookmarks from its headings, and the print stylesheet's
/// "Page X of Y" footer.
///
/// WeasyPrint is found at `$CSA_WEASYPRINT`, else as `weasyprint` on the `PATH`, else at
/// `.venv/bin/weasyprint` (where `make deps` installs it). The PDF's dates come from the document's
/// `dcterms.created` and `dcterms.modified` (the meeting date), so the same HTML gives the same bytes.
/// It works in a private temporary folder, removed afterwards.
public struct PaperPDF: Sendable {
    /// The WeasyPrint program.
    public let program: URL

    public init(program: URL) { self.program = program }

    /// Where WeasyPrint is, or nil when it is not installed.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> PaperPDF? {
        let fm = FileManager.default
        if let path = environment["CSA_WEASYPRINT"], !path.isEmpty {
            return fm.isExecutableFile(atPath: path) ? PaperPDF(program: URL(fileURLWithPath: path)) : nil
        }
        let dirs = (environment["PATH"] ?? "").split(separator: ":").map(String.init) + [".venv/bin"]
        for dir in dirs where !dir.isEmpty {
            let candidate = URL(fileURLWithPath: dir).appendingPathComponent("weasyprint")
            if fm.isExecutableFile(atPath: candidate.path) { return PaperPDF(program: candidate) }
        }
        return nil
    }

    /// How to get WeasyPrint, in one sentence.
    public static let installHint = "run 'make deps' (it installs WeasyPrint 70.0 and the libraries it needs into .venv/), or set CSA_WEASYPRINT to the weasyprint program"

    /// The PDF of a standalone HTML document that needs nothing outside itself.
    public func pdf(html: String) throws(PaperPDFError) -> [UInt8] {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("csa-weasyprint-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("paper.html"), output = scratch.appendingPathComponent("paper.pdf")
        do {
            // Private to this user: the paper may not be published yet.
            try fm.createDirectory(at: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data(html.utf8).write(to: input)
        } catch {
            throw PaperPDFError(message: "cannot write the paper for WeasyPrint into \(DisplayText.escaped(scratch.path)): \(DisplayText.escaped(error.localizedDescription))",
                                hint: "make room in the temporary folder, or set TMPDIR to a folder with space that csa may write")
        }
        let process = Process()
        process.executableURL = program
        process.arguments = ["--pdf-variant", "pdf/ua-1", "--quiet", "--encoding", "utf-8", input.path, output.path]
        process.currentDirectoryURL = scratch
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw PaperPDFError(message: "cannot run WeasyPrint at \(shownProgram): \(DisplayText.escaped(error.localizedDescription))",
                                hint: "set CSA_WEASYPRINT to the weasyprint program, or \(Self.reinstall)")
        }
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lastWords = WeasyPrintOutput.lastLines(said).map { "; its last words: \($0)" } ?? "; it printed nothing"
        switch (process.terminationReason, process.terminationStatus) {
        case (.exit, 0):
            break
        case (.exit, let status):
            throw PaperPDFError(message: "WeasyPrint (\(shownProgram)) failed with exit status \(status)\(WeasyPrintOutput.shellSignal(status))\(lastWords)",
                                hint: failureHint)
        case (_, let signal):
            throw PaperPDFError(message: "WeasyPrint (\(shownProgram)) was killed by \(WeasyPrintOutput.describe(signal: signal))\(lastWords)",
                                hint: signal == SIGKILL ? "it may have run out of memory; close other programs and try again, or \(Self.reinstall)" : failureHint)
        }
        guard let data = fm.contents(atPath: output.path), data.starts(with: Array("%PDF-".utf8)) else {
            throw PaperPDFError(message: "WeasyPrint (\(shownProgram)) finished without an error but made no PDF\(lastWords)", hint: failureHint)
        }
        guard WeasyPrintOutput.endsLikeAPDF(data) else {
            throw PaperPDFError(message: "WeasyPrint (\(shownProgram)) made a PDF that stops short (it does not end with %%EOF)\(lastWords)", hint: failureHint)
        }
        return [UInt8](data)
    }

    private var shownProgram: String { DisplayText.escaped(program.path) }

    private static let reinstall = "run 'make deps' to install WeasyPrint 70.0 and the libraries it needs into .venv/ again"

    /// What to do when WeasyPrint ran but made no PDF.
    private var failureHint: String {
        "run '\(shownProgram) --info' to see whether WeasyPrint works; if it does not, \(Self.reinstall), or set CSA_WEASYPRINT to a weasyprint that works"
    }
}

/// WeasyPrint failed, as a sentence, with what to do about it.
public struct PaperPDFError: Error, Sendable, CustomStringConvertible {
    public let message: String
    /// What to do, in one sentence.
    public let hint: String
    public var description: String { message }
}
