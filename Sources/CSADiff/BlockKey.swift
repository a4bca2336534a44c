#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What identifies a block for alignment, its key: its shape and its runs (text and formatting), so that
/// two blocks have the same key exactly when they have the same shape and the same runs, byte for byte
/// (`same`). Hashed a word at a time straight from the block (`hash`, for `BlockNumbers`), a chapter's
/// blocks are numbered far faster than through `Hashable` (which hashes every character of every run),
/// and a block counts as unchanged only when its text is the same bytes, so that OLD is rebuilt exactly.
enum BlockKey {
    /// A hash of `block`'s key: its shape and its runs (each text's length, then its bytes, eight at a
    /// time), taken straight from the block without writing the key out. Equal keys give equal hashes;
    /// blocks with the same hash are told apart by `same`.
    static func hash(_ block: BlockText) -> UInt64 {
        var hasher = WordHasher()
        let shape = block.shape
        switch shape.kind {
        case .paragraph: hasher.add(0)
        case .heading: hasher.add(1)
        case .code: hasher.add(2)
        case .rule: hasher.add(3)
        case .html: hasher.add(4)
        }
        hasher.add(UInt64(bitPattern: Int64(shape.level)))
        hasher.add(shape.info)
        hasher.add(UInt64(shape.containers.count))
        for container in shape.containers {
            switch container {
            case .quote: hasher.add(0)
            case .bullet: hasher.add(1)
            case .numbered: hasher.add(2)
            case .continuation: hasher.add(3)
            }
        }
        hasher.add(UInt64(block.runs.count))
        for run in block.runs {
            let style = run.style
            hasher.add(UInt64((style.emphasis ? 1 : 0) | (style.strong ? 2 : 0) | (style.code ? 4 : 0)
                              | (style.link == nil ? 0 : 8) | (style.image == nil ? 0 : 16)))
            if let link = style.link { hasher.add(link) }
            if let image = style.image { hasher.add(image) }
            hasher.add(run.text)
        }
        return hasher.value
    }

    /// Whether `a` and `b` have the same key: the same shape and runs, every text the same bytes.
    static func same(_ a: BlockText, _ b: BlockText) -> Bool {
        guard a.shape.kind == b.shape.kind, a.shape.level == b.shape.level, a.shape.containers == b.shape.containers,
              sameBytes(a.shape.info, b.shape.info), a.runs.count == b.runs.count else { return false }
        for (x, y) in zip(a.runs, b.runs) {
            let s = x.style, t = y.style
            guard s.emphasis == t.emphasis, s.strong == t.strong, s.code == t.code,
                  sameBytes(s.link, t.link), sameBytes(s.image, t.image), sameBytes(x.text, y.text) else { return false }
        }
        return true
    }

    private static func sameBytes(_ a: String?, _ b: String?) -> Bool {
        guard var a, var b else { return a == nil && b == nil }
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return x.count == y.count }
                return memcmp(p, q, x.count) == 0
            }
        }
    }
}
