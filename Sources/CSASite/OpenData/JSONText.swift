import CSAHTML
import Foundation

/// Deterministic JSON (sorted keys, two-space indentation, a final newline) that holds no forbidden
/// character, raw or escaped, and can be made safe to place inside a `<script>` element.
enum JSONText {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // JSON has no infinity or NaN; the readers refuse them, and if one ever arrives it shows as a
        // string that fails the schema rather than making the whole file fail to encode.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return cleaned(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// `json` with every forbidden character (`OutputCharacters`) replaced by U+FFFD, whether it is
    /// written raw or as an escape (`\u0000`, `\b`, `\f`), so that no reader decodes one from the file.
    static func cleaned(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = json.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else {
                out.append(OutputCharacters.isForbidden(scalar) ? OutputCharacters.replacement : scalar)
                continue
            }
            guard let kind = scalars.next() else { out.append(scalar); break }
            switch kind {
            case "b", "f":
                out.append(contentsOf: "\\ufffd".unicodeScalars)
            case "u":
                var hex = String.UnicodeScalarView()
                while hex.count < 4, let digit = scalars.next() { hex.append(digit) }
                // A surrogate half (`\ud83d`) is no scalar on its own: it stays, as part of its pair.
                let forbidden = UInt32(String(hex), radix: 16).flatMap(Unicode.Scalar.init).map(OutputCharacters.isForbidden) ?? false
                out.append(contentsOf: forbidden ? "\\ufffd".unicodeScalars : ("\\u" + String(hex)).unicodeScalars)
            default:
                out.append(scalar)
                out.append(kind)
            }
        }
        return String(out)
    }

    /// JSON text made safe inside a `<script>` element: `<`, `>` and `&` (so no `</script>` or `<!--`
    /// can end or change the element) and U+2028 and U+2029 (line ends to older JavaScript) are written
    /// as `\u` escapes. In JSON these characters can only stand inside strings, where the escapes mean
    /// the same text, so the data a reader decodes is unchanged.
    static func forScript(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension JSONText {
    /// `value` as one JSON string literal, quotes included, for JSON written by hand (the schemas).
    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in OutputCharacters.cleaned(value).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
