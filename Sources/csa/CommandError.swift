import ArgumentParser

/// A mistake in how `csa` was run or a fault outside the content (a bad option, a missing folder, an
/// output csa will not replace): one sentence that names the path and says what to do.
struct CommandError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    /// The message with a second line saying what to do.
    init(_ message: String, hint: String) { self.message = message + "\n    hint: " + hint }
    var description: String { message }
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
