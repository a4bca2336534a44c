import Foundation
import Testing

/// Options and folders `csa build` cannot use: one sentence each, saying where csa looked, with the
/// status 1 and nothing written.
@Suite struct BadOptionTests {
    func expectError(_ sandbox: Sandbox, _ arguments: [String], in folder: String = "project", error: String,
                     sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = sandbox.snapshot()
        let result = try sandbox.build(arguments, in: folder)
        #expect(result.stderr == "error: \(error)\n", sourceLocation: sourceLocation)
        #expect(result.status == 1, sourceLocation: sourceLocation)
        #expect(Sandbox.changes(before, sandbox.snapshot()) == [], sourceLocation: sourceLocation)
    }

    @Test func baseURLMustBeAWebAddress() throws {
        let s = try Sandbox()
        let example = ", such as --base-url https://www.example.gov.uk/csa/"
        try expectError(s, ["--base-url", "javascript:alert(1)"], error: "--base-url 'javascript:alert(1)' must start with https:// or http://\(example)")
        try expectError(s, ["--base-url", "https://"], error: "--base-url 'https://' must name a host after 'https://'\(example)")
        try expectError(s, ["--base-url", "https://x.example/\"><script>"],
                        error: "--base-url 'https://x.example/\"><script>' must not contain spaces, control characters, quotes, angle brackets or backslashes\(example)")
        try expectError(s, ["--base-url", "https://x.example/\nerror: forged"],
                        error: "--base-url 'https://x.example/\\nerror: forged' must not contain spaces, control characters, quotes, angle brackets or backslashes\(example)")
    }

    @Test func missingTemplatesFolderIsOneError() throws {
        let s = try Sandbox()
        try expectError(s, ["--templates", "Themes"],
                        error: "the templates folder \(s.project.path)/Themes is not there (looked in the current folder, \(s.project.path)); run csa from the folder that holds it, or pass --templates FOLDER")
        try expectError(s, ["--templates", "/nonexistent/csa-templates"],
                        error: "the templates folder /nonexistent/csa-templates is not there; run csa from the folder that holds it, or pass --templates FOLDER")
        try s.write("not a folder", to: "project/Themes")
        try expectError(s, ["--templates", "Themes"],
                        error: "the templates folder \(s.project.path)/Themes is not a folder (looked in the current folder, \(s.project.path)); run csa from the folder that holds it, or pass --templates FOLDER")
    }

    @Test func missingContentFolder() throws {
        let s = try Sandbox()
        try expectError(s, ["--content", "Contents"],
                        error: "the content folder \(s.project.path)/Contents is not there (looked in the current folder, \(s.project.path)); run csa from the folder that holds it, or pass --content FOLDER")
    }

    @Test func runFromAnotherFolderSaysWhereItLooked() throws {
        let s = try Sandbox()
        try s.makeFolder("elsewhere")
        try expectError(s, [], in: "elsewhere",
                        error: "there is no Content folder and no Templates folder in the current folder, \(s.root.path)/elsewhere; run csa build from the folder that holds them, or pass --content FOLDER and --templates FOLDER")
    }
}

/// Template files with hostile names: the name is printed escaped, on the error's own line.
@Suite struct HostileTemplateNameTests {
    @Test func templateNameWithANewlineCannotForgeALine() throws {
        let s = try Sandbox()
        try s.write("{{#frame}}\n", to: "project/Templates/bad\nerror: all is well.mustache")
        let result = try s.build(["--output", "Site"])
        #expect(result.stderr == """
            Templates/bad\\nerror: all is well.mustache:2:1: error: template syntax: expectedSectionEnd
            1 template error; Site was left as it was.

            """)
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: s.project.path + "/Site"))
    }
}
