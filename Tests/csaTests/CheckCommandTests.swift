import Foundation
import Testing

/// `csa check` as a user runs it: on the bundled Kent content, and on a broken folder.
@Suite struct CheckCommandTests {
    @Test func bundledContentIsClean() throws {
        let result = try CSAProgram.run(["check", "--content", "Content"])
        #expect(result.stderr == "")
        #expect(result.status == 0)
        #expect(result.stdout == "ok: 3 editions, 19 chapters, 20 priorities, 13 themes, 61 actions, 20 measures, 5 papers\n")
    }

    @Test func brokenContentListsEveryErrorAndFails() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csa-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let edition = dir.appendingPathComponent("editions/2024-25")
        try FileManager.default.createDirectory(at: edition.appendingPathComponent("chapters"), withIntermediateDirectories: true)
        try Data("partnership: P\ntitle: T\nbase_url: https://x.example/\nlanguage: en-GB\nlicense: OGL\n".utf8)
            .write(to: dir.appendingPathComponent("site.yml"))
        try Data("title: T\nperiod:\n  start: 2024-04-01\n  end: 2025-03-31\nstatus: draft\n".utf8)
            .write(to: edition.appendingPathComponent("edition.yml"))
        try Data("# Intro\n".utf8).write(to: edition.appendingPathComponent("chapters/01-intro.md"))

        let result = try CSAProgram.run(["check", "--content", dir.path])
        let shown = result.stderr.replacingOccurrences(of: dir.path, with: "C")
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(shown == """
            C/editions/2024-25/actions.yml:1:1: error: missing actions.yml for edition 2024-25
                hint: every edition folder needs actions.yml; if the edition has no actions, write [] in it
            C/editions/2024-25/chapters/01-intro.md:1:1: error: chapter has no front matter
                hint: start the file with a line '---', then 'id:', 'title:', 'order:' and 'summary:' lines, then another '---' line
            C/editions/2024-25/measures.yml:1:1: error: missing measures.yml for edition 2024-25
                hint: every edition folder needs measures.yml; if the edition has no measures, write [] in it
            C/editions/2024-25/priorities.yml:1:1: error: missing priorities.yml for edition 2024-25
                hint: every edition folder needs priorities.yml; if the edition has no priorities, write [] in it
            C/editions/2024-25/themes.yml:1:1: error: missing themes.yml for edition 2024-25
                hint: every edition folder needs themes.yml; if the edition has no themes, write [] in it
            C/site.yml:1:1: error: missing required field 'accessibility_contact' in site.yml
                hint: add a line 'accessibility_contact: ...'
            C/site.yml:1:1: error: missing required field 'bodies' in site.yml
                hint: add a line 'bodies: ...'
            C/site.yml:1:1: error: missing required field 'accessibility_statement' in site.yml
                hint: add a line 'accessibility_statement: ...'
            C/site.yml:5:1: error: unknown field 'license' in site.yml
                hint: did you mean 'licence'?
            9 errors in \(dir.path).

            """.replacingOccurrences(of: dir.path, with: "C"))
    }

    @Test func missingContentFolderIsAnError() throws {
        let result = try CSAProgram.run(["check", "--content", "/nonexistent/csa-content"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: the content folder /nonexistent/csa-content is not there; run csa from the folder that holds it, or pass --content FOLDER\n")
    }
}

/// The command line's own conveniences: the version, and the content folder given without `--content`.
@Suite struct CommandLineTests {
    @Test func versionIsPrinted() throws {
        let result = try CSAProgram.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "csa 0.5.0\n")
    }

    @Test func checkTakesTheFolderAsAnArgument() throws {
        let result = try CSAProgram.run(["check", "Content"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("ok: 3 editions"))
    }

    @Test func theFolderGivenTwoWaysMustAgree() throws {
        let result = try CSAProgram.run(["check", "Content", "--content", "Other"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: give the content folder once: either 'csa check Content' or 'csa check --content Other'\n"))
    }

    @Test func checkFromAnotherFolderSaysWhereItLooked() throws {
        let elsewhere = TempDir.make("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let result = try CSAProgram.run(["check"], in: elsewhere)
        let cwd = elsewhere.resolvingSymlinksInPath().path
        #expect(result.status == 1)
        #expect(result.stderr == "error: the content folder \(cwd)/Content is not there (looked in the current folder, \(cwd)); run csa from the folder that holds it, or pass --content FOLDER\n")
    }
}
