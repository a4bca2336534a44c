import CSASite
import Foundation

/// Builds the site's search index with Pagefind, run as a program over a finished site folder.
///
/// Pagefind is found at `$CSA_PAGEFIND`, else as `pagefind` on the `PATH`, else at `.venv/bin/pagefind`
/// (where `make site` installs PyPI's `pagefind-bin`). It works in a private temporary folder, so a
/// build killed while Pagefind runs leaves nothing in or beside the site.
struct SearchIndexer {
    /// The Pagefind program.
    let program: URL

    /// The subfolder of the site the index lives in; the search page loads `pagefind/pagefind.js`.
    static let folder = "pagefind"

    /// Pagefind's ready-made interfaces, which the site does not use and so does not publish.
    static let unusedFiles: Set<String> = [
        "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
        "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
    ]

    /// Where Pagefind is, or nil when it is not installed.
    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> SearchIndexer? {
        let fm = FileManager.default
        if let path = environment["CSA_PAGEFIND"], !path.isEmpty {
            return fm.isExecutableFile(atPath: path) ? SearchIndexer(program: URL(fileURLWithPath: path)) : nil
        }
        let dirs = (environment["PATH"] ?? "").split(separator: ":").map(String.init) + [".venv/bin"]
        for dir in dirs where !dir.isEmpty {
            let candidate = URL(fileURLWithPath: dir).appendingPathComponent("pagefind")
            if fm.isExecutableFile(atPath: candidate.path) { return SearchIndexer(program: candidate) }
        }
        return nil
    }

    /// What to tell a user who has no Pagefind.
    static let missingWarning = """
        warning: Pagefind was not found, so this site has no search index and its search pages say so.
            hint: run 'make site' (it installs PyPI's pagefind-bin into .venv/), or set CSA_PAGEFIND to the pagefind program
        """

    /// The search index of the site whose files are `files`: one small index per edition, in
    /// `pagefind/<edition>/`, which the search page merges in the browser. (One index with an edition
    /// filter would do too, but Pagefind writes its filter files in a different order on every run,
    /// and the site must be byte-identical from one build to the next.)
    ///
    /// Pagefind reads the pages from a private temporary folder and writes there; its files come back
    /// as `OutputFile`s, so they go into the site (and its manifest) like every other file.
    func index(_ files: [OutputFile], editions: [String]) throws(SearchIndexError) -> [OutputFile] {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("csa-pagefind-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: scratch) }
        let pages = scratch.appendingPathComponent("site"), index = scratch.appendingPathComponent("index")
        do {
            for file in files where file.path.hasSuffix(".html") {
                let url = pages.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
        } catch {
            throw SearchIndexError(message: "cannot write the pages for Pagefind into \(scratch.path): \(error.localizedDescription)")
        }
        var result: [OutputFile] = []
        for edition in editions {
            let folder = index.appendingPathComponent(edition)
            try run(["--site", pages.path, "--glob", "\(edition)/**/*.html",
                     "--output-path", folder.path, "--keep-index-url", "--silent"])
            result += try Self.read(folder, as: "\(Self.folder)/\(edition)")
        }
        return result.sorted { $0.path < $1.path }
    }

    /// Every file under `folder`, as site files under `prefix`, leaving out Pagefind's own interfaces.
    private static func read(_ folder: URL, as prefix: String) throws(SearchIndexError) -> [OutputFile] {
        var files: [OutputFile] = []
        guard let walk = FileManager.default.enumerator(atPath: folder.path) else {
            throw SearchIndexError(message: "Pagefind wrote no index into \(folder.path)")
        }
        for case let relative as String in walk where !unusedFiles.contains(relative) {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw SearchIndexError(message: "cannot read Pagefind's file \(url.path)")
            }
            files.append(OutputFile(rawPath: "\(prefix)/\(relative)", bytes: [UInt8](data)))
        }
        return files
    }

    private func run(_ arguments: [String]) throws(SearchIndexError) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw SearchIndexError(message: "cannot run Pagefind at \(program.path): \(error.localizedDescription)")
        }
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let detail = String(decoding: said, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw SearchIndexError(message: "Pagefind could not index the site (exit \(process.terminationStatus))" + (detail.isEmpty ? "" : ": \(detail)"))
        }
    }
}

/// Pagefind failed or its index could not be put in place.
struct SearchIndexError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
