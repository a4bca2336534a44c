#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// What `csa build` does to an output folder it may replace: the manifest, files a user added, files
/// no longer built, a symbolic link to a site, and leftovers of a build that was killed.
@Suite struct SiteOutputTests {
    @Test func manifestListsEveryFileWrittenAndIsDeterministic() throws {
        let s = try Sandbox()
        #expect(try s.build(["--output", "Site"]).status == 0)
        let site = try SiteTree(s.project.appendingPathComponent("Site"))
        let bytes = try #require(site.files[".csa-site.json"])
        let manifest = try #require(JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        #expect(manifest["generator"] as? String == "csa")
        #expect(manifest["format"] as? Int == 1)
        let listed = try #require(manifest["files"] as? [String])
        #expect(listed == site.files.keys.filter { $0 != ".csa-site.json" && $0 != ".csa-build-cache" }.sorted())
        #expect(site.text(".csa-site.json").hasPrefix("{\n  \"generator\" : \"csa\",\n  \"format\" : 1,\n  \"files\" : [\n    \"2024-25/about.html\",\n"))
        #expect(try s.build(["--output", "Again"]).status == 0)
        #expect(try SiteTree(s.project.appendingPathComponent("Again")).files == site.files)
    }

    /// Files a user put in the site (not in `.csa-site.json`) are carried into the new site with their
    /// bytes and permissions; files csa wrote before and no longer builds are removed.
    @Test func userFilesSurviveAndFilesNoLongerBuiltGo() throws {
        let s = try Sandbox()
        try s.write(Sandbox.governanceChapter.1, to: "project/Content/" + Sandbox.governanceChapter.0)
        #expect(try s.build(["--output", "Site"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: s.project.path + "/Site/2024-25/chapters/governance.html"))
        try s.write("my notes", to: "project/Site/notes.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: s.project.path + "/Site/notes.txt")
        try s.write("a", to: "project/Site/mine/deep/a.txt")
        try s.write("extra", to: "project/Site/2024-25/extra.txt")
        try s.symlink("project/Site/latest", to: "2024-25/index.html")
        try s.makeFolder("project/Site/empty")
        let users = ["notes.txt", "mine", "mine/deep", "mine/deep/a.txt", "2024-25/extra.txt", "latest", "empty"]
        let before = s.snapshot("project/Site").filter { users.contains($0.key) }
        #expect(before.count == users.count)

        try FileManager.default.removeItem(atPath: s.project.path + "/Content/" + Sandbox.governanceChapter.0)
        let result = try s.build(["--output", "Site", "--base-url", "https://other.example/"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let after = s.snapshot("project/Site")
        #expect(after.filter { users.contains($0.key) } == before)
        #expect(after["2024-25/chapters/governance.html"] == nil, "a page no longer built is removed")
        // Apart from the user's files, the site is exactly a clean build.
        #expect(try s.build(["--output", "Clean", "--base-url", "https://other.example/"]).status == 0)
        let clean = try SiteTree(s.project.appendingPathComponent("Clean")).files
        let built = try SiteTree(s.project.appendingPathComponent("Site")).files.filter { !["notes.txt", "mine/deep/a.txt", "2024-25/extra.txt", "latest"].contains($0.key) }
        #expect(built == clean)
    }

    /// A file the user put where the new build would write is never overwritten: the build stops, naming it.
    @Test func userFileInTheWayOfANewPageIsAnError() throws {
        let s = try Sandbox()
        #expect(try s.build(["--output", "Site"]).status == 0)
        try s.write("<p>my own governance page</p>", to: "project/Site/2024-25/chapters/governance.html")
        try s.write(Sandbox.governanceChapter.1, to: "project/Content/" + Sandbox.governanceChapter.0)
        let before = s.snapshot()
        let result = try s.build(["--output", "Site"])
        #expect(result.stderr == "error: Site/2024-25/chapters/governance.html is not a file csa wrote (Site/.csa-site.json does not list it), and this build would write that path; move it away, then build again\n")
        #expect(result.status == 1)
        #expect(Sandbox.changes(before, s.snapshot()) == [])
    }

    /// A name that is not UTF-8 cannot be carried over faithfully, so the build stops and names it.
    @Test func userFileWithANameThatIsNotUTF8StopsTheBuild() throws {
        let s = try Sandbox()
        #expect(try s.build(["--output", "Site"]).status == 0)
        let name = Array((s.project.path + "/Site/bad").utf8CString.dropLast()) + [CChar(bitPattern: 0xFF), 0]
        let fd = open(name, O_CREAT | O_WRONLY, 0o644)
        #expect(fd >= 0)
        close(fd)
        let before = s.snapshot()
        let result = try s.build(["--output", "Site", "--base-url", "https://other.example/"])
        #expect(result.stderr == "error: Site/bad\u{FFFD} has a name that is not valid UTF-8, which csa cannot handle safely; rename it, then run csa again\n")
        #expect(result.status == 1)
        #expect(Sandbox.changes(before, s.snapshot()) == [])
        var info = stat()
        #expect(lstat(name, &info) == 0, "the file is still there")
    }

    /// `--output` may be a symbolic link to a site csa built: the site it leads to is replaced and the
    /// link stays a link.
    @Test func symbolicLinkToASiteBuildsThere() throws {
        let s = try Sandbox()
        #expect(try s.build(["--output", "../published"]).status == 0)
        try s.symlink("project/public", to: "../published")
        let result = try s.build(["--output", "public", "--base-url", "https://other.example/"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(s.snapshot("project/public")[""]?.kind == "link")
        #expect(try SiteTree(s.root.appendingPathComponent("published")).text("sitemap.xml").contains("https://other.example/"))
    }

    /// An empty folder is taken; its permissions are kept for the site.
    @Test func emptyFolderIsReplaced() throws {
        let s = try Sandbox()
        try s.makeFolder("project/Site")
        try FileManager.default.setAttributes([.posixPermissions: 0o750], ofItemAtPath: s.project.path + "/Site")
        #expect(try s.build(["--output", "Site"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: s.project.path + "/Site/index.html"))
        #expect(s.snapshot("project/Site")[""]?.mode == UInt32(0o040750))
    }

    /// A killed build leaves its staging folder (marked `.csa-staging`) and its lock file; the next build
    /// removes both and nothing else.
    @Test func leftoversOfAKilledBuildAreCleanedUp() throws {
        let s = try Sandbox()
        #expect(try s.build(["--output", "Site"]).status == 0)
        let site = try SiteTree(s.project.appendingPathComponent("Site")).files
        try s.write("", to: "project/.Site.csa-staging/.csa-staging")
        try s.write("half", to: "project/.Site.csa-staging/2024-25/index.html")
        try s.write("", to: "project/.Site.csa-lock")
        // The old site after a swap, cut short while it was being removed: only its manifest is left.
        try s.makeFolder("project/.Site.csa-old/2024-25")
        try FileManager.default.copyItem(atPath: s.project.path + "/Site/.csa-site.json", toPath: s.project.path + "/.Site.csa-old/.csa-site.json")
        #expect(try s.build(["--output", "Site"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.project.path).sorted() == ["Content", "Site", "Templates"])
        #expect(try SiteTree(s.project.appendingPathComponent("Site")).files == site)
    }

    /// A build that was killed after moving the old site aside (where the file system cannot swap
    /// folders) left no output: the next build puts the old one back before anything else.
    @Test func oldSiteLeftAsideIsPutBack() throws {
        let s = try Sandbox()
        #expect(try s.build(["--output", "Site"]).status == 0)
        try s.write("mine", to: "project/Site/notes.txt")
        try FileManager.default.moveItem(atPath: s.project.path + "/Site", toPath: s.project.path + "/.Site.csa-old")
        #expect(try s.build(["--output", "Site"]).status == 0)
        #expect(try SiteTree(s.project.appendingPathComponent("Site")).text("notes.txt") == "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.project.path).sorted() == ["Content", "Site", "Templates"])
    }
}
