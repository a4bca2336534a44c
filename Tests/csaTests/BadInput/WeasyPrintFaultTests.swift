import Foundation
import Testing

/// A WeasyPrint that fails, crashes or makes no PDF: `csa paper` says what happened (the exit status,
/// or the signal by number and name, and WeasyPrint's last lines on standard error, escaped) and what
/// to do, in one line and a hint, with status 1 and nothing written; `csa build` says the same of the
/// site it left as it was.
@Suite struct WeasyPrintFaultTests {
    static func hint(_ program: String) -> String {
        "    hint: run '\(program) --info' to see whether WeasyPrint works; if it does not, run 'make deps' to install WeasyPrint 70.0 "
            + "and the libraries it needs into .venv/ again, or set CSA_WEASYPRINT to a weasyprint that works\n"
    }

    /// Killed outright, WeasyPrint most likely ran out of memory.
    static let memoryHint = "    hint: it may have run out of memory; close other programs and try again, or run 'make deps' to install WeasyPrint 70.0 "
        + "and the libraries it needs into .venv/ again\n"

    /// Fake WeasyPrints, by name: the script, and what csa says of it after "WeasyPrint (program) ".
    static let programs: [(name: String, script: String, said: String)] = [
        ("fails", """
            for n in 1 2 3 4; do echo "line $n" >&2; done
            printf 'OSError: cannot load library \\033[31mpango\\tnow\\n\\n  \\n' >&2
            exit 3
            """, #"failed with exit status 3; its last words: "line 3" / "line 4" / "OSError: cannot load library \u{1B}[31mpango\tnow""#),
        ("silent", "exit 1", "failed with exit status 1; it printed nothing"),
        ("crashes", "echo 'Fatal Python error: Segmentation fault' >&2\nkill -SEGV $$", #"was killed by signal 11 (SIGSEGV); its last words: "Fatal Python error: Segmentation fault""#),
        ("killed", "kill -KILL $$", "was killed by signal 9 (SIGKILL); it printed nothing"),
        ("wraps", "exec 2>/dev/null\nsh -c 'kill -ABRT $$'\nexit $?",
         "failed with exit status 134, which a shell gives when the program it ran is killed by signal 6 (SIGABRT); it printed nothing"),
        ("nopdf", "echo 'done' >&2\nexit 0", #"finished without an error but made no PDF; its last words: "done""#),
        ("short", "for last; do :; done\nprintf '%%PDF-1.7\\n1 0 obj' > \"$last\"", "made a PDF that stops short (it does not end with %%EOF); it printed nothing"),
    ]

    static func install(_ sandbox: Sandbox) throws {
        for program in programs {
            try sandbox.write("#!/bin/sh\n\(program.script)\n", to: "bin/\(program.name)")
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sandbox.root.path + "/bin/" + program.name)
        }
    }

    @Test func csaPaperSaysWhatWeasyPrintDidAndWhatToDo() throws {
        let sandbox = try Sandbox()
        try sandbox.write(PaperCommandTests.paper, to: "project/Content/papers/update.md")
        try Self.install(sandbox)
        try sandbox.makeFolder("project/papers")
        let before = sandbox.snapshot()
        for program in Self.programs {
            let path = sandbox.root.path + "/bin/" + program.name
            for arguments in [["--output", "papers"], ["--output", "new"], ["--format", "pdf", "--output", "papers"]] {
                let result = try CSAProgram.run(["paper", "update"] + arguments, in: sandbox.project, environment: ["CSA_WEASYPRINT": path])
                #expect(result.status == 1, "\(program.name)")
                #expect(result.stdout == "")
                let hint = program.name == "killed" ? Self.memoryHint : Self.hint(path)
                #expect(result.stderr == "error: cannot make the PDF of paper 'update': WeasyPrint (\(path)) \(program.said)\n" + hint, "\(program.name)")
            }
        }
        #expect(Sandbox.changes(before, sandbox.snapshot()) == [])
    }

    @Test func csaBuildSaysTheSameOfTheSiteItLeft() throws {
        let sandbox = try Sandbox()
        try sandbox.write(PaperCommandTests.paper, to: "project/Content/papers/update.md")
        try Self.install(sandbox)
        let path = sandbox.root.path + "/bin/fails"
        let result = try sandbox.build(["--output", "Site"], environment: ["CSA_WEASYPRINT": path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: cannot make the PDF of paper 'update': WeasyPrint (\(path)) \(Self.programs[0].said); Site was left as it was\n" + Self.hint(path))
        #expect(!FileManager.default.fileExists(atPath: sandbox.project.path + "/Site"))
    }
}
