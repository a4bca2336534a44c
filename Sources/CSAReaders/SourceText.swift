import CSAModel

/// A file's text made ready to parse: line endings of every kind (`\r\n`, a lone `\r`) become `\n`, so
/// lines and columns are those an editor shows; every control character is reported at its place and
/// replaced by U+FFFD, so parsing carries on and finds the file's other problems, and no control
/// character reaches the model.
enum SourceText {
    static let hint = "remove it: control characters are invisible in most editors and cannot be published"

    /// Whether a character may not appear in content: C0 controls other than tab, line feed and carriage
    /// return; DEL; C1 controls; and the Unicode line and paragraph separators, which YAML counts as line
    /// breaks but editors do not.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x09 || v == 0x0A || v == 0x0D { return false }
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029
            // Bidirectional embeddings, overrides and isolates: they reverse the text around them (a
            // "(draft)" after a title could read "(tfard)"); right-to-left text needs none of them.
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            // Unicode's noncharacters, which no published text may hold.
            || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
    }

    /// How many control characters of one file are reported one by one; a binary file would otherwise give
    /// thousands of errors.
    static let limit = 10

    /// `U+0007`, the way a character is named in messages.
    static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Whether `text` may hold a forbidden character or a carriage return, judged from its UTF-8 bytes
    /// alone: false means it surely holds neither, so it needs no preparing. The forbidden characters
    /// are the bytes below 0x20 other than tab and line feed, DEL, the C1 controls (0xC2 0x80...0x9F),
    /// the line and paragraph separators and the bidirectional controls (0xE2 0x80 0xA8...0xAE, 0xE2 0x81
    /// 0xA6...0xA9) and the noncharacters (`UTF8Validation`).
    static func mayNeedPreparing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { UTF8Validation.check($0).mayNeedPreparing }
    }

    /// The lines of `text` (prepared, so every line ends at '\n'), empty ones included: the same as
    /// `text.split(separator: "\n", omittingEmptySubsequences: false)`, found on the UTF-8 bytes rather
    /// than character by character (a line feed always stands alone as a character, so both agree).
    static func lines(_ text: String) -> [Substring] {
        var native = text
        let ends: [Int] = native.withUTF8 { bytes in
            var ends: [Int] = []
            for index in bytes.indices where bytes[index] == 0x0A { ends.append(index) }
            return ends
        }
        let utf8 = native.utf8
        func at(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        var start = 0
        for end in ends {
            lines.append(native[at(start)..<at(end)])
            start = end + 1
        }
        lines.append(native[at(start)...])
        return lines
    }

    /// The forbidden characters of `text`, each once, named in order of first appearance.
    static func forbiddenNames(in text: String) -> [String] {
        guard mayNeedPreparing(text) else { return [] }
        var seen: [String] = []
        for scalar in text.unicodeScalars where isForbidden(scalar) {
            let n = name(scalar)
            if !seen.contains(n) { seen.append(n) }
        }
        return seen
    }

    /// `text` with line endings normalised and forbidden characters replaced; each forbidden character
    /// gives one error at its line and column.
    static func prepare(_ text: String, file: String, _ diagnostics: inout Diagnostics) -> String {
        prepare(text, mayNeedPreparing: mayNeedPreparing(text), file: file, &diagnostics)
    }

    /// `prepare`, when whether the text may need it is known already (`UTF8Validation`, which a file's
    /// bytes went through as they were read).
    static func prepare(_ text: String, mayNeedPreparing: Bool, file: String, _ diagnostics: inout Diagnostics) -> String {
        guard mayNeedPreparing else { return text }
        var out = String.UnicodeScalarView()
        var line = 1, column = 1
        var afterCR = false
        var reported = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" && afterCR {
                afterCR = false
                continue
            }
            afterCR = scalar == "\r"
            if scalar == "\r" || scalar == "\n" {
                out.append("\n")
                line += 1
                column = 1
                continue
            }
            if isForbidden(scalar) {
                reported += 1
                if reported <= limit {
                    diagnostics.error(SourceLocation(file: file, line: line, column: column),
                                      "control character \(name(scalar)) in the text", hint: hint)
                } else if reported == limit + 1 {
                    diagnostics.error(SourceLocation(file: file, line: line, column: column),
                                      "more control characters from here on (only the first \(limit) are reported one by one)",
                                      hint: "is this a text file? save it as plain UTF-8 text")
                }
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
            column += 1
        }
        return String(out)
    }
}
