@testable import csa
import Testing

/// The digest behind incremental builds is MurmurHash3 x64 128 (seed 0), checked against the published
/// vectors, with every tail length, and as the cache writes and reads it.
@Suite struct DigestTests {
    @Test func publishedVectors() {
        let vectors: [(String, UInt64, UInt64)] = [
            ("", 0, 0),
            ("hello", 0xcbd8_a7b3_41bd_9b02, 0x5b1e_906a_48ae_1d19),
            ("hello, world", 0x342f_ac62_3a5e_bc8e, 0x4cdc_bc07_9642_414d),
            ("19 Jan 2038 at 3:14:07 AM", 0xb89e_5988_b737_affc, 0x664f_c295_0231_b2cb),
            ("The quick brown fox jumps over the lazy dog.", 0xcd99_481f_9ee9_02c9, 0x695d_a1a3_8987_b6e7),
        ]
        for (text, high, low) in vectors {
            #expect(Digest(text) == Digest(high: high, low: low), "\(text)")
            #expect(Digest(Array(text.utf8)) == Digest(high: high, low: low), "\(text)")
        }
    }

    @Test func everyLengthAndEveryByteCounts() {
        let bytes = (0..<64).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        var seen: Set<Digest> = []
        for length in 0...bytes.count {
            #expect(seen.insert(Digest(bytes[..<length])).inserted, "length \(length) repeats a digest")
            for i in 0..<length {
                var flipped = Array(bytes[..<length])
                flipped[i] ^= 1
                #expect(Digest(flipped) != Digest(bytes[..<length]), "byte \(i) of \(length) is not counted")
            }
        }
        #expect(Digest(parts: [Digest("a"), Digest("b")]) != Digest(parts: [Digest("b"), Digest("a")]))
    }

    @Test func hexRoundTrip() {
        let digest = Digest("hello")
        #expect(digest.description == "cbd8a7b341bd9b025b1e906a48ae1d19")
        #expect(Digest(hex: Substring(digest.description)) == digest)
        #expect(Digest(hex: "xyz") == nil)
    }

    @Test func cacheRoundTripSkipsWhatItCannotRead() {
        let cache = BuildCache(inputs: Digest("inputs"), [BuildCache.Entry(path: "a b/c.html", key: Digest("k"), digest: Digest("d"), size: 12),
                                BuildCache.Entry(path: "index.html", key: Digest("k2"), digest: Digest("d2"), size: 0)])
        #expect(BuildCache.parse(cache.bytes) == cache)
        let k = Digest("k").description, d = Digest("d").description
        let damaged = Array((String(decoding: cache.bytes, as: UTF8.self) + "nonsense line\n0 0 0 ../escape\n"
                             + "\(k) \(d) 12 ../escape.html\n\(k) \(d) +12 plus.html\n\(k) \(d) 1x2 letter.html\n\(k) \(d)  12 gap.html\n"
                             + "\(k) \(d) 12\n\(k) \(d) 12 \n\(k.dropLast())g \(d) 12 hex.html\n\(k)0 \(d) 12 long.html\n").utf8)
        #expect(BuildCache.parse(damaged) == cache)
        // Upper-case digits are digits too.
        let upper = Array("csa build cache 1 \(Digest("inputs").description.uppercased())\n\(k.uppercased()) \(d) 7 x.html\n".utf8)
        #expect(BuildCache.parse(upper) == BuildCache(inputs: Digest("inputs"), [BuildCache.Entry(path: "x.html", key: Digest("k"), digest: Digest("d"), size: 7)]))
        #expect(BuildCache.parse(Array("another format\n".utf8)) == nil)
        #expect(BuildCache.parse(Array("csa build cache 1\n".utf8)) == nil)
    }

    @Test func frontMatterEndsAfterItsClosingLine() {
        let chapter = Array("---\nid: a\ntitle: A\n---\n## Body\n".utf8)
        #expect(InputDigests.frontMatterEnd(chapter) == 23)
        #expect(String(decoding: chapter[..<23], as: UTF8.self) == "---\nid: a\ntitle: A\n---\n")
        // Anything unusual counts as front matter throughout, so a change anywhere in it changes every page.
        #expect(InputDigests.frontMatterEnd(Array("---\r\nid: a\r\n---\r\nBody".utf8)) == nil)
        #expect(InputDigests.frontMatterEnd(Array("id: a\n---\nBody".utf8)) == nil)
        #expect(InputDigests.frontMatterEnd(Array("---\nid: a\n".utf8)) == nil)
        #expect(InputDigests.isChapter("editions/2024-25/chapters/01-a.md"))
        #expect(!InputDigests.isChapter("editions/2024-25/priorities.yml"))
    }
}
