import CSAModel

/// The rule every id follows: it becomes part of a file name and a URL, so it must be a plain slug of at
/// most `maximumLength` characters.
enum Identifier {
    static let hint = "use lowercase letters, digits and hyphens only, e.g. 'domestic-abuse'"
    /// The longest id allowed: ids become file and folder names, which file systems limit.
    static let maximumLength = 64

    /// The problem with `id`, or nil when it is a valid id.
    static func problem(_ id: String) -> String? {
        // Nearly every id is a plain slug: checked on its bytes first, without Foundation's string search.
        let bytes = id.utf8
        if !bytes.isEmpty, bytes.count <= maximumLength, bytes.first != UInt8(ascii: "-"),
           bytes.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }) { return nil }
        if id.isEmpty { return "id is empty" }
        let shown = MarkdownCheck.quoted(id)
        if id.contains("/") || id.contains("\\") || id.contains("..") || id.hasPrefix(".") || id.hasPrefix("~") {
            return "id \(shown) could escape the output folder"
        }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if !allowed || id.hasPrefix("-") {
            return "id \(shown) may contain only lowercase letters, digits and hyphens, and must not start with a hyphen"
        }
        if id.unicodeScalars.count > maximumLength {
            return "id \(shown) is \(id.unicodeScalars.count) characters long; ids may have at most \(maximumLength)"
        }
        return nil
    }
}
