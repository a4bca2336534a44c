/// Where JSON text is written: the bytes so far, appended to without the checks an array makes on every
/// append (whether it is shared, where its storage is), which were a third of the cost of writing
/// `csa diff --format json`. Grows by doubling. A reference type, owned by one `JSONStream` at a time.
final class ByteStore {
    private var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private func grow(_ needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        larger.update(from: start, count: count)
        start.deallocate()
        start = larger
        capacity = size
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (start + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Writes at most `n` bytes straight into the store: `body` is given room for `n` bytes, and returns
    /// how many it wrote there.
    @inline(__always)
    func write(atMost n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(n)
        count += body(start + count)
    }

    /// The bytes so far.
    func withBytes<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// Forgets the bytes so far, keeping the room.
    func removeAll() { count = 0 }
}

/// What `JSONStream.quote` writes into: an array of bytes, or a `ByteStore`.
protocol JSONByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: JSONByteSink where Element == UInt8 {
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

/// A `ByteStore` as a sink (the store is a reference, so appending does not need it `inout`).
struct ByteStoreSink: JSONByteSink {
    let store: ByteStore
    func append(_ byte: UInt8) { store.append(byte) }
    func append(_ bytes: UnsafeBufferPointer<UInt8>) { store.append(bytes) }
}
