#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers distinct byte strings (tokens, lower-cased words) 0, 1, 2, ... in the order they are first
/// seen, so that a comparison works on integers. Equal bytes always get the same number and different
/// bytes different numbers; an open-addressing table with a hash taken eight bytes at a time, which
/// costs far less than a `Dictionary` keyed by `ArraySlice<UInt8>` (hashed through `Hasher` byte by byte).
struct ByteInterner {
    /// For each slot, the number of the string there, or -1.
    private var slots = [Int32](repeating: -1, count: 256)
    /// Every distinct string's bytes, one after another; string `id` is `bytes[starts[id]..<starts[id + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// The numbers of one-byte strings already numbered (white space, punctuation, "a"), by their byte, or -1.
    private var single = [Int32](repeating: -1, count: 256)

    /// How many distinct strings have been numbered.
    var count: Int { hashes.count }

    /// The number of the string `key`.
    mutating func id(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        if key.count == 1 {
            let known = single[Int(key[0])]
            if known >= 0 { return Int(known) }
            let id = insert(key)
            single[Int(key[0])] = Int32(id)
            return id
        }
        return insert(key)
    }

    /// The number of `key`, found in the table or given to it.
    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let found = Int(slots[slot])
            if found < 0 { break }
            if hashes[found] == hash, matches(found, key) { return found }
            slot = (slot + 1) & mask
        }
        let id = hashes.count
        hashes.append(hash)
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        slots[slot] = Int32(id)
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The number of bytes `range` of `source`.
    mutating func id(_ source: [UInt8], _ range: Range<Int>) -> Int {
        source.withUnsafeBufferPointer { id(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// A hash of `key`: eight bytes at a time, multiplied and folded.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(key)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(key.count + 1)
        var i = 0
        while i + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            i += 8
        }
        if i < raw.count {
            var tail: UInt64 = 0
            for k in i..<raw.count { tail = tail << 8 | UInt64(raw[k]) }
            hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
            hash ^= hash >> 29
        }
        return hash
    }

    private func matches(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id], end = starts[id + 1]
        guard end - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress, let keyBase = key.baseAddress else { return key.isEmpty }
            return memcmp(storedBase + start, keyBase, key.count) == 0
        }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = larger.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while larger[slot] >= 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(id)
        }
        slots = larger
    }
}
