import Foundation
import Testing

/// Links between chapters are written as the chapter's file name; the site turns them into links to the
/// chapter's page, or to its place on the whole-document page, and `csa check` warns about any that lead
/// nowhere without failing.
@Suite struct ChapterLinkTests {
    /// A copy of the bundled content with one chapter linking to another.
    static func content(linking target: String) throws -> URL {
        let root = TempDir.make("links")
        try FileManager.default.copyItem(at: BuildCommandTests.content, to: root)
        let chapter = root.appendingPathComponent("editions/2024-25/chapters/01-introduction.md")
        let text = try String(contentsOf: chapter, encoding: .utf8)
        try (text + "\nThe [priorities for this year](\(target)) are set out in their own chapter.\n")
            .write(to: chapter, atomically: true, encoding: .utf8)
        return root
    }

    @Test func chapterLinksLeadToTheChapterPageAndTheDocumentPlace() throws {
        let content = try Self.content(linking: "03-priorities.md#the-priorities-for-2024-25")
        let out = TempDir.make("links-site")
        defer {
            try? FileManager.default.removeItem(at: content)
            try? FileManager.default.removeItem(at: out)
        }
        let result = try CSAProgram.run(["build", "--content", content.path, "--output", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let site = try SiteTree(out)
        #expect(site.text("2024-25/chapters/introduction.html").contains(#"<a href="priorities.html#the-priorities-for-2024-25">priorities for this year</a>"#))
        #expect(site.text("2024-25/document.html").contains(##"<a href="#priorities-the-priorities-for-2024-25">priorities for this year</a>"##))
        #expect(site.text("2024-25/document.html").contains(#"id="priorities-the-priorities-for-2024-25""#))
    }

    @Test func aLinkThatLeadsNowhereIsAWarningNotAFailure() throws {
        let content = try Self.content(linking: "03-priority.md")
        defer { try? FileManager.default.removeItem(at: content) }
        let result = try CSAProgram.run(["check", "--content", content.path])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("\(content.path)/editions/2024-25/chapters/01-introduction.md:"))
        #expect(result.stderr.contains(": warning: link to '03-priority.md' goes nowhere: edition 2024-25 has no chapter '03-priority.md'\n    hint: did you mean '03-priorities.md'?"))
        #expect(result.stdout == "ok: 3 editions, 19 chapters, 20 priorities, 13 themes, 61 actions, 20 measures, 5 papers; 1 warning\n")
    }
}
