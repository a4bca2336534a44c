import Dispatch

/// Writes the items of a JSON array (a comparison's chapters) in parallel but hands them out in order,
/// each as soon as those before it have been: an item's text is made on any core, then waits its turn,
/// then goes out and is freed, so that only a few items' texts are held at once and writing them out
/// overlaps with making the rest. Items are taken in increasing order, so the first one not yet handed
/// out is always being made, and no item waits for one that is not.
enum InOrder {
    /// Makes the text of each of `items` with `make` and hands it to `out` in the order of `items`, each
    /// after the document's text so far (`array`, the open array they go into, with the separator
    /// before the item). `out` is called from any thread, never two at once. The first error `out`
    /// throws stops the handing out and is thrown.
    static func write<Item: Sendable, E: Error>(_ items: [Item], into array: inout JSONStream,
                                                to out: (UnsafeBufferPointer<UInt8>) throws(E) -> Void,
                                                _ make: @Sendable (Item) -> JSONStream) throws(E) {
        let turn = Turn<E>(array, count: items.count)
        turn.ready.first?.signal()
        withoutActuallyEscaping(out) { out in
            // Called one at a time, in turn, as the semaphores see to.
            nonisolated(unsafe) let out = out
            DispatchQueue.concurrentPerform(iterations: items.count) { k in
                var text = make(items[k])
                turn.ready[k].wait()
                if turn.error == nil {
                    do throws(E) {
                        turn.array.item()
                        try turn.array.flush(to: out)
                        try text.flush(to: out)
                    } catch {
                        turn.error = error
                    }
                }
                if k + 1 < items.count { turn.ready[k + 1].signal() }
            }
        }
        array = turn.array
        if let error = turn.error { throw error }
    }

    /// What the workers share: the document, the first error, and whose turn it is.
    private final class Turn<E: Error>: @unchecked Sendable {
        var array: JSONStream
        var error: E?
        /// Item `k` may be handed out once `ready[k]` is signalled (the first before any is made). Each is
        /// signalled once and waited for once, so each ends at the value it started with, as Dispatch requires.
        let ready: [DispatchSemaphore]

        init(_ array: JSONStream, count: Int) {
            self.array = array
            ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        }
    }
}
