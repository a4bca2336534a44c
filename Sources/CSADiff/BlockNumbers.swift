/// Numbers a chapter's blocks for alignment, 0, 1, 2, ... in the order first seen: two blocks get the
/// same number exactly when they have the same key (`BlockKey`). Each distinct block is kept with the
/// hash of its key (`BlockKey.hash`, taken from the block itself), and a block is compared only with
/// those whose hash is the same; no key is written out, so numbering a long chapter copies none of its
/// text.
struct BlockNumbers {
    /// For each slot, the number of the block there, or -1.
    private var slots = [Int32](repeating: -1, count: 256)
    private var hashes: [UInt64] = []
    /// The first block given each number.
    private(set) var blocks: [BlockText] = []

    /// The number of `block`.
    mutating func number(_ block: BlockText) -> Int {
        let hash = BlockKey.hash(block)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let found = Int(slots[slot])
            if found < 0 { break }
            if hashes[found] == hash, BlockKey.same(blocks[found], block) { return found }
            slot = (slot + 1) & mask
        }
        let id = blocks.count
        blocks.append(block)
        hashes.append(hash)
        slots[slot] = Int32(id)
        if hashes.count * 2 > slots.count { grow() }
        return id
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
