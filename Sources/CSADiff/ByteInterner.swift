#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers distinct byte strings (tokens, lower-cased words, block keys) 0, 1, 2, ... in the order they
/// are first seen, so that a comparison works on integers. Equal bytes always get the same number and
/// different bytes different numbers. Far cheaper than a `Dictionary` keyed by `ArraySlice<UInt8>`
/// (hashed through `Hasher` byte by byte): a one-byte string is looked up by its byte; a string of up to
/// seven bytes (most words) is packed with its length into one integer, in an open-addressing table of
/// integers; a longer one goes to an open-addressing table with a hash taken eight bytes at a time.
struct ByteInterner {
    /// The numbers of one-byte strings already numbered (white space, punctuation, "a"), by their byte, or -1.
    private var single = [Int32](repeating: -1, count: 256)

    /// Strings of two to seven bytes: for each slot, the packed string there (0: none) and its number.
    private var packedKeys = [UInt64](repeating: 0, count: 256)
    private var packedIDs = [Int32](repeating: -1, count: 256)
    private var packedCount = 0

    /// Longer strings (and the empty one): for each slot, the index of the string there, or -1.
    private var slots = [Int32](repeating: -1, count: 64)
    /// Each longer string's bytes, one after another (string `k` is `bytes[starts[k]..<starts[k + 1]]`),
    /// its hash and its number.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    private var longIDs: [Int32] = []

    /// How many distinct strings have been numbered.
    private(set) var count = 0

    /// The number of the string `key`.
    mutating func id(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        switch key.count {
        case 1:
            let known = single[Int(key[0])]
            if known >= 0 { return Int(known) }
            let id = count
            count += 1
            single[Int(key[0])] = Int32(id)
            return id
        case 2...7:
            return packed(key)
        default:
            return long(key)
        }
    }

    /// The number of bytes `range` of `source`.
    mutating func id(_ source: [UInt8], _ range: Range<Int>) -> Int {
        source.withUnsafeBufferPointer { id(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The number of a string of two to seven bytes, found by its bytes and length packed together.
    private mutating func packed(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var packed = UInt64(key.count) << 56
        for k in 0..<key.count { packed |= UInt64(key[k]) << (8 * UInt64(k)) }
        let mask = packedKeys.count - 1
        var slot = Self.slot(packed, mask)
        while true {
            let found = packedKeys[slot]
            if found == packed { return Int(packedIDs[slot]) }
            if found == 0 { break }
            slot = (slot + 1) & mask
        }
        let id = count
        count += 1
        packedKeys[slot] = packed
        packedIDs[slot] = Int32(id)
        packedCount += 1
        if packedCount * 2 > packedKeys.count { growPacked() }
        return id
    }

    @inline(__always)
    private static func slot(_ packed: UInt64, _ mask: Int) -> Int {
        let h = packed &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h ^ (h >> 31)) & mask
    }

    private mutating func growPacked() {
        var keys = [UInt64](repeating: 0, count: packedKeys.count * 2)
        var ids = [Int32](repeating: -1, count: keys.count)
        let mask = keys.count - 1
        for (key, id) in zip(packedKeys, packedIDs) where key != 0 {
            var slot = Self.slot(key, mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            ids[slot] = id
        }
        packedKeys = keys
        packedIDs = ids
    }

    /// The number of a longer string, found in the table or given to it.
    private mutating func long(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let found = Int(slots[slot])
            if found < 0 { break }
            if hashes[found] == hash, matches(found, key) { return Int(longIDs[found]) }
            slot = (slot + 1) & mask
        }
        let index = hashes.count
        hashes.append(hash)
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        let id = count
        count += 1
        longIDs.append(Int32(id))
        slots[slot] = Int32(index)
        if hashes.count * 2 > slots.count { growLong() }
        return id
    }

    /// A hash of `key`: eight bytes at a time, multiplied and folded.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
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

    private func matches(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[index], end = starts[index + 1]
        guard end - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress, let keyBase = key.baseAddress else { return key.isEmpty }
            return memcmp(storedBase + start, keyBase, key.count) == 0
        }
    }

    private mutating func growLong() {
        var larger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = larger.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while larger[slot] >= 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(index)
        }
        slots = larger
    }
}
