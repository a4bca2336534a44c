#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes that identify a block for alignment: its shape and its runs (text and formatting), each
/// length written before it, so that two blocks have the same key exactly when they have the same
/// shape and the same runs, byte for byte (`same`). Hashed eight bytes at a time (`BlockNumbers`), a
/// chapter's blocks are numbered far faster than through `Hashable` (which hashes every character of
/// every run), and a block counts as unchanged only when its text is the same bytes, so that OLD is
/// rebuilt exactly.
enum BlockKey {
    /// `block`'s key, written into `key` (emptied first, so that one buffer serves a whole chapter).
    static func write(_ block: BlockText, into key: inout [UInt8]) {
        key.removeAll(keepingCapacity: true)
        let shape = block.shape
        switch shape.kind {
        case .paragraph: key.append(0)
        case .heading: key.append(1)
        case .code: key.append(2)
        case .rule: key.append(3)
        case .html: key.append(4)
        }
        number(shape.level, &key)
        text(shape.info, &key)
        number(shape.containers.count, &key)
        for container in shape.containers {
            switch container {
            case .quote: key.append(0)
            case .bullet: key.append(1)
            case .numbered: key.append(2)
            case .continuation: key.append(3)
            }
        }
        number(block.runs.count, &key)
        for run in block.runs {
            let style = run.style
            key.append((style.emphasis ? 1 : 0) | (style.strong ? 2 : 0) | (style.code ? 4 : 0)
                       | (style.link == nil ? 0 : 8) | (style.image == nil ? 0 : 16))
            if let link = style.link { text(link, &key) }
            if let image = style.image { text(image, &key) }
            text(run.text, &key)
        }
    }

    private static func number(_ n: Int, _ key: inout [UInt8]) {
        withUnsafeBytes(of: n.littleEndian) { key.append(contentsOf: $0) }
    }

    private static func text(_ s: String, _ key: inout [UInt8]) {
        number(s.utf8.count, &key)
        key.append(contentsOf: s.utf8)
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
