#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel
import Foundation

/// How WeasyPrint's end is told in an error: the last lines it wrote to standard error (escaped, so they
/// cannot forge a line of csa's output), a signal by number and name, and whether a PDF is complete.
enum WeasyPrintOutput {
    /// How many of WeasyPrint's last lines an error shows, and how many characters of each.
    static let lineCount = 3, lineLength = 300

    /// The last non-blank lines of `output`, each escaped and quoted, or nil when there are none.
    static func lastLines(_ output: Data) -> String? {
        let text = String(decoding: output, as: UTF8.self)
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !lines.isEmpty else { return nil }
        return lines.suffix(lineCount).map { line in
            let cut = line.count > lineLength ? String(line.prefix(lineLength)) + "..." : line
            return "\"" + DisplayText.escaped(cut) + "\""
        }.joined(separator: " / ")
    }

    /// `signal 11 (SIGSEGV)`.
    static func describe(signal: Int32) -> String {
        "signal \(signal)" + (name(of: signal).map { " (\($0))" } ?? "")
    }

    /// For an exit status above 128, what a shell means by it: the program it ran was killed by a signal.
    static func shellSignal(_ status: Int32) -> String {
        guard status > 128, let name = name(of: status - 128) else { return "" }
        return ", which a shell gives when the program it ran is killed by signal \(status - 128) (\(name))"
    }

    static func name(of signal: Int32) -> String? {
        switch signal {
        case SIGHUP: return "SIGHUP"
        case SIGINT: return "SIGINT"
        case SIGQUIT: return "SIGQUIT"
        case SIGILL: return "SIGILL"
        case SIGTRAP: return "SIGTRAP"
        case SIGABRT: return "SIGABRT"
        case SIGBUS: return "SIGBUS"
        case SIGFPE: return "SIGFPE"
        case SIGKILL: return "SIGKILL"
        case SIGUSR1: return "SIGUSR1"
        case SIGSEGV: return "SIGSEGV"
        case SIGUSR2: return "SIGUSR2"
        case SIGPIPE: return "SIGPIPE"
        case SIGALRM: return "SIGALRM"
        case SIGTERM: return "SIGTERM"
        case SIGXCPU: return "SIGXCPU"
        case SIGXFSZ: return "SIGXFSZ"
        case SIGSYS: return "SIGSYS"
        default: return nil
        }
    }

    /// Whether a PDF ends as a complete one does: `%%EOF`, perhaps followed by line ends and spaces.
    static func endsLikeAPDF(_ data: Data) -> Bool {
        let tail = data.suffix(64)
        guard let end = tail.lastIndex(where: { ![0x0A, 0x0D, 0x20, 0x09, 0x00].contains($0) }) else { return false }
        return tail[..<(end + 1)].suffix(5).elementsEqual(Array("%%EOF".utf8))
    }
}
