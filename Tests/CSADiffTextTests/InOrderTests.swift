@testable import CSADiffText
import Testing

/// Items made in parallel and handed out in order, each after the array's separator.
@Suite struct InOrderTests {
    struct Stop: Error, Equatable { let at: Int }

    /// Text for item `n`, made with some work that varies from item to item, so that items finish out of order.
    @Sendable static func make(_ n: Int) -> JSONStream {
        var x = UInt64(n) &+ 1
        for _ in 0..<((n * 7919) % 5000) { x = x &* 6364136223846793005 &+ 1442695040888963407 }
        var json = JSONStream()
        json.int(n)
        if x == 0 { json.null() }     // never: it keeps the work from being left out
        return json
    }

    @Test func itemsComeOutInOrderWithTheirSeparators() {
        let items = Array(0..<300)
        var array = JSONStream()
        array.begin(UInt8(ascii: "["))
        var out: [UInt8] = []
        InOrder.write(items, into: &array, to: { out.append(contentsOf: $0) }, Self.make)
        array.end(UInt8(ascii: "]"))
        array.flush { out.append(contentsOf: $0) }
        var expected = JSONStream()
        expected.array(items) { $0.int($1) }
        #expect(String(decoding: out, as: UTF8.self) == String(decoding: expected.bytes, as: UTF8.self))

        var empty = JSONStream()
        empty.begin(UInt8(ascii: "["))
        InOrder.write([Int](), into: &empty, to: { _ in Issue.record("nothing to hand out") }, Self.make)
        empty.end(UInt8(ascii: "]"))
        #expect(empty.bytes == Array("[]".utf8))
    }

    @Test func theFirstErrorStopsTheWriting() {
        var array = JSONStream()
        array.begin(UInt8(ascii: "["))
        var calls = 0
        #expect(throws: Stop(at: 9)) {
            try InOrder.write(Array(0..<100), into: &array, to: { (_: UnsafeBufferPointer<UInt8>) throws(Stop) in
                calls += 1
                if calls == 9 { throw Stop(at: calls) }
            }, Self.make)
        }
        #expect(calls == 9)
    }
}
