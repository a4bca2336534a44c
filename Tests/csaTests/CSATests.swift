import Foundation
import Testing

/// The command line as ArgumentParser reads it (`CSA`): `csa diff` and `csa paper` are read on their own first
/// (`CSA.quickCommands`), and whatever they refuse through the whole tree, so help, mistakes and a
/// request for a completion script must read exactly as the whole tree has them.
struct CSATests {
    @Test(arguments: ["diff", "paper"])
    func helpNamesTheCommandUnderCSA(_ command: String) throws {
        let run = try CSAProgram.run([command, "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: csa \(command) "))
    }

    @Test func aMissingArgumentIsReportedWithTheUsage() throws {
        let run = try CSAProgram.run(["diff", "2024-25"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Missing expected argument '<new>'"))
        #expect(run.stderr.contains("Usage: csa diff <old> <new>"))
    }

    @Test(arguments: ["diff", "paper"])
    func aCompletionScriptIsCSAsWholeTree(_ command: String) throws {
        // Asked for after a quick command, the script is still the whole program's: it completes csa's
        // other commands too, not only the one it was asked after.
        let run = try CSAProgram.run([command, "--generate-completion-script", "bash"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("#!/bin/bash"))
        #expect(run.stdout.contains("__csa_"))
        for other in ["check", "build", "diff", "paper"] {
            #expect(run.stdout.contains(other), "the script does not complete '\(other)'")
        }
    }
}
