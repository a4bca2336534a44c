/// A 64-bit hash taken a word at a time: each number, and each run of bytes as its length and then its
/// bytes eight at a time (the last few zero-padded), mixed in by a multiply and a shift. Used for block
/// keys (`BlockKey.hash`) and for the longer strings `ByteInterner` numbers.
struct WordHasher {
    private(set) var value: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inline(__always)
    mutating func add(_ word: UInt64) {
        value = (value ^ word) &* 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 32
    }

    /// `bytes`: their count, then the bytes.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        add(UInt64(bytes.count))
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= raw.count {
            add(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        if i < raw.count {
            var tail: UInt64 = 0
            for k in i..<raw.count { tail = tail << 8 | UInt64(raw[k]) }
            add(tail)
        }
    }

    /// `text`'s UTF-8 bytes, as `add(_ bytes:)` takes them.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add($0) }
    }
}
