import ArgumentParser
import Foundation

/// A mistake in how `csa` was run or a fault outside the content (a bad option, a missing folder, an
/// output csa will not replace): one sentence that names the path and says what to do.
struct CommandError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Runs a command's work, and turns the faults every command shares (a `CommandError`, a `FileFault`)
/// into one `error:` line on standard error and a failing exit status; any other error passes through.
func reportingCommandFaults(_ work: () throws -> Void) throws {
    do {
        try work()
    } catch let error as CommandError {
        FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
        throw ExitCode.failure
    } catch let fault as FileFault {
        FileHandle.standardError.write(Data("error: \(fault)\n".utf8))
        throw ExitCode.failure
    }
}
