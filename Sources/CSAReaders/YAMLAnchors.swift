#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A first look at YAML text for anchors (`&name`) and aliases (`*name`), which content files do not
/// take (see `YAMLFile.parse`), made on its bytes before Yams reads it.
enum YAMLAnchors {
    /// Whether `text` may hold both an anchor and an alias: an `&` and a `*` that each start a name at
    /// the start of a line or after a space or a flow indicator, as YAML writes them. Text such as
    /// "Kent & Medway", "R&D" or `**bold**` has neither; an emphasis such as " *all* " looks like an
    /// alias, which only costs `YAMLFile.parse` a second reading when the file also looks anchored.
    static func mayHoldAnchorsAndAliases(_ text: String) -> Bool {
        firstAnchorWithAliases(text) != nil
    }

    /// Whether `text` holds an `&` at all, without which it has no anchor (most files).
    static func mayHoldAnchors(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ holds(UInt8(ascii: "&"), $0) }) { return found }
        return text.utf8.contains(UInt8(ascii: "&"))
    }

    private static func holds(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// Where the first anchor-like `&name` of `text` is (line and column from 1, and the name), and how
    /// many other names are anchored so, when `text` also holds something like an alias; nil otherwise.
    static func firstAnchorWithAliases(_ text: String) -> (line: Int, column: Int, name: String, others: Int)? {
        if let found = text.utf8.withContiguousStorageIfAvailable(firstAnchorWithAliases) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(firstAnchorWithAliases)
    }

    private static func firstAnchorWithAliases(_ bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int, name: String, others: Int)? {
        // Most files hold no '&' at all: found out with the C library's fast search before anything else.
        guard holds(UInt8(ascii: "&"), bytes), holds(UInt8(ascii: "*"), bytes) else { return nil }
        var first: (line: Int, column: Int, name: String)?
        var names: Set<String> = []
        var alias = false
        var previous = UInt8(ascii: "\n")
        var pending: UInt8 = 0     // an '&' or '*' that may start a name, waiting for the next byte
        var line = 1, column = 0, pendingColumn = 0
        for (i, byte) in bytes.enumerated() {
            column += 1
            if pending != 0, isNameByte(byte) {
                if pending == UInt8(ascii: "&") {
                    let name = String(decoding: bytes[i...].prefix(while: isNameByte), as: UTF8.self)
                    if first == nil { first = (line, pendingColumn, name) }
                    names.insert(name)
                } else {
                    alias = true
                }
            }
            if (byte == UInt8(ascii: "&") || byte == UInt8(ascii: "*")) && startsNode(after: previous) {
                pending = byte
                pendingColumn = column
            } else {
                pending = 0
            }
            if byte == UInt8(ascii: "\n") { line += 1; column = 0 }
            previous = byte
        }
        guard alias, let first else { return nil }
        return (first.line, first.column, first.name, names.count - 1)
    }

    /// `text` with every `*` made an `x`: the same structure, lines and columns, with no alias left.
    static func withoutAliases(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 == UInt8(ascii: "*") ? UInt8(ascii: "x") : $0 }, as: UTF8.self)
    }

    /// Whether a node may start after `byte`: a line's start, a space or tab, or a flow indicator.
    private static func startsNode(after byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","):
            return true
        default:
            return false
        }
    }

    /// A byte an anchor's name may hold (libyaml takes ASCII letters, digits, '-' and '_').
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }
}
