@testable import CSADiffText
import Testing

/// `ByteStore` keeps every byte in order as it grows past its first room, and `JSONStream.quote` writes
/// the same into a store as into an array.
@Suite struct ByteStoreTests {
    @Test func growsAndKeepsEveryByte() {
        let store = ByteStore(capacity: 1)
        var expected: [UInt8] = []
        for n in 0..<500 {
            let byte = UInt8(n % 251)
            store.append(byte); expected.append(byte)
            let run = [UInt8](repeating: byte &+ 1, count: n % 7)
            run.withUnsafeBufferPointer { store.append($0) }; expected += run
            // Room for up to six bytes, of which `n % 5` are written.
            store.write(atMost: 6) { out in out.update(repeating: 0x20, count: n % 5); return n % 5 }
            expected += [UInt8](repeating: 0x20, count: n % 5)
        }
        #expect(store.count == expected.count)
        #expect(store.withBytes { Array($0) } == expected)
        store.removeAll()
        #expect(store.count == 0)
        store.append(7)
        #expect(store.withBytes { Array($0) } == [7])
    }

    @Test func quotingIntoAStoreMatchesAnArray() {
        for text in ["", "plain", "quote \" and \\ back", "line\nfeed\ttab\r", "\u{1}\u{1F}", "caf\u{E9} \u{2028} \u{2029} \u{2026}",
                     String(repeating: "long run of clean text ", count: 40) + "\"end"] {
            var array: [UInt8] = []
            JSONStream.quote(text, into: &array)
            var sink = ByteStoreSink(store: ByteStore(capacity: 8))
            JSONStream.quoted(text, into: &sink)
            #expect(sink.store.withBytes { Array($0) } == array, "\(text)")
        }
        var array: [UInt8] = []
        JSONStream.quote("a\"b\u{2028}", into: &array)
        #expect(String(decoding: array, as: UTF8.self) == "\"a\\\"b\\u2028\"")
    }
}
