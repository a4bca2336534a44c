import ArgumentParser

/// A mistake in how `csa` was run or a fault outside the content (a bad option, a missing folder, an
/// output csa will not replace): one sentence that names the path and says what to do.
struct CommandError: Error, CustomStringConvertible {
    /// The first line: what is wrong.
    let sentence: String
    /// What to do about it, shown on a line of its own.
    let hint: String?

    init(_ sentence: String, hint: String? = nil) {
        self.sentence = sentence
        self.hint = hint
    }

    /// The error as printed: the sentence, and the hint on the next line.
    var message: String { hint.map { "\(sentence)\n    hint: \($0)" } ?? sentence }
    var description: String { message }

    /// The error with `clause` added to its first line (`"...; Site was left as it was"`), before its hint.
    func adding(_ clause: String) -> CommandError {
        CommandError("\(sentence); \(clause)", hint: hint)
    }
}

/// Runs a command's work, and turns the faults every command shares (a `CommandError`, a `FileFault`)
/// into one `error:` line on standard error and a failing exit status; any other error passes through.
func reportingCommandFaults(_ work: () throws -> Void) throws {
    do {
        try work()
    } catch let error as CommandError {
        StandardStreams.error("error: \(error.message)\n")
        throw ExitCode.failure
    } catch let fault as FileFault {
        StandardStreams.error("error: \(fault)\n\(fault.hintLine)\n")
        throw ExitCode.failure
    }
}
