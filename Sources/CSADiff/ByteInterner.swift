/// Numbers distinct byte strings (tokens, lower-cased words) 0, 1, 2, ... in the order they are first
/// seen, so that a comparison works on integers. Equal bytes always get the same number and different
/// bytes different numbers; an open-addressing table with FNV-1a hashes, which costs far less than a
/// `Dictionary` keyed by `ArraySlice<UInt8>` (hashed through `Hasher` byte by byte).
struct ByteInterner {
    /// For each slot, the number of the string there, or -1.
    private var slots = [Int32](repeating: -1, count: 256)
    /// Every distinct string's bytes, one after another; string `id` is `bytes[starts[id]..<starts[id + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []

    /// How many distinct strings have been numbered.
    var count: Int { hashes.count }

    /// The number of the string `key`.
    mutating func id(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
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

    private func matches(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id], end = starts[id + 1]
        guard end - start == key.count else { return false }
        var k = 0
        for index in start..<end {
            if bytes[index] != key[k] { return false }
            k += 1
        }
        return true
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
