#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TestSupport

/// A temporary folder laid out as a user's project, removed when the sandbox goes:
/// `project/Content` (a small valid content folder with one edition), `project/Templates` (a copy of
/// the bundled templates). Tests build into it, snapshot it, and check that nothing else changed.
final class Sandbox {
    /// The sandbox folder, resolved (`realpath`), as `csa` prints it.
    let root: URL
    var project: URL { root.appendingPathComponent("project") }

    static let content: [String: String] = [
        "site.yml": TestshireContent.siteYAML(),
        "editions/2024-25/edition.yml": """
            title: Agreement 2024-25
            period:
              start: 2024-04-01
              end: 2025-03-31
            status: approved
            approval:
              date: 2024-03-20
              body: tcsp

            """,
        "editions/2024-25/priorities.yml": """
            - id: asb
              title: Anti-social behaviour
              lead: tcsp
              themes: []
              description: Nuisance in neighbourhoods.

            """,
        "editions/2024-25/themes.yml": "[]\n",
        "editions/2024-25/actions.yml": "[]\n",
        "editions/2024-25/measures.yml": "[]\n",
        "editions/2024-25/chapters/01-introduction.md": TestshireContent.introductionChapter,
    ]

    /// A second chapter, for tests that add or remove one.
    static let governanceChapter = ("editions/2024-25/chapters/02-governance.md", """
        ---
        id: governance
        title: Governance
        order: 2
        summary: Who oversees the agreement.
        ---

        The partnership meets every quarter.

        """)

    init() throws {
        let made = FileManager.default.temporaryDirectory.appendingPathComponent("csa-sandbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        root = URL(fileURLWithPath: Sandbox.realPath(made.path))
        for (path, text) in Sandbox.content { try write(text, to: "project/Content/" + path) }
        try FileManager.default.copyItem(at: CSAProgram.packageRoot.appendingPathComponent("Templates"),
                                         to: project.appendingPathComponent("Templates"))
    }

    deinit {
        // Folders a test made read-only must be writable again to be removed.
        _ = try? CSAProgram.run(URL(fileURLWithPath: "/bin/chmod"), ["-R", "u+rwx", root.path])
        try? FileManager.default.removeItem(at: root)
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes a file at a path relative to the sandbox, making its folders.
    func write(_ text: String, to relative: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func makeFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(at: root.appendingPathComponent(relative), withIntermediateDirectories: true)
    }

    func symlink(_ relative: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(relative).path, withDestinationPath: target)
    }

    /// `csa build --quiet` with `arguments`, run in `project/` (or `folder`, relative to the sandbox).
    func build(_ arguments: [String], in folder: String = "project", environment: [String: String?] = [:]) throws -> CSAProgram.Result {
        try CSAProgram.run(["build", "--quiet"] + arguments, in: root.appendingPathComponent(folder), environment: environment)
    }

    /// Every entry under the sandbox (or `relative` in it): kind, permissions, and the bytes of each file
    /// or the target of each link, by path. Symbolic links are not followed.
    func snapshot(_ relative: String = "") -> [String: Entry] {
        var entries: [String: Entry] = [:]
        func walk(_ path: String, _ name: String) {
            var info = stat()
            guard lstat(path, &info) == 0 else { return }
            let mode = UInt32(info.st_mode)
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                entries[name] = Entry(kind: "folder", mode: mode, bytes: Data())
                for child in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                    walk(path + "/" + child, name.isEmpty ? child : name + "/" + child)
                }
            case S_IFLNK:
                entries[name] = Entry(kind: "link", mode: mode, bytes: Data(((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "").utf8))
            default:
                entries[name] = Entry(kind: "file", mode: mode, bytes: FileManager.default.contents(atPath: path) ?? Data())
            }
        }
        walk(relative.isEmpty ? root.path : root.appendingPathComponent(relative).path, "")
        return entries
    }

    /// One entry of a snapshot.
    struct Entry: Equatable {
        let kind: String
        let mode: UInt32
        let bytes: Data
    }

    /// The paths whose entry differs between two snapshots, sorted, for a readable failure.
    static func changes(_ before: [String: Entry], _ after: [String: Entry]) -> [String] {
        Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }
}
