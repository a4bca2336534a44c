import Dispatch

/// Runs independent pieces of work on every core and gives their results in the order of their inputs,
/// so that whatever is made from them (a publication, diagnostics, a comparison) is the same as a serial
/// run makes. Used by the readers (chapter files) and the comparison (chapters); it touches no files.
public enum ParallelMap {
    /// `transform` applied to each of `items`, in parallel; the results in the order of `items`.
    /// `transform` must not touch shared mutable state. The items are taken in the order `order` gives
    /// (a permutation of their indices; nil, or anything that is not such a permutation: in order), which
    /// changes only when each is made, never the results.
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], takenIn order: [Int]? = nil,
                                                             _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let order = order.flatMap { isPermutation($0, of: items.count) ? $0 : nil }
        var results = [Result?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot, and `concurrentPerform` returns when all are done.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { k in
                let index = order?[k] ?? k
                slots[index] = transform(items[index])
            }
        }
        return results.compactMap { $0 }
    }

    /// Whether `order` holds each of 0..<count exactly once.
    static func isPermutation(_ order: [Int], of count: Int) -> Bool {
        guard order.count == count else { return false }
        var seen = [Bool](repeating: false, count: count)
        for index in order {
            guard index >= 0, index < count, !seen[index] else { return false }
            seen[index] = true
        }
        return true
    }
}
