import Dispatch

/// Writes the items of a JSON array (a comparison's chapters) in parallel but hands them out in order,
/// each as soon as those before it have been: an item's text is made on any core, then waits its turn,
/// then goes out and is freed, so that only a few items' texts are held at once and writing them out
/// overlaps with making the rest. Items are taken in increasing order, so the first one not yet handed
/// out is always being made, and no item waits for one that is not.
enum InOrder {
    /// Makes the text of each of `items` with `make` and hands it to `out` in the order of `items`, each
    /// after the document's text so far (`array`, the open array they go into, with the separator
    /// before the item). `head`, when given, first writes into `array` what comes before the items (the
    /// start of the document and the array's opening), while the first items are being made, so that
    /// slow work there (a summary of all the items) overlaps with making them. `out` is called from any
    /// thread, never two at once. The first error `out` throws stops the handing out and is thrown.
    static func write<Item: Sendable, E: Error>(_ items: [Item], into array: inout JSONStream,
                                                after head: ((inout JSONStream) -> Void)? = nil,
                                                to out: (UnsafeBufferPointer<UInt8>) throws(E) -> Void,
                                                _ make: @Sendable (Item) -> [UInt8]) throws(E) {
        let turn = Turn<E>(array, count: items.count)
        // The head, when there is one, is iteration 0 and lets the first item go out when it is done.
        let first = head == nil ? 0 : 1
        if head == nil { turn.ready.first?.signal() }
        withoutActuallyEscaping(out) { out in
            // Called one at a time, in turn, as the semaphores see to.
            nonisolated(unsafe) let out = out
            nonisolated(unsafe) let head = head
            DispatchQueue.concurrentPerform(iterations: items.count + first) { iteration in
                if iteration < first {
                    head?(&turn.array)
                    turn.ready.first?.signal()
                    return
                }
                let k = iteration - first
                let text = make(items[k])
                turn.ready[k].wait()
                if turn.error == nil {
                    do throws(E) {
                        turn.array.item()
                        try turn.array.flush(to: out)
                        try text.withUnsafeBufferPointer(out)
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
