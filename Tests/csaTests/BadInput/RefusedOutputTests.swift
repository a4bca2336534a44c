import Foundation
import Testing

/// `csa build --output X` for every kind of X that csa must not replace: each refused with one
/// sentence naming the path and saying what to do, exit status 1, and the sandbox exactly as it was.
@Suite struct RefusedOutputTests {
    static let ownFolder = "; csa build replaces its whole output folder, so name a folder of its own, such as --output Site"

    /// Runs `csa build` with `arguments` and checks the exact error, the status, and that no file,
    /// folder, link or permission in the sandbox changed.
    func expectRefusal(_ sandbox: Sandbox, _ arguments: [String], in folder: String = "project",
                       environment: [String: String?] = [:], error: String,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = sandbox.snapshot()
        let result = try sandbox.build(arguments, in: folder, environment: environment)
        #expect(result.stderr == "error: \(error)\n", sourceLocation: sourceLocation)
        #expect(result.status == 1, sourceLocation: sourceLocation)
        #expect(result.stdout == "", sourceLocation: sourceLocation)
        #expect(Sandbox.changes(before, sandbox.snapshot()) == [], "nothing in the sandbox may change", sourceLocation: sourceLocation)
    }

    @Test func emptyPath() throws {
        let s = try Sandbox()
        try expectRefusal(s, ["--output", ""], error: "--output is empty; name the folder to build the site into, such as --output Site")
    }

    @Test func currentFolder() throws {
        let s = try Sandbox()
        try expectRefusal(s, ["--output", "."], error: "--output '.' (\(s.project.path)) is the current folder\(Self.ownFolder)")
        try expectRefusal(s, ["--output", "./"], error: "--output './' (\(s.project.path)) is the current folder\(Self.ownFolder)")
    }

    /// `..` is resolved before comparing: `Site/..` is the current folder even though it names `Site`.
    @Test func dotDotIsResolvedBeforeComparing() throws {
        let s = try Sandbox()
        try s.makeFolder("project/Site")
        try expectRefusal(s, ["--output", "Site/.."], error: "--output 'Site/..' (\(s.project.path)) is the current folder\(Self.ownFolder)")
    }

    @Test func folderHoldingTheCurrentFolder() throws {
        let s = try Sandbox()
        try expectRefusal(s, ["--output", ".."], error: "--output '..' (\(s.root.path)) holds the current folder (\(s.project.path))\(Self.ownFolder)")
    }

    @Test func fileSystemRoot() throws {
        let s = try Sandbox()
        try expectRefusal(s, ["--output", "/"], error: "--output '/' is the root of the file system\(Self.ownFolder)")
        try expectRefusal(s, ["--output", "//"], error: "--output '//' is the root of the file system\(Self.ownFolder)")
    }

    @Test func homeFolder() throws {
        let s = try Sandbox()
        try s.write("letter", to: "home/letter.txt")
        let home = s.root.appendingPathComponent("home").path
        try expectRefusal(s, ["--output", home], environment: ["HOME": home], error: "--output '\(home)' is a home folder\(Self.ownFolder)")
        // An empty home folder is still refused: it is not the site's to take.
        try FileManager.default.removeItem(atPath: home + "/letter.txt")
        try expectRefusal(s, ["--output", "../home"], environment: ["HOME": home], error: "--output '../home' (\(home)) is a home folder\(Self.ownFolder)")
        try expectRefusal(s, ["--output", "/root"], error: "--output '/root' is a home folder\(Self.ownFolder)")
        try expectRefusal(s, ["--output", "/home/csa-no-such-user"], error: "--output '/home/csa-no-such-user' is a home folder\(Self.ownFolder)")
    }

    @Test func folderHoldingAHomeFolder() throws {
        let s = try Sandbox()
        let home = s.root.appendingPathComponent("users/pat").path
        try s.makeFolder("users/pat")
        try expectRefusal(s, ["--output", "../users"], environment: ["HOME": home],
                          error: "--output '../users' (\(s.root.path)/users) holds the home folder \(home)\(Self.ownFolder)")
    }

    /// A quoted `~` is a folder named `~`, never the home folder: the build goes into `./~`.
    @Test func tildeIsAnOrdinaryName() throws {
        let s = try Sandbox()
        try s.write("letter", to: "home/letter.txt")
        let home = s.root.appendingPathComponent("home").path
        let before = s.snapshot("home")
        let result = try s.build(["--output", "~"], environment: ["HOME": home])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: s.project.path + "/~/index.html"))
        #expect(s.snapshot("home") == before)
        try expectRefusal(s, ["--output", "~/.."], environment: ["HOME": home], error: "--output '~/..' (\(s.project.path)) is the current folder\(Self.ownFolder)")
    }

    /// `--content '~'` reads the folder named `~`, not the home folder (Foundation would expand it).
    @Test func tildeContentFolderIsAnOrdinaryName() throws {
        let s = try Sandbox()
        let home = s.root.appendingPathComponent("home").path
        try FileManager.default.copyItem(atPath: s.project.path + "/Content", toPath: home)
        try FileManager.default.copyItem(atPath: s.project.path + "/Content", toPath: s.project.path + "/~")
        let site = try String(contentsOfFile: s.project.path + "/~/site.yml", encoding: .utf8)
        try site.replacingOccurrences(of: "title: Testshire", with: "title: Tildeshire").write(toFile: s.project.path + "/~/site.yml", atomically: true, encoding: .utf8)
        let result = try s.build(["--content", "~", "--output", "Site"], environment: ["HOME": home])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try SiteTree(s.project.appendingPathComponent("Site")).text("index.html").contains("Tildeshire Community Safety Agreement"))
        let check = try CSAProgram.run(["check", "--content", "~"], in: s.project, environment: ["HOME": s.root.path + "/nowhere"])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func contentFolder() throws {
        let s = try Sandbox()
        try expectRefusal(s, ["--output", "Content"], error: "--output 'Content' (\(s.project.path)/Content) is the content folder\(Self.ownFolder)")
    }

    @Test func symbolicLinkToTheContentFolder() throws {
        let s = try Sandbox()
        try s.symlink("project/public", to: "Content")
        try expectRefusal(s, ["--output", "public"], error: "--output 'public' (\(s.project.path)/Content) is the content folder\(Self.ownFolder)")
    }

    @Test func folderHoldingTheContentFolder() throws {
        let s = try Sandbox()
        try s.makeFolder("elsewhere")
        let p = s.project.path
        try expectRefusal(s, ["--content", p + "/Content", "--templates", p + "/Templates", "--output", p], in: "elsewhere",
                          error: "--output '\(p)' holds the content folder (\(p)/Content)\(Self.ownFolder)")
    }

    @Test func folderInsideTheContentFolder() throws {
        let s = try Sandbox()
        try expectRefusal(s, ["--output", "Content/editions"],
                          error: "--output 'Content/editions' (\(s.project.path)/Content/editions) is inside the content folder (\(s.project.path)/Content); name a folder outside it, such as --output Site")
        try expectRefusal(s, ["--output", "Content/new"],
                          error: "--output 'Content/new' (\(s.project.path)/Content/new) is inside the content folder (\(s.project.path)/Content); name a folder outside it, such as --output Site")
    }

    @Test func templatesFolder() throws {
        let s = try Sandbox()
        try expectRefusal(s, ["--output", "Templates"], error: "--output 'Templates' (\(s.project.path)/Templates) is the templates folder\(Self.ownFolder)")
        try expectRefusal(s, ["--output", "Templates/assets"],
                          error: "--output 'Templates/assets' (\(s.project.path)/Templates/assets) is inside the templates folder (\(s.project.path)/Templates); name a folder outside it, such as --output Site")
    }

    @Test func regularFile() throws {
        let s = try Sandbox()
        try s.write("my notes", to: "project/notes.txt")
        try expectRefusal(s, ["--output", "notes.txt"],
                          error: "--output 'notes.txt' (\(s.project.path)/notes.txt) is a file, not a folder; move it away or name another folder, such as --output Site")
    }

    @Test func symbolicLinkToAFile() throws {
        let s = try Sandbox()
        try s.write("my notes", to: "project/notes.txt")
        try s.symlink("project/public", to: "notes.txt")
        try expectRefusal(s, ["--output", "public"],
                          error: "--output 'public' (\(s.project.path)/notes.txt) is a file, not a folder; move it away or name another folder, such as --output Site")
    }

    @Test func symbolicLinkToAFolderThatIsNotASite() throws {
        let s = try Sandbox()
        try s.write("keep me", to: "other/keep.txt")
        try s.symlink("project/public", to: "../other")
        try expectRefusal(s, ["--output", "public"],
                          error: "--output 'public' (\(s.root.path)/other) is a symbolic link to a folder that is not a site csa built (it has no .csa-site.json); remove the link or name another folder, such as --output Site")
    }

    /// Even an empty folder is not taken through a link: the link may lead anywhere.
    @Test func symbolicLinkToAnEmptyFolder() throws {
        let s = try Sandbox()
        try s.makeFolder("other")
        try s.symlink("project/public", to: "../other")
        try expectRefusal(s, ["--output", "public"],
                          error: "--output 'public' (\(s.root.path)/other) is a symbolic link to a folder that is not a site csa built (it has no .csa-site.json); remove the link or name another folder, such as --output Site")
    }

    @Test func symbolicLinkThatLeadsNowhere() throws {
        let s = try Sandbox()
        try s.symlink("project/public", to: "../missing")
        try expectRefusal(s, ["--output", "public"],
                          error: "--output 'public' is a symbolic link that leads nowhere; remove the link or name another folder, such as --output Site")
    }

    @Test func folderOfSomeoneElsesFiles() throws {
        let s = try Sandbox()
        try s.write("<p>my own page</p>", to: "project/Docs/index.html")
        try expectRefusal(s, ["--output", "Docs"],
                          error: "--output 'Docs' (\(s.project.path)/Docs) already holds files that csa did not write (it has no .csa-site.json); move them away or name another folder, such as --output Site")
    }

    /// The bundled `Site/` made before csa wrote manifests is refused the same way: nothing is deleted
    /// on a guess.
    @Test func siteWithAManifestCsaDidNotWrite() throws {
        let s = try Sandbox()
        try s.write("<p>page</p>", to: "project/Site/index.html")
        try s.write("{\"generator\": \"other\", \"files\": [\"index.html\"]}", to: "project/Site/.csa-site.json")
        try expectRefusal(s, ["--output", "Site"],
                          error: "--output 'Site' (\(s.project.path)/Site) holds a .csa-site.json that csa did not write; move the folder away or name another folder, such as --output Site")
        try s.write("{\"generator\": \"csa\", \"format\": 1, \"files\": [\"../Content/site.yml\"]}", to: "project/Site/.csa-site.json")
        try expectRefusal(s, ["--output", "Site"],
                          error: "--output 'Site' (\(s.project.path)/Site) holds a .csa-site.json that csa did not write; move the folder away or name another folder, such as --output Site")
    }

    /// A name with a newline cannot forge a second line of output.
    @Test func pathWithANewlineIsPrintedOnOneLine() throws {
        let s = try Sandbox()
        try s.write("mine", to: "project/Docs\nerror: all is well/a.txt")
        try expectRefusal(s, ["--output", "Docs\nerror: all is well"],
                          error: "--output 'Docs\\nerror: all is well' (\(s.project.path)/Docs\\nerror: all is well) already holds files that csa did not write (it has no .csa-site.json); move them away or name another folder, such as --output Site")
    }

    /// A file of the user's with the name of csa's lock file (which csa always leaves empty) is left alone,
    /// not locked and then deleted.
    @Test func strangerInTheLockPlace() throws {
        let s = try Sandbox()
        try s.write("notes", to: "project/.Site.csa-lock")
        try expectRefusal(s, ["--output", "Site"],
                          error: "'\(s.project.path)/.Site.csa-lock' is in the way: csa build uses that name for its lock file while it works, and what is there is not something csa made; move it away, then build again")
        #expect(try String(contentsOf: s.project.appendingPathComponent(".Site.csa-lock"), encoding: .utf8) == "notes")
    }

    /// A folder beside the output with the name csa stages in, but not made by csa, is left alone.
    @Test func strangerInTheStagingPlace() throws {
        let s = try Sandbox()
        try s.write("mine", to: "project/.Site.csa-staging/a.txt")
        try expectRefusal(s, ["--output", "Site"],
                          error: "'\(s.project.path)/.Site.csa-staging' is in the way: csa build uses that name while it works, and what is there is not something csa made; move it away, then build again")
    }
}
