/// A 128-bit digest of some bytes (MurmurHash3, x64 128-bit variant, seed 0), for telling whether an
/// input or an output file changed between two builds. Fast (a few bytes a cycle) and well mixed; not a
/// cryptographic hash, which nothing here needs: the bytes are the user's own files.
struct Digest: Hashable, Sendable, CustomStringConvertible {
    let high: UInt64
    let low: UInt64

    /// 32 lowercase hexadecimal digits.
    var description: String { Self.hex(high) + Self.hex(low) }

    /// Reads the form `description` writes; nil for anything else.
    init?(hex text: Substring) {
        guard text.utf8.count == 32, let high = UInt64(text.prefix(16), radix: 16), let low = UInt64(text.suffix(16), radix: 16) else { return nil }
        self.init(high: high, low: low)
    }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    init(_ bytes: some Sequence<UInt8>) {
        self = Array(bytes).withUnsafeBytes { Digest(buffer: $0) }
    }

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { Digest(buffer: UnsafeRawBufferPointer($0)) }
    }

    /// The digest of several parts, each length-prefixed so that no two lists of parts run together.
    init(parts: [Digest]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.count * 16)
        for part in parts {
            for value in [part.high, part.low] { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        }
        self.init(bytes)
    }

    init(buffer: UnsafeRawBufferPointer) {
        let c1: UInt64 = 0x87c3_7b91_1142_53d5, c2: UInt64 = 0x4cf5_ad43_2745_937f
        var h1: UInt64 = 0, h2: UInt64 = 0
        let count = buffer.count, blocks = count / 16
        for i in 0..<blocks {
            var k1 = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: i * 16, as: UInt64.self))
            var k2 = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: i * 16 + 8, as: UInt64.self))
            k1 &*= c1; k1 = Self.rotl(k1, 31); k1 &*= c2; h1 ^= k1
            h1 = Self.rotl(h1, 27); h1 &+= h2; h1 = h1 &* 5 &+ 0x52dc_e729
            k2 &*= c2; k2 = Self.rotl(k2, 33); k2 &*= c1; h2 ^= k2
            h2 = Self.rotl(h2, 31); h2 &+= h1; h2 = h2 &* 5 &+ 0x3849_5ab5
        }
        let tail = blocks * 16, rest = count & 15
        var k1: UInt64 = 0, k2: UInt64 = 0
        if rest > 8 {
            for i in stride(from: rest - 1, through: 8, by: -1) { k2 ^= UInt64(buffer[tail + i]) << (8 * UInt64(i - 8)) }
            k2 &*= c2; k2 = Self.rotl(k2, 33); k2 &*= c1; h2 ^= k2
        }
        if rest > 0 {
            for i in stride(from: min(rest, 8) - 1, through: 0, by: -1) { k1 ^= UInt64(buffer[tail + i]) << (8 * UInt64(i)) }
            k1 &*= c1; k1 = Self.rotl(k1, 31); k1 &*= c2; h1 ^= k1
        }
        h1 ^= UInt64(count); h2 ^= UInt64(count)
        h1 &+= h2; h2 &+= h1
        h1 = Self.mix(h1); h2 = Self.mix(h2)
        h1 &+= h2; h2 &+= h1
        self.init(high: h1, low: h2)
    }

    private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    private static func mix(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33; k &*= 0xff51_afd7_ed55_8ccd
        k ^= k >> 33; k &*= 0xc4ce_b9fe_1a85_ec53
        k ^= k >> 33
        return k
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
