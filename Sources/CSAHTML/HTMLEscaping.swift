/// Escaping for text and attribute values, matching libcmark's HTML renderer byte for byte for
/// every character HTML allows.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"`: safe in element content and in double-quoted attributes.
    /// Characters HTML forbids (`OutputCharacters`: control characters, noncharacters) become U+FFFD.
    public static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(OutputCharacters.isForbidden(ch) ? OutputCharacters.replacement : ch)
            }
        }
        return out
    }

    private static let hrefSafe: Set<UInt8> = Set("-_.+!*(),%#@?=;:/$~".utf8)
        .union(UInt8(ascii: "a")...UInt8(ascii: "z"))
        .union(UInt8(ascii: "A")...UInt8(ascii: "Z"))
        .union(UInt8(ascii: "0")...UInt8(ascii: "9"))

    /// Escapes a URL for an `href` or `src`: unsafe bytes percent-encoded, `&` and `'` as entities.
    public static func href(_ url: String) -> String {
        var out = ""
        let hex = Array("0123456789ABCDEF")
        for byte in url.utf8 {
            if hrefSafe.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte == UInt8(ascii: "&") {
                out += "&amp;"
            } else if byte == UInt8(ascii: "'") {
                out += "&#x27;"
            } else {
                out.append("%")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }

    /// True for URLs that run code or embed arbitrary data (`javascript:`, `vbscript:`, `file:`,
    /// `data:` other than common images): they are dropped unless raw HTML is allowed.
    public static func isDangerousURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("data:") {
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lower.hasPrefix($0) }
        }
        return lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:")
    }
}
