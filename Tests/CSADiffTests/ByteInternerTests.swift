@testable import CSADiff
import Testing
import TestSupport

/// Numbering byte strings: the same bytes the same number, others new numbers in the order first seen,
/// whatever their length (one byte, short, or long) and whatever bytes they hold.
@Suite struct ByteInternerTests {
    @Test func numbersAsADictionaryWould() {
        var rng = SeededRandom(seed: 11)
        var interner = ByteInterner()
        var reference: [[UInt8]: Int] = [:]
        // Few distinct bytes (zero among them) and lengths on both sides of each limit, so that keys repeat
        // and differ only in length or in trailing zeros; enough of them to grow every table.
        for _ in 0..<40_000 {
            let length = Int.random(in: 0...20, using: &rng)
            let key = (0..<length).map { _ in [0, 1, 0x61, 0xFF][Int.random(in: 0..<4, using: &rng)] as UInt8 }
            let expected = reference[key] ?? reference.count
            reference[key] = expected
            #expect(interner.id(key, 0..<key.count) == expected)
        }
        #expect(interner.count == reference.count)
        #expect(reference.count > 5000)
    }
}
