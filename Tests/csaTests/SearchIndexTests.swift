@testable import csa
import Foundation
import Testing

/// `csa build` indexes the site with Pagefind, and without Pagefind says so and still builds.
@Suite struct SearchIndexTests {
    @Test func withoutPagefindTheBuildWarnsAndHasNoIndex() throws {
        let out = TempDir.make("nosearch")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CSAProgram.run(["build", "--output", out.path],
                                        environment: ["CSA_PAGEFIND": "/nonexistent/pagefind"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == """
            warning: Pagefind was not found, so this site has no search index and its search pages say so.
                hint: run 'make site' (it installs PyPI's pagefind-bin into .venv/), or set CSA_PAGEFIND to the pagefind program

            """)
        // --quiet: nothing but errors.
        let quiet = try CSAProgram.run(["build", "--output", out.path, "--quiet"], environment: ["CSA_PAGEFIND": "/nonexistent/pagefind"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty && quiet.stdout.isEmpty, "\(quiet.stderr)")
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

    /// Pagefind writes WebAssembly for every language it has a stemmer for and for "unknown"; the script loads
    /// only the one `pagefind-entry.json` names for the language searched, so the others are not published.
    @Test func webAssemblyNoLanguageOfTheIndexNamesIsUnused() throws {
        let folder = TempDir.make("wasm")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["wasm.en-gb.pagefind", "wasm.unknown.pagefind", "wasm.fr.pagefind", "pagefind.js"] {
            try Data([1]).write(to: folder.appendingPathComponent(name))
        }
        let indexer = SearchIndexer(program: URL(fileURLWithPath: "/nonexistent"))
        func entry(_ json: String) throws -> Set<String> {
            try json.write(to: folder.appendingPathComponent("pagefind-entry.json"), atomically: true, encoding: .utf8)
            return try indexer.unusedWebAssembly(in: folder.path)
        }
        #expect(try entry(#"{"version":"1.5.2","languages":{"en-gb":{"hash":"en-gb_1","wasm":"en-gb","page_count":9}}}"#)
                == ["wasm.unknown.pagefind", "wasm.fr.pagefind"])
        // A language Pagefind has no stemmer for is searched with the "unknown" WebAssembly.
        #expect(try entry(#"{"version":"1.5.2","languages":{"en-gb":{"wasm":"en-gb"},"cy":{"hash":"cy_1","page_count":2}}}"#)
                == ["wasm.fr.pagefind"])
        // An entry this version cannot read: nothing is taken to be unused.
        #expect(try entry(#"{"version":"1.5.2"}"#) == [])
        #expect(try entry("not json") == [])
    }
}
