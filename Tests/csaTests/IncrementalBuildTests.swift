#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// A rebuild into an existing site gives exactly the bytes a clean build gives, after a change of any
/// kind, and leaves every file whose bytes did not change untouched (the same inode and time, so an
/// upload with rsync or to a CDN sends only what changed). Only the site's two bookkeeping files,
/// `.csa-site.json` and `.csa-build-cache`, are written afresh by every build.
@Suite struct IncrementalBuildTests {
    static let bookkeeping: Set<String> = [".csa-site.json", ".csa-build-cache"]

    /// The inode and modification time of every file under `folder`, by relative path.
    static func identities(_ folder: URL) -> [String: String] {
        var found: [String: String] = [:]
        let base = folder.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) ?? .init() {
            var info = stat()
            guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            found[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = "\(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        return found
    }

    /// Makes `change`, rebuilds `Site`, builds the same into a new folder, and checks the two are the same
    /// bytes and that exactly the files whose bytes changed were written. Returns the paths that changed.
    @discardableResult
    static func rebuild(_ s: Sandbox, _ name: String, change: () throws -> Void) throws -> Set<String> {
        let site = s.project.appendingPathComponent("Site")
        let before = try SiteTree(site).files, identity = identities(site)
        try change()
        let result = try s.build(["--output", "Site"])
        #expect(result.status == 0, "\(name): \(result.stderr)")
        let clean = try s.build(["--output", "../clean-\(name)"])
        #expect(clean.status == 0, "\(name): \(clean.stderr)")
        let after = try SiteTree(site).files
        #expect(after == (try SiteTree(s.root.appendingPathComponent("clean-\(name)")).files), "\(name): the rebuilt site differs from a clean build")
        let now = identities(site)
        var changed: Set<String> = []
        for (path, bytes) in after where !bookkeeping.contains(path) {
            if before[path] == bytes {
                #expect(now[path] == identity[path], "\(name): \(path) did not change but was written again")
            } else {
                changed.insert(path)
            }
        }
        return changed
    }

    @Test func rebuildsMatchACleanBuildAndLeaveUnchangedFilesAlone() throws {
        let s = try Sandbox()
        let (chapter, text) = Sandbox.governanceChapter
        try s.write(text, to: "project/Content/" + chapter)
        #expect(try s.build(["--output", "Site"]).status == 0)

        // Nothing changed: nothing is written.
        #expect(try Self.rebuild(s, "nothing") {} == [])

        // A chapter's body: its page, the whole document and the edition's search index.
        let body = try Self.rebuild(s, "chapter") {
            try s.write(text + "A new paragraph about the partnership.\n", to: "project/Content/" + chapter)
        }
        #expect(body.contains("2024-25/chapters/governance.html") && body.contains("2024-25/document.html"))
        #expect(!body.contains("2024-25/chapters/introduction.html") && !body.contains("2024-25/index.html"), "\(body.sorted())")
        #expect(body.contains { $0.hasPrefix("pagefind/2024-25/") })

        // A chapter's title, in its front matter: every page that lists the chapter.
        let title = try Self.rebuild(s, "title") {
            try s.write(text.replacingOccurrences(of: "title: Governance", with: "title: Oversight"), to: "project/Content/" + chapter)
        }
        #expect(title.isSuperset(of: ["2024-25/chapters/governance.html", "2024-25/chapters/introduction.html", "2024-25/index.html"]))

        // A YAML file.
        let yaml = try Self.rebuild(s, "yaml") {
            let path = "project/Content/editions/2024-25/priorities.yml"
            try s.write(Sandbox.content["editions/2024-25/priorities.yml"]!.replacingOccurrences(of: "Anti-social behaviour", with: "Antisocial behaviour"),
                        to: path)
        }
        #expect(yaml.isSuperset(of: ["2024-25/priorities/asb.html", "2024-25/data/priorities.csv"]))
        #expect(!yaml.contains("assets/csa.css"))

        // A template: only the pages made with it.
        let template = try Self.rebuild(s, "template") {
            let url = s.project.appendingPathComponent("Templates/about.mustache")
            try (String(contentsOf: url, encoding: .utf8) + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(template == ["2024-25/about.html"])

        // An asset.
        let asset = try Self.rebuild(s, "asset") {
            let url = s.project.appendingPathComponent("Templates/assets/csa.css")
            try (String(contentsOf: url, encoding: .utf8) + "\n/* changed */\n").write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(asset == ["assets/csa.css"])

        // An edition added, then removed again.
        let added = try Self.rebuild(s, "added") {
            try FileManager.default.copyItem(at: s.project.appendingPathComponent("Content/editions/2024-25"),
                                             to: s.project.appendingPathComponent("Content/editions/2025-26"))
            try s.write("title: Agreement 2025-26\nperiod:\n  start: 2025-04-01\n  end: 2026-03-31\nstatus: draft\nsupersedes: \"2024-25\"\n",
                        to: "project/Content/editions/2025-26/edition.yml")
        }
        #expect(added.contains("2025-26/index.html") && added.contains("2024-25/index.html"))
        try Self.rebuild(s, "removed") {
            try FileManager.default.removeItem(at: s.project.appendingPathComponent("Content/editions/2025-26"))
        }
        #expect(!FileManager.default.fileExists(atPath: s.project.path + "/Site/2025-26"))
    }

    /// A committee paper's page, Word document and PDF are made from the paper, its layout and the edition
    /// data its directives draw: a rebuild after a change to any of them gives exactly a clean build's bytes.
    @Test func papersRebuildLikeACleanBuild() throws {
        let s = try Sandbox()
        let actions = """
            - id: asb-01
              priorities: [asb]
              description: Run a pilot of community patrols.
              lead: tcsp
              due: 2025-03-31
              status: amber

            """
        try s.write(actions, to: "project/Content/editions/2024-25/actions.yml")
        let paper = """
            ---
            layout: partnership
            edition: 2024-25
            by:
              - name: Sam Taylor
                role: Community Safety Manager
            to: Testshire Community Safety Partnership
            meeting_date: 2024-11-21
            subject: Agreement update
            classification: For Information
            ---

            ## Progress

            The action plan so far.

            ```csa
            actions priority=all
            ```

            """
        try s.write(paper, to: "project/Content/papers/update.md")
        let first = try s.build(["--output", "Site"])
        #expect(first.status == 0, "\(first.stderr)")
        let outputs: Set<String> = ["papers/update.html", "papers/update.docx", "papers/update.pdf"]
        #expect(outputs.allSatisfy { FileManager.default.fileExists(atPath: s.project.path + "/Site/" + $0) })

        // The paper itself: its page and both documents.
        let text = try Self.rebuild(s, "paper") {
            try s.write(paper.replacingOccurrences(of: "The action plan so far.", with: "The action plan at six months."),
                        to: "project/Content/papers/update.md")
        }
        #expect(text.isSuperset(of: outputs), "\(text.sorted())")

        // An action's status, which the paper's table drafts from.
        let status = try Self.rebuild(s, "status") {
            try s.write(actions.replacingOccurrences(of: "status: amber", with: "status: green"), to: "project/Content/editions/2024-25/actions.yml")
        }
        #expect(status.isSuperset(of: outputs.union(["2024-25/action-plan.html"])), "\(status.sorted())")

        // The paper's layout.
        let layout = try Self.rebuild(s, "layout") {
            let url = s.project.appendingPathComponent("Templates/papers/partnership.yml")
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "label: To", with: "label: For").write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(layout.isSuperset(of: outputs), "\(layout.sorted())")

        // A chapter's body, which a paper may compare: the paper is made again, and comes out the same.
        let (chapter, body) = Sandbox.governanceChapter
        try Self.rebuild(s, "chapter") { try s.write(body, to: "project/Content/" + chapter) }
    }

    /// With nothing changed, a build reads and writes nothing and says so; a page missing from the site, or
    /// a change to the templates, makes it build again.
    @Test func nothingChangedIsUpToDate() throws {
        let s = try Sandbox()
        #expect(try s.build(["--output", "Site"]).status == 0)
        let again = try CSAProgram.run(["build", "--output", "Site"], in: s.project)
        #expect(again.status == 0)
        #expect(again.stdout == "Site is up to date: nothing it is made from has changed since it was built\n")
        let page = s.project.appendingPathComponent("Site/2024-25/about.html")
        try FileManager.default.removeItem(at: page)
        let rebuilt = try CSAProgram.run(["build", "--output", "Site"], in: s.project)
        #expect(rebuilt.stdout.hasPrefix("built Site: "), "\(rebuilt.stdout)")
        #expect(FileManager.default.fileExists(atPath: page.path))
        try s.write("{{<layout}}{{/layout}}\n", to: "project/Templates/about.mustache")
        let changed = try CSAProgram.run(["build", "--output", "Site"], in: s.project)
        #expect(changed.stdout.hasPrefix("built Site: ") && changed.stdout.contains(" (1 written, "), "\(changed.stdout)")
    }

    /// Changes to the content folder's entries rather than to any file's bytes (an empty folder, a folder
    /// named like a chapter, a named pipe, a file replaced by a link to the same bytes outside the folder)
    /// are changes too: the next build reads the content, reports what `csa check` reports, and fails.
    @Test(arguments: ["empty edition folder", "folder named like a chapter", "named pipe", "link outside"])
    func changedEntriesAreNotUpToDate(_ change: String) throws {
        let s = try Sandbox()
        #expect(try s.build(["--output", "Site"]).status == 0)
        let before = s.snapshot("project/Site")
        let edition = "project/Content/editions/2024-25"
        switch change {
        case "empty edition folder": try s.makeFolder("project/Content/editions/2030-31")
        case "folder named like a chapter": try s.makeFolder(edition + "/chapters/08-extra.md")
        case "named pipe": #expect(mkfifo(s.root.appendingPathComponent(edition + "/chapters/08-pipe.md").path, 0o644) == 0)
        default:
            let themes = s.root.appendingPathComponent(edition + "/themes.yml")
            try FileManager.default.moveItem(at: themes, to: s.root.appendingPathComponent("themes.yml"))
            try s.symlink(edition + "/themes.yml", to: s.root.appendingPathComponent("themes.yml").path)
        }
        let check = try CSAProgram.run(["check"], in: s.project)
        let build = try s.build(["--output", "Site"])
        #expect(check.status == 1)
        #expect(build.status == 1)
        #expect(!build.stderr.isEmpty && check.stderr.hasPrefix(build.stderr.split(separator: "\n").first.map(String.init) ?? "-"),
                "check: \(check.stderr)\nbuild: \(build.stderr)")
        #expect(Sandbox.changes(before, s.snapshot("project/Site")) == [])
    }

    /// A page someone edited in the built site is made again, not kept.
    @Test func aFileEditedInTheSiteIsMadeAgain() throws {
        let s = try Sandbox()
        #expect(try s.build(["--output", "Site"]).status == 0)
        let page = s.project.appendingPathComponent("Site/2024-25/about.html")
        let original = try Data(contentsOf: page)
        usleep(20_000)
        let handle = try FileHandle(forWritingTo: page)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("<!-- edited -->".utf8))
        try handle.close()
        #expect(try s.build(["--output", "Site"]).status == 0)
        #expect(try Data(contentsOf: page) == original)
    }
}
