#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers distinct byte strings (a word comparison's tokens) 0, 1, 2, ... in the order they are first
/// seen, so that a comparison works on integers. Equal bytes always get the same number, and different
/// bytes different numbers, but for text that is canonically equivalent in Unicode: "café" written with
/// é and written with e and a combining accent read the same, so they share a number
/// (`unifiesSpellings` says when that happened). That is worked out only when a string holding a byte
/// above 0x7F is first seen. Far cheaper than a `Dictionary` keyed by `ArraySlice<UInt8>`
/// (hashed through `Hasher` byte by byte): a one-byte string is looked up by its byte; a string of two
/// to fifteen bytes (nearly every word) is read as two integers and its length, in an open-addressing
/// table of integers; a longer one goes to an open-addressing table with a hash taken eight bytes at a
/// time.
struct ByteInterner {
    /// The numbers of one-byte strings already numbered (white space, punctuation, "a"), by their byte, or -1.
    private var single = [Int32](repeating: -1, count: 256)

    /// Strings of two to fifteen bytes (`Short`): for each slot, the index of the string there, or -1;
    /// each string and its number, in the order first seen.
    private var shortSlots = [Int32](repeating: -1, count: 256)
    private var shortKeys: [Short] = []
    private var shortIDs: [Int32] = []

    /// Longer strings (and the empty one): for each slot, the index of the string there, or -1.
    private var slots = [Int32](repeating: -1, count: 64)
    /// Each longer string's bytes, one after another (string `k` is `bytes[starts[k]..<starts[k + 1]]`),
    /// its hash and its number.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    private var longIDs: [Int32] = []

    /// How many numbers have been given.
    private(set) var count = 0

    /// Each valid UTF-8 string that holds a byte above 0x7F, by its text (Swift's `String` compares and
    /// hashes by canonical equivalence), with its number.
    private var spellings: [String: Int32] = [:]
    /// True once two different byte strings were given one number, being canonically equivalent: equal
    /// numbers then no longer mean equal bytes.
    private(set) var unifiesSpellings = false

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
        case 2...15:
            return short(Short(key), key)
        default:
            return long(key)
        }
    }

    /// The number of bytes `range` of `source`.
    mutating func id(_ source: [UInt8], _ range: Range<Int>) -> Int {
        source.withUnsafeBufferPointer { id(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// A string of two to fifteen bytes as two integers read from its start and its end (overlapping
    /// when it is shorter than sixteen bytes) and its length: the same string, the same three values.
    struct Short: Equatable {
        var a: UInt64
        var b: UInt64
        var length: UInt8

        @inline(__always)
        init(_ key: UnsafeBufferPointer<UInt8>) {
            let raw = UnsafeRawBufferPointer(key), n = key.count
            if n >= 8 {
                a = raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
                b = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            } else if n >= 4 {
                a = UInt64(raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
                    | UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32
                b = 0
            } else {
                a = UInt64(raw.loadUnaligned(fromByteOffset: 0, as: UInt16.self))
                    | UInt64(raw.loadUnaligned(fromByteOffset: n - 2, as: UInt16.self)) << 16
                b = 0
            }
            length = UInt8(n)
        }

        @inline(__always)
        func slot(_ mask: Int) -> Int {
            let h = (a ^ (b &* 0xC4CE_B9FE_1A85_EC53) ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15
            return Int(truncatingIfNeeded: h ^ (h >> 31)) & mask
        }
    }

    /// The number of a string of two to fifteen bytes (`key` is `bytes` read as a `Short`).
    private mutating func short(_ key: Short, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let mask = shortSlots.count - 1
        var slot = key.slot(mask)
        while true {
            let found = Int(shortSlots[slot])
            if found < 0 { break }
            if shortKeys[found] == key { return Int(shortIDs[found]) }
            slot = (slot + 1) & mask
        }
        let id = number(bytes)
        shortSlots[slot] = Int32(shortKeys.count)
        shortKeys.append(key)
        shortIDs.append(Int32(id))
        if shortKeys.count * 2 > shortSlots.count { growShort() }
        return id
    }

    private mutating func growShort() {
        var larger = [Int32](repeating: -1, count: shortSlots.count * 2)
        let mask = larger.count - 1
        for (index, key) in shortKeys.enumerated() {
            var slot = key.slot(mask)
            while larger[slot] >= 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(index)
        }
        shortSlots = larger
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
        let id = number(key)
        longIDs.append(Int32(id))
        slots[slot] = Int32(index)
        if hashes.count * 2 > slots.count { growLong() }
        return id
    }

    /// The number for a string seen for the first time: a new one, or, for text canonically equivalent to
    /// text already numbered, that text's.
    private mutating func number(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        if key.contains(where: { $0 >= 0x80 }), let text = String(validating: key, as: UTF8.self) {
            if let known = spellings[text] {
                unifiesSpellings = true
                return Int(known)
            }
            spellings[text] = Int32(count)
        }
        count += 1
        return count - 1
    }

    /// A hash of `key`, eight bytes at a time (`WordHasher`).
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hasher = WordHasher()
        hasher.add(key)
        return hasher.value
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
