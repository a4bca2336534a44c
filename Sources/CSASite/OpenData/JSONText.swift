import CSADiffText
import CSAHTML

/// JSON written by hand, so that writing it cannot fail: a `JSONText.Value` in, deterministic text out
/// (sorted keys, two-space indentation, a final newline) that holds no forbidden character, raw or
/// escaped; one rule for quoting a string; and JSON made safe to place inside a `<script>` element.
public enum JSONText {
    /// A JSON value, as the open data files and the JSON-LD are made of.
    indirect enum Value {
        case string(String)
        /// A number; one that is not finite (the readers refuse them) is written as the string "Infinity",
        /// "-Infinity" or "NaN", which fails the schema rather than making the file invalid JSON.
        case number(Double)
        case bool(Bool)
        case null
        case array([Value])
        /// Members are written with their keys sorted, whatever order they are given in.
        case object([String: Value])

        /// A list of strings.
        static func strings(_ values: [String]) -> Value { .array(values.map(Value.string)) }

        /// A string, or `null` when there is none.
        static func optional(_ value: String?) -> Value { value.map(Value.string) ?? .null }
    }

    /// `value` as a JSON document: keys sorted, two-space indentation, `" : "` after each key, an empty
    /// array or object written open (`[`, an empty line, `]`), and a final newline: the layout Foundation's
    /// `JSONEncoder` gives with sorted keys, pretty printing and unescaped slashes, which wrote these files
    /// before. Every string and key is written with `string`.
    static func document(_ value: Value) -> String {
        var out = ""
        write(value, indent: "", into: &out)
        out += "\n"
        return out
    }

    private static func write(_ value: Value, indent: String, into out: inout String) {
        switch value {
        case .string(let text): out += string(text)
        case .number(let number): out += numberText(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            let inner = indent + "  "
            out += items.isEmpty ? "[\n\n" : "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                write(item, indent: inner, into: &out)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            let inner = indent + "  "
            let keys = members.keys.sorted()
            out += keys.isEmpty ? "{\n\n" : "{\n"
            for (i, key) in keys.enumerated() {
                out += inner + string(key) + " : "
                if let member = members[key] { write(member, indent: inner, into: &out) }
                out += i == keys.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    /// A number as JSON: Swift's shortest form that reads back the same (`1200`, `12.5`, `1e+20`), without a
    /// trailing `.0`.
    static func numberText(_ value: Double) -> String {
        guard value.isFinite else { return string(value.isNaN ? "NaN" : value < 0 ? "-Infinity" : "Infinity") }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// `value` as one JSON string literal, quotes included, with every forbidden character
    /// (`OutputCharacters`) replaced by U+FFFD first, so that no reader decodes one from the file.
    static func string(_ value: String) -> String {
        quoted(OutputCharacters.cleaned(value))
    }

    /// `value` as one JSON string literal, quotes included, exactly: a reader decodes the same text.
    /// `"` and `\` are escaped, line feed, carriage return and tab written `\n`, `\r` and `\t`, every other
    /// C0 control character and U+2028 and U+2029 (line ends to older JavaScript) as `\u` escapes
    /// (`\u001b`, `\u2028`); every other character as itself.
    /// The one rule, shared with `csa diff --format json`: `JSONStream.quote` (CSADiffText).
    public static func quoted(_ value: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 2)
        JSONStream.quote(value, into: &out)
        return String(decoding: out, as: UTF8.self)
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
