/// JSON written straight out as UTF-8 bytes, compact (no space or line break between tokens, as tools
/// exchange JSON and as pandoc writes its own), object keys in the order written, so that output is the
/// same every run. A comparison of a long edition makes megabytes of JSON; writing it as it is walked
/// costs far less than building a tree of values first.
///
/// Containers are opened and closed by `object` and `array`; inside an object each member starts with
/// `key`, inside an array each item with `item`. An empty container is written `{}` or `[]`.
public struct JSONStream {
    /// The text written so far.
    private let store: ByteStore
    /// The text written so far, as an array.
    var bytes: [UInt8] { store.withBytes { Array($0) } }
    /// Whether the innermost open container has no member or item yet.
    private var empty = false

    /// A stream with room for `capacity` bytes before it grows.
    init(capacity: Int = 4096) {
        store = ByteStore(capacity: capacity)
    }

    // MARK: Containers

    /// An object whose members `body` writes (each started with `key`).
    mutating func object(_ body: (inout JSONStream) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
    }

    /// An array whose items `body` writes (each started with `item`).
    mutating func array(_ body: (inout JSONStream) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), body)
    }

    /// An array of `items`, each written by `write`.
    mutating func array<S: Sequence>(_ items: S, _ write: (inout JSONStream, S.Element) -> Void) {
        array { json in
            for element in items {
                json.item()
                write(&json, element)
            }
        }
    }

    /// An array of `items`, each written by `write` from where it lies in `items`, not copied out of it (a
    /// copy of a value that holds strings retains each of them): for the long arrays of a comparison.
    mutating func array<Item>(inPlace items: [Item], _ write: (inout JSONStream, UnsafePointer<Item>) -> Void) {
        array { json in
            items.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for k in buffer.indices {
                    json.item()
                    write(&json, base + k)
                }
            }
        }
    }

    /// An array of strings.
    mutating func array(strings: [String]) {
        array(strings) { $0.string($1) }
    }

    /// The containers `begin` opened and `end` has not closed: whether each one's container was empty.
    private var begun: [Bool] = []

    /// Opens an object (`{`) or an array (`[`) that stays open until `end`, so that its members can be
    /// written a piece at a time (`flush`).
    mutating func begin(_ open: UInt8) {
        store.append(open)
        begun.append(empty)
        empty = true
    }

    /// Closes the container `begin` opened last with `close` (`}` or `]`).
    mutating func end(_ close: UInt8) {
        store.append(close)
        empty = begun.removeLast()
    }

    /// Hands the text written so far to `out` and forgets it; what is written next follows it.
    mutating func flush<E: Error>(to out: (UnsafeBufferPointer<UInt8>) throws(E) -> Void) throws(E) {
        try store.withBytes(out)
        store.removeAll()
    }

    /// An object with no members: `{}`.
    mutating func emptyObject() {
        store.append(UInt8(ascii: "{"))
        store.append(UInt8(ascii: "}"))
    }

    /// A value that is always written the same (`template`), copied as it was written.
    mutating func value(_ template: JSONTemplate) {
        template.text.withUnsafeBufferPointer { store.append($0) }
    }

    /// A line end, after the last value of a document.
    mutating func newline() { store.append(UInt8(ascii: "\n")) }

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONStream) -> Void) {
        store.append(open)
        let outer = empty
        empty = true
        body(&self)
        store.append(close)
        empty = outer
    }

    /// Starts a member of the open object: `"key":`, then its value is written.
    mutating func key(_ key: StaticString) {
        separate(key: key)
    }

    /// Starts an item of the open array; then its value is written.
    mutating func item() {
        separate(key: nil)
    }

    /// The separator from what came before in the open container (a comma unless it is the first) and,
    /// for a member, its quoted key: written in one step, as one starts every value of a comparison.
    private mutating func separate(key: StaticString?) {
        let comma = !empty, length = key?.utf8CodeUnitCount ?? 0
        empty = false
        store.write(atMost: length + 4) { out in
            var k = 0
            if comma { out[k] = UInt8(ascii: ","); k += 1 }
            guard let key else { return k }
            out[k] = UInt8(ascii: "\""); k += 1
            (out + k).update(from: key.utf8Start, count: length); k += length
            out[k] = UInt8(ascii: "\""); out[k + 1] = UInt8(ascii: ":")
            return k + 2
        }
    }

    // MARK: Values

    mutating func null() { ascii("null") }

    mutating func bool(_ b: Bool) { ascii(b ? "true" : "false") }

    mutating func int(_ n: Int) {
        guard n >= 0, n < 10_000 else { ascii(String(n)); return }
        // Small numbers (counts, levels, block indices) written digit by digit, without making a string.
        if n >= 1000 { store.append(UInt8(ascii: "0") + UInt8(n / 1000)) }
        if n >= 100 { store.append(UInt8(ascii: "0") + UInt8(n / 100 % 10)) }
        if n >= 10 { store.append(UInt8(ascii: "0") + UInt8(n / 10 % 10)) }
        store.append(UInt8(ascii: "0") + UInt8(n % 10))
    }

    /// A number: whole numbers below 10^15 without a fraction, others as Swift writes a `Double`.
    mutating func number(_ d: Double) {
        if d == d.rounded(), abs(d) < 1e15 { ascii(String(Int64(d))) } else { ascii(String(d)) }
    }

    mutating func string(_ s: String) {
        var sink = ByteStoreSink(store: store)
        Self.quoted(s, into: &sink)
    }

    /// A string, or null.
    mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    // MARK: Members

    mutating func member(_ name: StaticString, _ s: String) { key(name); string(s) }
    /// A member whose value is text known to need no escape.
    mutating func member(_ name: StaticString, plain s: StaticString) {
        key(name)
        store.append(UInt8(ascii: "\""))
        ascii(s)
        store.append(UInt8(ascii: "\""))
    }
    mutating func member(_ name: StaticString, _ s: String?) { key(name); string(s) }
    mutating func member(_ name: StaticString, _ n: Int) { key(name); int(n) }
    mutating func member(_ name: StaticString, _ b: Bool) { key(name); bool(b) }

    private func ascii(_ text: StaticString) {
        text.withUTF8Buffer { store.append($0) }
    }

    /// Text of ASCII characters that need no escape (a number).
    private func ascii(_ text: String) {
        var text = text
        text.withUTF8 { store.append($0) }
    }

    private static func ascii<Sink: JSONByteSink>(_ text: StaticString, _ out: inout Sink) {
        text.withUTF8Buffer { out.append($0) }
    }

    /// Whether any of the eight bytes in `word` is a control character, a quote, a backslash or 0xE2
    /// (which starts U+2028 and U+2029): the usual test for a byte below a value, and for a zero byte
    /// after an exclusive or, on all eight at once.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let control = (word &- 0x20 &* ones) & ~word & highs != 0
        return control || hasZero(word ^ (0x22 &* ones)) || hasZero(word ^ (0x5C &* ones)) || hasZero(word ^ (0xE2 &* ones))
    }

    /// A JSON string: quotes, backslashes and control characters escaped (RFC 8259), and the line and
    /// paragraph separators too, so that the text is also safe inside JavaScript.
    public static func quote(_ s: String, into out: inout [UInt8]) {
        quoted(s, into: &out)
    }

    /// `quote` into any sink (specialised for an array and for the stream's store).
    static func quoted<Sink: JSONByteSink>(_ s: String, into out: inout Sink) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { text in
            // Most text needs no escape: it is copied whole, and the rest a clean stretch at a time
            // (0xE2 starts U+2028 and U+2029, among others).
            var start = 0, i = 0
            let n = text.count
            let raw = UnsafeRawBufferPointer(text)
            while i < n {
                // Eight bytes at a time while none of them may need an escape.
                while i + 8 <= n, !Self.mayNeedEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
                guard i < n else { break }
                let b = text[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 else { i += 1; continue }
                if b == 0xE2, i + 2 < n, text[i + 1] == 0x80, text[i + 2] == 0xA8 || text[i + 2] == 0xA9 {
                    out.append(UnsafeBufferPointer(rebasing: text[start..<i]))
                    Self.ascii(text[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", &out)
                    i += 3
                    start = i
                    continue
                }
                if b == 0xE2 { i += 1; continue }
                out.append(UnsafeBufferPointer(rebasing: text[start..<i]))
                switch b {
                case 0x22: Self.ascii("\\\"", &out)
                case 0x5C: Self.ascii("\\\\", &out)
                case 0x0A: Self.ascii("\\n", &out)
                case 0x0D: Self.ascii("\\r", &out)
                case 0x09: Self.ascii("\\t", &out)
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    Self.ascii("\\u00", &out)
                    out.append(hex[Int(b >> 4)])
                    out.append(hex[Int(b & 0x0F)])
                }
                i += 1
                start = i
            }
            out.append(UnsafeBufferPointer(rebasing: text[start..<n]))
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// A JSON value that is always the same (the shape of a plain paragraph, which most blocks have), written
/// once, so that writing it again is a copy.
final class JSONTemplate: Sendable {
    /// The value's text.
    let text: [UInt8]

    init(_ write: (inout JSONStream) -> Void) {
        var json = JSONStream(capacity: 256)
        write(&json)
        text = json.bytes
    }
}
