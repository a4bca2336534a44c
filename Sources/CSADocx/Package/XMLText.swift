/// Escaping for the XML csa writes into a Word document.
///
/// Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return, and
/// U+FFFE, U+FFFF) are dropped: Word refuses a file that holds one, and there is nothing to show
/// in their place. Everything else is kept, with `&`, `<` and `>` (and in attributes the quotes,
/// tab and line ends) written as references.
enum XMLText {
    /// Text content of an element.
    static func escape(_ text: String) -> String { escaped(text, inAttribute: false) }

    /// An attribute value, for use between double quotes.
    static func attribute(_ text: String) -> String { escaped(text, inAttribute: true) }

    /// The text with forbidden characters dropped and markup characters written as references; in an
    /// attribute the quotes, tab and line feed too (an attribute's white space is otherwise normalised).
    /// Works on the UTF-8 bytes: text with nothing to change (most of it) is returned as it is.
    private static func escaped(_ text: String, inAttribute: Bool) -> String {
        var text = text
        let changed = text.withUTF8 { bytes -> String? in
            guard let first = bytes.firstIndex(where: { needsLook($0) || (inAttribute && ($0 == 0x22 || $0 == 0x27)) }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            out.append(contentsOf: bytes[..<first])
            var index = first
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case 0x26: out.append(contentsOf: "&amp;".utf8)
                case 0x3C: out.append(contentsOf: "&lt;".utf8)
                case 0x3E: out.append(contentsOf: "&gt;".utf8)
                case 0x0D: out.append(contentsOf: "&#13;".utf8)
                case 0x22 where inAttribute: out.append(contentsOf: "&quot;".utf8)
                case 0x27 where inAttribute: out.append(contentsOf: "&apos;".utf8)
                case 0x09 where inAttribute: out.append(contentsOf: "&#9;".utf8)
                case 0x0A where inAttribute: out.append(contentsOf: "&#10;".utf8)
                case 0x09, 0x0A: out.append(byte)
                case 0x00..<0x20: continue
                case 0xEF where isNoncharacter(bytes, at: index - 1): index += 2
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return changed ?? text
    }

    /// True for a byte that may need escaping or dropping in text content: a control character, `&`,
    /// `<`, `>`, or the first byte of U+FFFE or U+FFFF (0xEF, also the first byte of other characters).
    @inline(__always)
    static func needsLook(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0xEF
    }

    /// True when the bytes at `index` are U+FFFE or U+FFFF (EF BF BE, EF BF BF), which XML forbids.
    @inline(__always)
    static func isNoncharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xEF && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
    }

    /// The text with every character XML 1.0 forbids removed.
    static func allowedCharacters(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return String(out)
    }

    /// XML 1.0's `Char` production; Swift strings cannot hold surrogates, so only controls and
    /// the two noncharacters at the end of the Basic Multilingual Plane remain to refuse.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// The XML declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
}
