import Foundation
import Testing

/// Standard output that cannot be written (a full disk, a closed descriptor) is an error csa reports in
/// one line with what to do and status 1, for every command that writes its result there; never a crash.
@Suite struct StandardStreamsTests {
    static let sh = URL(fileURLWithPath: "/bin/sh")

    /// Runs csa through the shell with `redirection` applied to it (`$0` is csa).
    func run(_ arguments: String, _ redirection: String) throws -> CSAProgram.Result {
        try CSAProgram.run(Self.sh, ["-c", "\"$0\" \(arguments) \(redirection)", CSAProgram.executable.path])
    }

    @Test(arguments: ["diff 2018-19 2024-25", "diff 2018-19 2024-25 --format json", "diff 2011-14 2018-19 --format markdown",
                      "diff 2018-19 2024-25 --format html", "paper kcsp-2024-11 --format html"])
    func fullDisk(_ arguments: String) throws {
        let result = try run(arguments, "> /dev/full")
        #expect(result.status == 1)
        #expect(result.stderr == """
            error: cannot write to standard output: the disk is full
                hint: send standard output somewhere that can take it, or add --output FILE

            """)
    }

    @Test(arguments: ["diff 2018-19 2024-25", "diff 2018-19 2024-25 --format json", "paper kcsp-2024-11 --format html"])
    func closedOutput(_ arguments: String) throws {
        let result = try run(arguments, ">&-")
        #expect(result.status == 1)
        #expect(result.stderr == """
            error: cannot write to standard output: it is closed
                hint: run csa with standard output open, or add --output FILE

            """)
    }

    /// Closed standard input and error do not stop a command, nor does a file csa opens take their place.
    @Test func closedInputAndError() throws {
        let result = try run("diff 2018-19 2024-25 --format json", "<&- 2>&-")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{\"format\":\"csa-diff\""))
        #expect(result.stderr.isEmpty)
    }
}
