import CSAModel
import Synchronization
import Testing

/// Work on every core, results in the order of the inputs, whatever order the items are taken in.
@Suite struct ParallelMapTests {
    @Test func resultsComeInTheOrderOfTheItems() {
        let items = Array(0..<500)
        #expect(ParallelMap.map(items) { $0 * 3 } == items.map { $0 * 3 })
        #expect(ParallelMap.map([7]) { $0 + 1 } == [8])
        #expect(ParallelMap.map([Int]()) { $0 } == [])
    }

    @Test func takenInAnotherOrderTheResultsAreTheSame() {
        let items = Array(0..<500)
        let order = items.map { ($0 * 7) % items.count }     // 7 and 500 share no factor: every index once
        #expect(Set(order) == Set(items))
        let made = Mutex(0)
        let results = ParallelMap.map(items, takenIn: order) { item in
            made.withLock { $0 += 1 }
            return "item \(item)"
        }
        #expect(results == items.map { "item \($0)" })
        #expect(made.withLock { $0 } == items.count)
    }

    /// An order that does not take every item exactly once is not followed: no result is lost or repeated.
    @Test func anOrderThatIsNotAPermutationIsNotFollowed() {
        let items = Array(0..<100)
        for order in [[Int](repeating: 0, count: 100), Array(0..<99), Array(1...100), Array(0..<100) + [0]] {
            #expect(ParallelMap.map(items, takenIn: order) { $0 + 1 } == items.map { $0 + 1 })
        }
    }
}
