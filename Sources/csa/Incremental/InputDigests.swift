#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel
import CSASite

/// What a build is made from, as digests, so that a rebuild can tell which files may have changed
/// without making them (`key(for:)`): the build's settings (this program, the templates, assets and paper
/// layouts, the base address, which Pagefind and WeasyPrint there are), the "structure" (every file of the
/// content folder, committee papers included, but only the front matter of each chapter), and each
/// chapter's body on its own.
///
/// A file's key changes whenever anything it is made from changes (`SiteInputs`), judged by the bytes
/// of the files, never their times; `all` changes whenever anything at all does.
struct InputDigests: Sendable {
    let settings: Digest
    let structure: Digest
    /// Each chapter body's digest, by the chapter file's path relative to the content folder.
    let bodies: [String: Digest]
    /// Everything a build reads: equal digests mean a build would make the same site.
    let all: Digest
    private let everything: Digest

    /// Reads and digests the content folder (`content`, as given on the command line); `extra` holds the
    /// settings that are not files.
    init(content: String, theme: SiteTheme, settings extra: [String]) throws {
        var structureParts: [Digest] = [], bodies: [String: Digest] = [:]
        var visited: Set<String> = []
        func walk(_ relative: String) throws {
            let path = relative.isEmpty ? content : content + "/" + relative
            if let real = POSIXFiles.realPath(path), !visited.insert(real).inserted { return }
            for name in try POSIXFiles.names(in: path, shown: path) {
                let child = relative.isEmpty ? name : relative + "/" + name
                // Every entry counts, whatever it holds: an empty folder, a link (and where it leads), a
                // named pipe, a name that is unreadable; the reader has something to say about each.
                structureParts.append(Self.entryDigest(content + "/" + child, name: child))
                var info = stat()
                guard stat(content + "/" + child, &info) == 0 else { continue }
                switch POSIXFiles.kind(of: info.st_mode) {
                case .folder:
                    try walk(child)
                case .file:
                    let bytes = try POSIXFiles.readFile(content + "/" + child, shown: content + "/" + child)
                    if Self.isChapter(child), let split = Self.frontMatterEnd(bytes) {
                        structureParts += [Digest(child), bytes.withUnsafeBytes { Digest(buffer: UnsafeRawBufferPointer(rebasing: $0[..<split])) }]
                        bodies[child] = bytes.withUnsafeBytes { Digest(buffer: UnsafeRawBufferPointer(rebasing: $0[split...])) }
                    } else {
                        structureParts += [Digest(child), Digest(bytes)]
                    }
                default:
                    continue
                }
            }
        }
        try walk("")
        structure = Digest(parts: structureParts)
        self.bodies = bodies

        var settingParts = extra.map { Digest($0) }
        if let program = try? POSIXFiles.readFile("/proc/self/exe", shown: "csa") { settingParts.append(Digest(program)) }
        for (name, template) in theme.templates.sorted(by: { $0.key < $1.key }) { settingParts += [Digest(name), Digest(template.text)] }
        for (path, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) { settingParts += [Digest(path), Digest(bytes)] }
        for (name, bytes) in theme.paperLayoutFiles.sorted(by: { $0.key < $1.key }) { settingParts += [Digest("papers/" + name), Digest(bytes)] }
        settings = Digest(parts: settingParts)
        everything = Digest(parts: [structure] + bodies.sorted { $0.key < $1.key }.map(\.value))
        all = Digest(parts: [settings, everything])
    }

    /// The key of each file of a site made from `publication` (which was read from these inputs): equal keys
    /// mean equal bytes.
    func keys(_ publication: Publication) -> @Sendable (SiteInputs) -> Digest {
        var paths: [String: [String: String]] = [:]
        var editions: [String: Digest] = [:]
        for edition in publication.editions {
            var ids: [String: String] = [:]
            for chapter in edition.chapters {
                ids[chapter.id] = "editions/\(edition.id)/chapters/" + Chapter.fileName(id: chapter.id, order: chapter.order)
            }
            paths[edition.id] = ids
            let prefix = "editions/\(edition.id)/chapters/"
            editions[edition.id] = Digest(parts: bodies.filter { $0.key.hasPrefix(prefix) }.sorted { $0.key < $1.key }.map(\.value))
        }
        let digests = self, chapterPaths = paths, editionBodies = editions
        return { inputs in
            let part: Digest
            switch inputs {
            case .structure: part = digests.structure
            case .edition(let e): part = editionBodies[e].map { Digest(parts: [digests.structure, $0]) } ?? digests.everything
            case .editions(let es):
                let bodies = es.map { editionBodies[$0] }
                part = bodies.allSatisfy { $0 != nil } ? Digest(parts: [digests.structure] + bodies.compactMap { $0 }) : digests.everything
            case .chapter(let e, let id):
                part = chapterPaths[e]?[id].flatMap { digests.bodies[$0] }.map { Digest(parts: [digests.structure, $0]) } ?? digests.everything
            case .everything: part = digests.everything
            }
            return Digest(parts: [digests.settings, part])
        }
    }

    /// An entry of the content folder as it is, not what it leads to: its name, its kind, and for a
    /// symbolic link where it leads, so that replacing a file with a link to the same bytes (or a file
    /// with a folder, or adding an empty folder) changes what a build reads.
    static func entryDigest(_ path: String, name: String) -> Digest {
        var info = stat()
        guard lstat(path, &info) == 0 else { return Digest(parts: [Digest(name), Digest("unreadable")]) }
        let kind = POSIXFiles.kind(of: info.st_mode)
        var parts = [Digest(name), Digest("\(kind)")]
        if kind == .link {
            parts.append((try? POSIXFiles.linkTarget(path, shown: path)).map { Digest($0.map { UInt8(bitPattern: $0) }) } ?? Digest("unreadable"))
        }
        return Digest(parts: parts)
    }

    /// Whether a path in the content folder is a chapter: `editions/<edition>/chapters/<file>.md`.
    static func isChapter(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "editions" && parts[2] == "chapters" && parts[3].hasSuffix(".md")
    }

    /// Where a chapter's front matter ends: just after its closing `---` line. Nil (the whole file counts as
    /// front matter, so any change to it changes every page) unless the file starts with a `---` line and
    /// has a later line `---`, with Unix line ends before it.
    static func frontMatterEnd(_ bytes: [UInt8]) -> Int? {
        let dash = UInt8(ascii: "-"), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        guard bytes.count >= 4, bytes[0] == dash, bytes[1] == dash, bytes[2] == dash, bytes[3] == newline else { return nil }
        var i = 4
        while i + 3 < bytes.count {
            if bytes[i] == cr { return nil }
            if bytes[i] == newline, bytes[i + 1] == dash, bytes[i + 2] == dash, bytes[i + 3] == dash,
               i + 4 == bytes.count || bytes[i + 4] == newline {
                return min(i + 5, bytes.count)
            }
            i += 1
        }
        return nil
    }
}
