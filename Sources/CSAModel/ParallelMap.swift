import Dispatch

/// Runs independent pieces of work on every core and gives their results in the order of their inputs,
/// so that whatever is made from them (a publication, diagnostics, a comparison) is the same as a serial
/// run makes. Used by the readers (chapter files) and the comparison (chapters); it touches no files.
public enum ParallelMap {
    /// `transform` applied to each of `items`, in parallel; the results in the order of `items`.
    /// `transform` must not touch shared mutable state.
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        var results = [Result?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot, and `concurrentPerform` returns when all are done.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots[index] = transform(items[index])
            }
        }
        return results.compactMap { $0 }
    }
}
