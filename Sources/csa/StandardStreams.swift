#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and standard error with the system's `write`, so that a stream that
/// cannot be written (a full disk, a closed descriptor) is an error csa reports, not a crash: Foundation's
/// `FileHandle.write(_:)` stops the program when the system refuses the bytes.
enum StandardStreams {
    /// Whether standard output was closed when csa started.
    nonisolated(unsafe) private static var outputWasClosed = false

    /// Opens `/dev/null` on any of the three standard descriptors that csa was started without, so that
    /// no file csa opens later takes that number and receives what was meant for the stream; standard
    /// output, if it was closed, is then reported as closed when written. Call first, before any file is opened.
    static func holdClosedDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != descriptor {
                _ = dup2(opened, descriptor)
                _ = close(opened)
            }
            if descriptor == STDOUT_FILENO { outputWasClosed = true }
        }
    }

    /// Writes `bytes` to standard output, all of them, or throws the reason it could not.
    static func output(_ bytes: UnsafeRawBufferPointer) throws(CommandError) {
        try failed(outputWasClosed ? EBADF : writeAll(STDOUT_FILENO, bytes))
    }

    static func output(_ bytes: [UInt8]) throws(CommandError) {
        try failed(outputWasClosed ? EBADF : bytes.withUnsafeBytes { writeAll(STDOUT_FILENO, $0) })
    }

    static func output(_ text: String) throws(CommandError) {
        try output(Array(text.utf8))
    }

    /// The error for standard output's failure with `errno` value `code`, if it failed.
    private static func failed(_ code: Int32?) throws(CommandError) {
        if let code {
            throw CommandError("cannot write to standard output: \(outputReason(code))",
                               hint: code == EBADF ? "run csa with standard output open, or add --output FILE"
                                                   : "send standard output somewhere that can take it, or add --output FILE")
        }
    }

    /// Writes `text` to standard error. A message that cannot be shown is dropped: there is nowhere
    /// left to say so, and the exit status still tells.
    static func error(_ text: String) {
        var text = text
        text.withUTF8 { _ = writeAll(STDERR_FILENO, UnsafeRawBufferPointer($0)) }
    }

    /// Writes every byte, going on after a partial write or an interrupted call; the `errno` of a
    /// failure, or nil.
    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let written = write(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            next += written
            left -= written
        }
        return nil
    }

    private static func outputReason(_ code: Int32) -> String {
        switch code {
        case EBADF: return "it is closed"
        case EPIPE: return "the program reading it has stopped"
        default: return FileFault.reason(code)
        }
    }
}
