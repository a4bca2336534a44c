import Foundation
import Testing

/// `csa build` indexes the site with Pagefind, and without Pagefind says so and still builds.
@Suite struct SearchIndexTests {
    @Test func withoutPagefindTheBuildWarnsAndHasNoIndex() throws {
        let out = TempDir.make("nosearch")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CSAProgram.run(["build", "--output", out.path, "--quiet"],
                                        environment: ["CSA_PAGEFIND": "/nonexistent/pagefind"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == """
            warning: Pagefind was not found, so this site has no search index and its search pages say so.
                hint: run 'make site' (it installs PyPI's pagefind-bin into .venv/), or set CSA_PAGEFIND to the pagefind program

            """)
        let site = try SiteTree(out)
        #expect(site.files.keys.contains("2024-25/search.html"))
        #expect(!site.files.keys.contains { $0.hasPrefix("pagefind/") })
    }

    @Test func aFailingPagefindFailsTheBuildAndLeavesTheOldSite() throws {
        let out = TempDir.make("badsearch")
        let fake = TempDir.make("fake-pagefind")
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: fake)
        }
        let first = try CSAProgram.run(["build", "--output", out.path, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try SiteTree(out).files
        try "#!/bin/sh\necho 'index exploded' >&2\nexit 3\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let result = try CSAProgram.run(["build", "--output", out.path, "--quiet"], environment: ["CSA_PAGEFIND": fake.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: Pagefind could not index the site (exit 3): index exploded; \(out.path) was left as it was\n")
        #expect(try SiteTree(out).files == before)
    }
}
