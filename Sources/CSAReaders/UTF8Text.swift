import CSAModel
import Foundation

/// Turns a file's bytes into text, or says exactly where the bytes stop being UTF-8.
///
/// Valid text (nearly every file) is checked (`UTF8Validation`) and copied; only text with an invalid
/// byte is walked scalar by scalar, to find the line and column of that byte.
enum UTF8Text {
    /// The byte order mark, dropped from the start of a file.
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// A file's text, and whether it may hold a carriage return or a control character
    /// (`UTF8Validation.Finding.mayNeedPreparing`), found in the same pass over its bytes.
    struct Decoded {
        let text: String
        let mayNeedPreparing: Bool
    }

    static func decode(_ raw: UnsafeRawBufferPointer, file: String) -> Result<Decoded, Diagnostic> {
        let bytes = raw.bindMemory(to: UInt8.self)
        let body = bytes.starts(with: byteOrderMark) ? UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) : bytes
        let finding = UTF8Validation.check(body)
        guard finding.isValid, let text = copy(body, isASCII: finding.isASCII) else {
            return locateError([UInt8](bytes), file: file).map { Decoded(text: $0, mayNeedPreparing: true) }
        }
        return .success(Decoded(text: text, mayNeedPreparing: finding.mayNeedPreparing))
    }

    /// Bytes `UTF8Validation` found valid, as a `String`: copied without the standard library checking every
    /// character again where it can (`UTF8Span`), else checked by it.
    private static func copy(_ valid: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String? {
        if #available(macOS 26, *) {
            return String(copying: UTF8Span(unchecked: valid.span, isKnownASCII: isASCII))
        }
        return String(validating: valid, as: UTF8.self)
    }

    /// Walks text that is not valid UTF-8 to the first invalid byte, counting lines and columns as an
    /// editor does.
    private static func locateError(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
        var line = 1, column = 1
        var index = 0
        var afterCR = false
        var decoder = Unicode.UTF8()
        var iterator = bytes.makeIterator()
        var text = ""
        text.reserveCapacity(bytes.count)
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.unicodeScalars.append(scalar)
                index += UTF8.width(scalar)
                // A line ends at '\n', '\r\n' or a lone '\r', as editors count lines.
                if scalar == "\n" && afterCR {
                    afterCR = false
                } else if scalar == "\n" || scalar == "\r" {
                    afterCR = scalar == "\r"
                    line += 1
                    column = 1
                } else {
                    afterCR = false
                    column += 1
                }
            case .emptyInput:
                if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                return .success(text)
            case .error:
                let byte = index < bytes.count ? bytes[index] : 0
                let hex = String(byte, radix: 16, uppercase: true)
                return .failure(Diagnostic(
                    at: SourceLocation(file: file, line: line, column: column),
                    "file is not valid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex))",
                    hint: "save the file as UTF-8 in your editor"))
            }
        }
    }
}
