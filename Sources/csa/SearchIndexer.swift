import Foundation

/// Builds the site's search index with Pagefind, run as a program over a finished site folder.
///
/// Pagefind is found at `$CSA_PAGEFIND`, else as `pagefind` on the `PATH`, else at `.venv/bin/pagefind`
/// (where `make site` installs PyPI's `pagefind-bin`). It writes into a private temporary folder, moved
/// into the site only when it succeeded, so a build killed while Pagefind runs leaves nothing half-written.
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

    /// Indexes the HTML pages of each edition of `site` into `site/pagefind/<edition>/`: one small index
    /// per edition, which the search page merges in the browser. (One index with an edition filter would
    /// do too, but Pagefind writes its filter files in a different order on every run, and the site must
    /// be byte-identical from one build to the next.)
    func index(site: URL, editions: [String]) throws(SearchIndexError) {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("csa-pagefind-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: scratch) }
        for edition in editions {
            try run(["--site", site.path, "--glob", "\(edition)/**/*.html",
                     "--output-path", scratch.appendingPathComponent(edition).path, "--keep-index-url", "--silent"])
            // Pagefind also writes ready-made search interfaces; the site has its own (assets/search.js).
            let folder = scratch.appendingPathComponent(edition)
            for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] where Self.unusedFiles.contains(name) {
                try? fm.removeItem(at: folder.appendingPathComponent(name))
            }
        }
        let target = site.appendingPathComponent(Self.folder)
        do {
            try fm.moveItem(at: scratch, to: target)
        } catch {
            throw SearchIndexError(message: "cannot move the search index into \(target.path): \(error.localizedDescription)")
        }
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
