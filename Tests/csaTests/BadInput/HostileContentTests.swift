import Foundation
import Testing

/// `csa check` and `csa build` on the bundled content with one hostile change: a clean, located error and
/// exit status 1, never a crash; and headings that cannot take the page's own ids.
@Suite struct HostileContentTests {
    static let chapter = "editions/2024-25/chapters/01-introduction.md"

    /// A copy of the bundled content with `text` added to the end of the 2024-25 introduction; returns the
    /// folder and the line the added text starts on.
    static func content(appending text: String, to chapter: String = chapter) throws -> (URL, Int) {
        let dir = TempDir.make("hostile")
        try FileManager.default.copyItem(at: CSAProgram.packageRoot.appendingPathComponent("Content"), to: dir)
        let file = dir.appendingPathComponent(chapter)
        var original = try String(contentsOf: file, encoding: .utf8)
        if !original.hasSuffix("\n") { original += "\n" }
        let line = original.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        try Data((original + "\n" + text).utf8).write(to: file)
        return (dir, line)
    }

    /// Builds a copy of the bundled content with `text` added to the end of `chapter`, expecting success,
    /// and returns the text of the site's `pages`, in order.
    static func built(appending text: String, to chapter: String = chapter, pages: [String]) throws -> [String] {
        let (dir, _) = try content(appending: text, to: chapter)
        let out = TempDir.make("hostile-site")
        defer {
            try? FileManager.default.removeItem(at: dir)
            try? FileManager.default.removeItem(at: out)
        }
        let build = try CSAProgram.run(["build", "--content", dir.path, "--output", out.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        return try pages.map { try String(contentsOf: out.appendingPathComponent($0), encoding: .utf8) }
    }

    /// The hostile chapter endings, by name (kept short so that a failure prints readably).
    static func deepText(_ kind: String) -> (text: String, column: Int, what: String, hint: String) {
        let blockHint = "a line starting with many '>' or list markers nests that many levels; flatten the quotes and lists"
        switch kind {
        case "quotes": return (String(repeating: ">", count: 40000) + " deep\n", 101, "block quotes and lists 40000", blockHint)
        case "lists": return (String(repeating: "- ", count: 40000) + "deep\n", 201, "block quotes and lists 40000", blockHint)
        default:
            return (String(repeating: "*a ", count: 20000) + "b" + String(repeating: " c*", count: 20000) + "\n", 301,
                    "emphasis, links and images 20000", "each '*', '_' or '[' pair nests a level; remove the extra emphasis or brackets")
        }
    }

    @Test(arguments: ["quotes", "lists", "emphasis"])
    func deepNestingIsALocatedErrorForCheckAndBuild(_ kind: String) throws {
        let deep = Self.deepText(kind)
        let (dir, line) = try Self.content(appending: deep.text)
        let out = TempDir.make("hostile-site")
        defer {
            try? FileManager.default.removeItem(at: dir)
            try? FileManager.default.removeItem(at: out)
        }
        let expected = """
            C/\(Self.chapter):\(line):\(deep.column): error: chapter nests \(deep.what) levels deep; at most 100 levels are allowed
                hint: \(deep.hint)
            1 error in C.

            """
        let check = try CSAProgram.run(["check", "--content", dir.path])
        #expect(check.status == 1)
        #expect(check.stderr.replacingOccurrences(of: dir.path, with: "C") == expected)
        // `build` reports the same, then says what it did with the output folder.
        let build = try CSAProgram.run(["build", "--content", dir.path, "--output", out.path, "--quiet"])
        #expect(build.status == 1)
        #expect(build.stderr.replacingOccurrences(of: dir.path, with: "C").hasPrefix(expected))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func headingsNeverTakeThePageOwnIDs() throws {
        // "Main" would be the skip link's target and "Contents title" the contents list's label.
        let page = try Self.built(appending: "## Main\n\nText.\n\n## Contents title\n\nMore.\n",
                                  pages: ["2024-25/chapters/introduction.html"])[0]
        #expect(page.components(separatedBy: "id=\"main\"").count == 2)
        #expect(page.components(separatedBy: "id=\"contents-title\"").count == 2)
        #expect(page.contains("<h2 id=\"main-2\">Main</h2>"))
        #expect(page.contains("<h2 id=\"contents-title-2\">Contents title</h2>"))
        #expect(page.contains("href=\"#main-2\""))
    }

    @Test func wholeDocumentHeadingsNeverTakeTheIDsOfOtherParts() throws {
        // On the whole-document page the priorities chapter's headings get the prefix 'priorities-', so a heading
        // '2024-25' there would take 'priorities-2024-25', the id of the overview's section of priorities.
        let pages = try Self.built(appending: "## 2024-25\n\nText.\n", to: "editions/2024-25/chapters/03-priorities.md",
                                   pages: ["2024-25/document.html", "2024-25/chapters/priorities.html"])
        let (page, chapter) = (pages[0], pages[1])
        #expect(page.components(separatedBy: "id=\"priorities-2024-25\"").count == 2)
        #expect(page.contains("<h3 id=\"priorities-2024-25-2\">2024-25</h3>"))
        #expect(chapter.contains("<h2 id=\"2024-25\">2024-25</h2>"))
    }
}
