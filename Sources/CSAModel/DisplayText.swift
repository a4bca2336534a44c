/// Text from outside (file names, values) made safe to print on one terminal line: control characters,
/// line and paragraph separators and backslashes are written as escapes, so a file name holding a
/// newline or an escape sequence cannot forge a diagnostic line or recolour the terminal.
public enum DisplayText {
    /// `name` with `\n`, `\r`, `\t`, `\\` and every other control character escaped (`\u{1B}`).
    public static func escaped(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\\": out += "\\\\"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 {
                    out += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
