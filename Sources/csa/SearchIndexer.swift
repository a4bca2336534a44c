#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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

    /// Indexes the site in the staging folder: one small index per edition, in `pagefind/<edition>/`,
    /// which the search page merges in the browser. (One index with an edition filter would do too, but
    /// Pagefind writes its filter files in a different order on every run, and the site must be
    /// byte-identical from one build to the next.) Pagefind reads the pages where they were written and
    /// writes its files beside them; an edition none of whose indexed pages changed keeps the previous build's index
    /// (hard links), when this Pagefind made it. Returns the index's files; editions are indexed on every core.
    func index(_ staged: StagedFiles, editions: [String], pages: [BuildCache.Entry]) throws -> [BuildCache.Entry] {
        let program = try identity()
        var toIndex: [(edition: String, key: Digest)] = []
        var result: [BuildCache.Entry] = []
        // Pages and the previous build's index files, by edition (the first folder of their path).
        let pagesByEdition = Dictionary(grouping: pages) { $0.path.prefix { $0 != "/" } }
        let oldByEdition = Dictionary(grouping: staged.previous?.cache.entries.values.filter { $0.path.hasPrefix(Self.folder + "/") } ?? []) {
            $0.path.dropFirst(Self.folder.count + 1).prefix { $0 != "/" }
        }
        for edition in editions {
            let indexed = SearchPages.matcher(edition: edition)
            let own = (pagesByEdition[Substring(edition)] ?? []).filter { indexed($0.path) }
            let key = Digest(parts: [program] + own.flatMap { [Digest($0.path), $0.digest] })
            let old = (oldByEdition[Substring(edition)] ?? []).map { staged.previous?.intact($0.path) }
            if !old.isEmpty, old.allSatisfy({ $0?.key == key }) {
                for entry in old.compactMap({ $0 }).sorted(by: { $0.path < $1.path }) {
                    try staged.makeParents(entry.path)
                    try staged.keep(entry.path)
                    result.append(entry)
                }
            } else {
                toIndex.append((edition, key))
            }
        }
        let lock = NSLock(), jobs = toIndex, site = staged.staging, previous = staged.previous
        nonisolated(unsafe) var made: [[BuildCache.Entry]] = Array(repeating: [], count: toIndex.count)
        nonisolated(unsafe) var failure: Error?
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            do {
                let entries = try indexEdition(jobs[i].edition, key: jobs[i].key, site: site, previous: previous)
                lock.lock(); made[i] = entries; lock.unlock()
            } catch {
                lock.lock(); failure = failure ?? error; lock.unlock()
            }
        }
        if let failure { throw failure }
        return (result + made.joined()).sorted { $0.path < $1.path }
    }

    /// The digest of the Pagefind program itself: an index made by another Pagefind is made again.
    func identity() throws(SearchIndexError) -> Digest {
        do { return Digest(try POSIXFiles.readFile(program.path, shown: program.path)) } catch {
            throw SearchIndexError(message: "cannot read Pagefind at \(program.path): \(error)")
        }
    }

    /// Runs Pagefind over one edition's indexed pages in `site` (`SearchPages`), leaving out its ready-made interfaces
    /// and the WebAssembly its script never loads (`unusedWebAssembly`), and returns its
    /// files. A file with the same bytes as the previous build's is replaced by a hard link to that one, so
    /// it stays untouched.
    private func indexEdition(_ edition: String, key: Digest, site: String, previous: PreviousSite?) throws -> [BuildCache.Entry] {
        let relative = "\(Self.folder)/\(edition)"
        try run(["--site", site, "--glob", SearchPages.glob(edition: edition), "--output-path", site + "/" + relative, "--keep-index-url", "--silent"])
        let unused = Self.unusedFiles.union(try unusedWebAssembly(in: site + "/" + relative))
        var entries: [BuildCache.Entry] = []
        func walk(_ folder: String) throws {
            for name in try POSIXFiles.names(in: site + "/" + folder, shown: folder) {
                let path = folder + "/" + name
                switch try POSIXFiles.kind(site + "/" + path, shown: path) {
                case .folder:
                    try walk(path)
                case .file where folder == relative && unused.contains(name):
                    guard unlink(site + "/" + path) == 0 else { throw FileFault(action: "remove", path: site + "/" + path, code: errno) }
                case .file:
                    let bytes = try POSIXFiles.readFile(site + "/" + path, shown: path)
                    let entry = BuildCache.Entry(path: path, key: key, digest: Digest(bytes), size: bytes.count)
                    if let previous, let old = previous.intact(path), old.digest == entry.digest, old.size == entry.size {
                        try POSIXFiles.replaceWithLink(site + "/" + path, to: previous.path + "/" + path, shown: path)
                    }
                    entries.append(entry)
                default:
                    throw SearchIndexError(message: "Pagefind wrote \(site)/\(path), which is not a file or folder")
                }
            }
        }
        try walk(relative)
        guard !entries.isEmpty else { throw SearchIndexError(message: "Pagefind wrote no index into \(site)/\(relative)") }
        return entries
    }

    /// The WebAssembly files of the index at `folder` that its script never loads. Pagefind writes one per
    /// language it has a stemmer for and `wasm.unknown.pagefind` for the rest, and its script loads, for the
    /// language it searches, `wasm.<that language's "wasm" in pagefind-entry.json>.pagefind`, or the
    /// `unknown` one when the entry names none. So every file no language of the entry names is never
    /// loaded. When the entry cannot be read, none is taken to be unused.
    func unusedWebAssembly(in folder: String) throws -> Set<String> {
        let entryPath = folder + "/pagefind-entry.json"
        guard let object = try? JSONSerialization.jsonObject(with: Data(POSIXFiles.readFile(entryPath, shown: entryPath))),
              let languages = (object as? [String: Any])?["languages"] as? [String: Any], !languages.isEmpty else { return [] }
        var used: Set<String> = []
        for case let language as [String: Any] in languages.values {
            used.insert("wasm.\((language["wasm"] as? String) ?? "unknown").pagefind")
        }
        let wasm = try POSIXFiles.names(in: folder, shown: folder).filter { $0.hasPrefix("wasm.") && $0.hasSuffix(".pagefind") }
        return Set(wasm).subtracting(used)
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
