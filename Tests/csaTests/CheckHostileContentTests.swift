import Foundation
import Testing

/// `csa check` through the built program on hostile and careless copies of the bundled content: Windows
/// line endings, a script link, a symbolic link out of the folder, a file name that tries to forge a line.
@Suite struct CheckHostileContentTests {
    /// A copy of the bundled `Content/` in a temporary folder.
    static func copyOfContent() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csa-hostile-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CSAProgram.packageRoot.appendingPathComponent("Content"), to: dir)
        return dir
    }

    static func files(in dir: URL) -> [URL] {
        let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { ["md", "yml"].contains($0.pathExtension) }
    }

    @Test func bundledContentWithWindowsLineEndingsIsClean() throws {
        let dir = try Self.copyOfContent()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = Self.files(in: dir)
        #expect(files.count == 40)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: file)
        }
        let result = try CSAProgram.run(["check", "--content", dir.path])
        #expect(result.stderr == "")
        #expect(result.status == 0)
        #expect(result.stdout == "ok: 3 editions, 19 chapters, 20 priorities, 13 themes, 61 actions, 20 measures, 5 papers\n")
    }

    @Test func scriptLinkSymbolicLinkAndForgedFileNameAreEachOneLocatedError() throws {
        let dir = try Self.copyOfContent()
        defer { try? FileManager.default.removeItem(at: dir) }
        let chapters = dir.appendingPathComponent("editions/2024-25/chapters")
        let intro = chapters.appendingPathComponent("01-introduction.md")
        let text = try String(contentsOf: intro, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        try Data((text + "See [the alert](javascript:alert(1)).\n").utf8).write(to: intro)
        let landscape = chapters.appendingPathComponent("06-community-safety-landscape.md")
        try FileManager.default.removeItem(at: landscape)
        try FileManager.default.createSymbolicLink(atPath: landscape.path, withDestinationPath: "/etc/passwd")
        let statutory = chapters.appendingPathComponent("02-statutory-context.md")
        try FileManager.default.moveItem(at: statutory, to: chapters.appendingPathComponent("02-statutory\n0 errors in Content..md"))

        let result = try CSAProgram.run(["check", "--content", dir.path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.replacingOccurrences(of: dir.path, with: "C") == """
            C/editions/2024-25/chapters/01-introduction.md:\(line):17: error: link target 'javascript:alert(1)' uses the 'javascript:' scheme, which is not published
                hint: link only to relative addresses, '#anchors', or https:, http: and mailto: addresses
            C/editions/2024-25/chapters/02-statutory\\n0 errors in Content..md:1:1: error: chapter file name '02-statutory\\n0 errors in Content..md' does not match the chapter's order 2 and id 'statutory-context'
                hint: rename the file '02-statutory-context.md': the order in two digits, a hyphen, the id and '.md'
            C/editions/2024-25/chapters/06-community-safety-landscape.md:1:1: error: symbolic link to '/etc/passwd' leads outside the content folder, so it is not read
                hint: copy the file into the content folder instead of linking to it; links are followed only when they stay inside it
            3 errors in C.

            """)
    }
}
