/// Finding a short ASCII string (`[^`, `[^label]`, a directive's option) in a line of a paper: what
/// `firstRange(of:)` finds, comparing whole characters, but found on the UTF-8 bytes, which is many
/// times faster. A match whose neighbours are ASCII bytes is a match of whole characters (no ASCII
/// character joins the one before or after it into one); any other match, and a needle that is not
/// ASCII, is left to `firstRange(of:)`.
public enum PaperTextSearch {
    public static func firstRange(of needle: String, in text: Substring) -> Range<Substring.Index>? {
        let bytes = Array(needle.utf8)
        guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else { return text.firstRange(of: needle) }
        let utf8 = text.utf8
        var from = utf8.startIndex
        while let start = utf8[from...].firstIndex(of: first) {
            var end = start
            var matched = 0
            while matched < bytes.count, end < utf8.endIndex, utf8[end] == bytes[matched] {
                end = utf8.index(after: end)
                matched += 1
            }
            if matched == bytes.count {
                let asciiBefore = start == utf8.startIndex || utf8[utf8.index(before: start)] < 0x80
                let asciiAfter = end == utf8.endIndex || utf8[end] < 0x80
                return asciiBefore && asciiAfter ? start..<end : text.firstRange(of: needle)
            }
            from = utf8.index(after: start)
        }
        return nil
    }

    /// The 1-based column of `index` in `line`, counted in Unicode scalars (a scalar is one byte that is
    /// not a continuation byte).
    public static func column(of index: Substring.Index, in line: Substring) -> Int {
        line.utf8[line.startIndex..<index].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
