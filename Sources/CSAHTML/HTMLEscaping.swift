/// Escaping for text and attribute values, matching libcmark's HTML renderer byte for byte for
/// every character HTML allows.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"`: safe in element content and in double-quoted attributes.
    /// Characters HTML forbids (`OutputCharacters`: control characters, noncharacters) become U+FFFD.
    public static func text(_ s: String) -> String {
        var s = s
        return s.withUTF8 { input in
            // Most text needs nothing: then it is returned as it is, without building a new string.
            guard let first = input.firstIndex(where: needsWork) else { return String(decoding: input, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(input.count + input.count / 8)
            out.append(contentsOf: input[..<first])
            var i = first
            while i < input.count {
                let byte = input[i]
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8); i += 1
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8); i += 1
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8); i += 1
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8); i += 1
                case 0x80...:
                    // A whole UTF-8 sequence (the string is valid UTF-8), kept unless the character is forbidden.
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    let end = min(i + length, input.count)
                    if OutputCharacters.isForbidden(sequence: input[i..<end]) {
                        out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    } else {
                        out.append(contentsOf: input[i..<end])
                    }
                    i = end
                default:
                    if OutputCharacters.isForbidden(Unicode.Scalar(byte)) {
                        out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    } else {
                        out.append(byte)
                    }
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// True for a byte `text` cannot copy as it is: a character to escape, a control character, or the
    /// start of a character outside ASCII (which may be forbidden).
    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""): return true
        case 0x20..<0x7F, 0x09, 0x0A, 0x0D: return false
        default: return true
        }
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
