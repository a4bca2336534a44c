/// Text escaped exactly as a template's `{{name}}` escapes it (swift-mustache's HTML escaping: `&`, `<`,
/// `>`, `"` and `'`), but on UTF-8 bytes rather than one `Character` at a time, for views that hand a
/// template long runs of text to write with `{{{name}}}` (the "What changed" page's spans).
enum TemplateEscaping {
    static func html(_ text: String) -> String {
        var text = text
        return text.withUTF8 { input in
            guard let first = input.firstIndex(where: isSpecial) else { return String(decoding: input, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(input.count + 16)
            out.append(contentsOf: input[..<first])
            for byte in input[first...] {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
