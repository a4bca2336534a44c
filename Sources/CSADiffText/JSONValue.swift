/// A JSON value with its object keys in the order written, so that output is the same every run.
indirect enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// JSON text already written by `bytes(depth:)` at the depth where it is placed: copied as it is.
    case written([UInt8])

    static func == (a: JSONValue, b: JSONValue) -> Bool { a.text() == b.text() }

    /// The value as JSON text, indented by two spaces per level.
    func text() -> String {
        String(decoding: bytes(depth: 0), as: UTF8.self)
    }

    /// The value as UTF-8 JSON text for a place `depth` levels of indentation deep.
    func bytes(depth: Int) -> [UInt8] {
        var out: [UInt8] = []
        write(&out, depth: depth)
        return out
    }

    /// Writes the value as UTF-8 bytes, at `depth` levels of indentation.
    private func write(_ out: inout [UInt8], depth: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let n): out += String(n).utf8
        case .number(let d):
            if d == d.rounded(), abs(d) < 1e15 { out += String(Int64(d)).utf8 } else { out += String(d).utf8 }
        case .string(let s): Self.quote(s, into: &out)
        case .written(let bytes): out += bytes
        case .array(let items):
            if items.isEmpty { out += "[]".utf8; return }
            out += "[\n".utf8
            for (i, item) in items.enumerated() {
                Self.indent(&out, depth + 1)
                item.write(&out, depth: depth + 1)
                out += (i + 1 < items.count ? ",\n" : "\n").utf8
            }
            Self.indent(&out, depth)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out += "{}".utf8; return }
            out += "{\n".utf8
            for (i, (key, value)) in members.enumerated() {
                Self.indent(&out, depth + 1)
                Self.quote(key, into: &out)
                out += ": ".utf8
                value.write(&out, depth: depth + 1)
                out += (i + 1 < members.count ? ",\n" : "\n").utf8
            }
            Self.indent(&out, depth)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func indent(_ out: inout [UInt8], _ depth: Int) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// A JSON string: quotes, backslashes and control characters escaped (RFC 8259), and the line and
    /// paragraph separators too, so that the text is also safe inside JavaScript.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most text needs no escape: copy it whole (0xE2 starts U+2028 and U+2029, among others).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            if s.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil { out += s.utf8 }
            out.append(UInt8(ascii: "\""))
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\"".utf8
            case "\\": out += "\\\\".utf8
            case "\n": out += "\\n".utf8
            case "\r": out += "\\r".utf8
            case "\t": out += "\\t".utf8
            default:
                let v = scalar.value
                if v < 0x20 || v == 0x2028 || v == 0x2029 {
                    let hex = String(v, radix: 16)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                } else if v < 0x80 {
                    out.append(UInt8(v))
                } else {
                    UTF8.encode(scalar) { out.append($0) }
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
