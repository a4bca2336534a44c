import Foundation
import Testing

/// `csa paper --output` folders csa paper must leave alone: a folder that is, is inside (at any depth, by
/// any path) or holds a site csa built is refused before anything is read; and a run that fails for any
/// reason makes no folder, so that the output (and `csa check`, `csa build`) is as it was before the run.
@Suite struct PaperRefusedOutputTests {
    static let elsewhere = "such as --output papers"

    @Test func foldersInsideOrHoldingASiteCsaBuiltAreRefused() throws {
        let sandbox = try Sandbox()
        try sandbox.write(PaperCommandTests.paper, to: "project/Content/papers/update.md")
        #expect(try sandbox.build(["--output", "Site"]).status == 0)
        #expect(try sandbox.build(["--output", "../holder/inner/Site"]).status == 0)
        try sandbox.write("mine\n", to: "project/Site/newsub/deeper/notes.txt")
        // A site three folders down (its manifest is all that makes a folder a site csa built).
        try sandbox.makeFolder("far/a/b/Site")
        try FileManager.default.copyItem(atPath: sandbox.project.path + "/Site/.csa-site.json", toPath: sandbox.root.path + "/far/a/b/Site/.csa-site.json")
        try sandbox.symlink("project/link", to: "Site/papers")
        // A build's staging folder is csa's too, from the moment it is made.
        try sandbox.write("", to: "project/.Site.csa-staging/.csa-staging")
        try sandbox.makeFolder("project/.Site.csa-staging/papers")
        let site = sandbox.project.path + "/Site", holder = sandbox.root.path + "/holder"
        let before = sandbox.snapshot()
        func inside(_ site: String) -> String {
            "is inside \(site), a site csa built, whose files csa build replaces or removes\n"
                + "    hint: name a folder outside the site, \(Self.elsewhere); csa build publishes the papers in the site itself"
        }
        for (output, problem) in [
            ("Site/papers", inside(site)),
            ("Site/2024-25", inside(site)),
            ("Site/newsub", inside(site)),
            ("Site/newsub/deeper", inside(site)),
            ("Site/brand-new", inside(site)),
            ("Site/newsub/brand-new/", inside(site)),
            ("Site/papers/../2024-25", inside(site)),
            ("link", inside(site)),
            ("link/brand-new", inside(site)),
            (site + "/papers", inside(site)),
            (".Site.csa-staging/papers", inside(sandbox.project.path + "/.Site.csa-staging")),
            ("../holder/inner/Site/assets", inside(holder + "/inner/Site")),
            ("Site/papers/..", "is a site csa built, whose papers csa build writes\n    hint: name another folder, \(Self.elsewhere)"),
            ("../holder", "holds \(holder)/inner/Site, a site csa built\n    hint: name a folder that holds no site, \(Self.elsewhere)"),
            ("../far", "holds \(sandbox.root.path)/far/a/b/Site, a site csa built\n    hint: name a folder that holds no site, \(Self.elsewhere)"),
            ("../far/a/b/Site/assets", inside(sandbox.root.path + "/far/a/b/Site")),
            ("../holder/inner", "holds \(holder)/inner/Site, a site csa built\n    hint: name a folder that holds no site, \(Self.elsewhere)"),
        ] {
            let result = try CSAProgram.run(["paper", "update", "--format", "html", "--output", output], in: sandbox.project)
            #expect(result.status == 1, "\(output)")
            #expect(result.stdout == "", "\(output)")
            #expect(result.stderr == "error: --output '\(output)' \(problem)\n", "\(output)")
        }
        #expect(Sandbox.changes(before, sandbox.snapshot()) == [])
        // The site is still the build's own: building it again finds no file it did not write.
        try FileManager.default.removeItem(atPath: sandbox.project.path + "/.Site.csa-staging")
        let rebuilt = try sandbox.build(["--output", "Site"])
        #expect(rebuilt.status == 0)
        #expect(rebuilt.stderr == "")
    }

    /// A `.csa-site.json` that csa did not write makes no site: csa build would refuse that folder itself.
    @Test func aForeignSiteManifestAboveIsNoSite() throws {
        let sandbox = try Sandbox()
        try sandbox.write(PaperCommandTests.paper, to: "project/Content/papers/update.md")
        try sandbox.write("{}\n", to: "project/other/.csa-site.json")
        let result = try CSAProgram.run(["paper", "update", "--format", "html", "--output", "other/papers"], in: sandbox.project)
        #expect(result.stderr == "")
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.project.path + "/other/papers/update.html"))
    }

    /// Every way a run can fail before writing leaves no folder behind, whether `--output` names an absent
    /// folder (which a successful run would make) or one inside the content folder.
    @Test func aFailedRunMakesNoFolder() throws {
        let sandbox = try Sandbox()
        try sandbox.write(PaperCommandTests.paper, to: "project/Content/papers/update.md")
        try sandbox.write(PaperCommandTests.paper.replacingOccurrences(of: "layout: partnership", with: "layout: minutes"), to: "project/Content/papers/minutes.md")
        try sandbox.write("No front matter.\n", to: "project/Content/papers/broken.md")
        try sandbox.write("#!/bin/sh\nkill -SEGV $$\n", to: "crash.sh")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sandbox.root.path + "/crash.sh")
        try FileManager.default.copyItem(atPath: sandbox.project.path + "/Templates", toPath: sandbox.project.path + "/Broken")
        try sandbox.write("numbering: roman\n", to: "project/Broken/papers/partnership.yml")
        try sandbox.write("{{#unclosed}}\n", to: "project/Broken/page.mustache")
        let before = sandbox.snapshot()
        let cases: [(arguments: [String], weasyPrint: String?)] = [
            (["nosuch"], nil),                                  // an unknown paper
            (["broken"], nil),                                  // a mistake in the paper
            (["minutes"], nil),                                 // a layout the templates lack
            (["update", "--templates", "Broken"], nil),          // a broken layout and template
            (["update", "--format", "docx", "--templates", "Broken"], nil),
            (["update", "--templates", "Nowhere"], nil),         // no templates folder
            (["update", "--content", "Nowhere"], nil),           // no content folder
            (["update"], "/bin/false"),                         // WeasyPrint fails
            (["update"], sandbox.root.path + "/crash.sh"),      // WeasyPrint crashes
            (["update", "--format", "pdf"], "/nonexistent/weasyprint"),
        ]
        for (arguments, weasyPrint) in cases {
            for output in ["q", "q/", "Content/q", "Content/papers/q"] {
                let result = try CSAProgram.run(["paper"] + arguments + ["--output", output], in: sandbox.project,
                                                environment: weasyPrint.map { ["CSA_WEASYPRINT": $0] } ?? [:])
                #expect(result.status == 1, "\(arguments) \(output)")
                if output.hasPrefix("Content/"), !arguments.contains("Nowhere") {
                    #expect(result.stderr.hasPrefix("error: --output '\(output)' is inside the content folder Content"), "\(arguments) \(output)")
                }
                #expect(Sandbox.changes(before, sandbox.snapshot()) == [], "\(arguments) \(output)")
            }
        }
    }
}
