/// The rule for where a Markdown link or image may point: a relative address, a `#anchor`, or an
/// `https:`, `http:` or `mailto:` address. Any other scheme (`javascript:`, `vbscript:`, `data:`,
/// `file:`, ...) could run script or lead nowhere once published.
enum LinkTarget {
    static let allowed = ["https", "http", "mailto"]
    static let hint = "link only to relative addresses, '#anchors', or https:, http: and mailto: addresses"

    /// The scheme `destination` uses when it is not one of the allowed ones ("javascript"), or nil when
    /// the destination is acceptable. Tabs and line breaks anywhere, and control characters and spaces at
    /// the start, are ignored first, as browsers ignore them (`java\tscript:` is `javascript:` to a browser).
    static func forbiddenScheme(_ destination: String) -> String? {
        // Most destinations start with an allowed scheme or hold no colon at all: both are acceptable as they
        // stand, whatever the full rule below would strip first.
        let utf8 = destination.utf8
        if utf8.starts(with: "https:".utf8) || utf8.starts(with: "http:".utf8) || utf8.starts(with: "mailto:".utf8)
            || !utf8.contains(UInt8(ascii: ":")) {
            return nil
        }
        var scalars = Array(destination.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        guard let colon = scalars.firstIndex(of: ":"), colon > 0 else { return nil }
        let scheme = scalars[..<colon]
        // Only a letter followed by letters, digits, '+', '-' and '.' makes a scheme; anything else before
        // the colon (a '/', '?' or '#' among them) makes the address relative.
        func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        guard let first = scheme.first, isLetter(first),
              scheme.allSatisfy({ isLetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
        else { return nil }
        let name = String(String.UnicodeScalarView(scheme)).lowercased()
        return allowed.contains(name) ? nil : name
    }
}
