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
    private static func escaped(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            case "\"" where inAttribute: out += "&quot;"
            case "'" where inAttribute: out += "&apos;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n" where inAttribute: out += "&#10;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
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
