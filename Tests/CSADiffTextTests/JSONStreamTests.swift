@testable import CSADiffText
import Foundation
import Testing

/// The JSON writer's own output: compact at any depth, numbers, empty containers.
@Suite struct JSONStreamTests {
    static func text(_ body: (inout JSONStream) -> Void) -> String {
        var json = JSONStream()
        body(&json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    @Test func numbersAreWrittenInFull() {
        let numbers = [0, 7, 10, 99, 100, 999, 1000, 9999, 10_000, 123_456_789, -1, -10_000, Int.min]
        let text = Self.text { json in json.array(numbers) { $0.int($1) } }
        #expect(text == "[" + numbers.map { "\($0)" }.joined(separator: ",") + "]")
    }

    @Test func deepNestingHasNoSpaceOrLineBreak() {
        func nest(_ json: inout JSONStream, _ level: Int) {
            if level == 0 { json.object { json in json.member("a", 1); json.member("b", "two") }; return }
            json.array { json in json.item(); nest(&json, level - 1); json.item(); json.int(level) }
        }
        let depth = 40
        var expected = "{\"a\":1,\"b\":\"two\"}"
        for level in 1...depth { expected = "[" + expected + ",\(level)]" }
        #expect(Self.text { nest(&$0, depth) } == expected)
        #expect(Self.text { $0.object { _ in } } == "{}")
        #expect(Self.text { $0.array { _ in } } == "[]")
    }

    /// An array written from its items in place reads exactly as one written from copies of them, empty too.
    @Test func anArrayWrittenInPlaceIsTheSame() {
        for words in [[], ["one"], ["plan", "Kent \"quoted\"", "", "caf\u{E9}"]] {
            let copied = Self.text { $0.array(words) { json, word in json.object { $0.member("text", word) } } }
            let inPlace = Self.text { $0.array(inPlace: words) { json, word in json.object { $0.member("text", word.pointee) } } }
            #expect(inPlace == copied)
        }
        #expect(Self.text { $0.array(inPlace: ["a", "b"]) { $0.string($1.pointee) } } == "[\"a\",\"b\"]")
    }

    @Test func aDocumentWrittenAPieceAtATimeIsTheSame() {
        let whole = Self.text { json in
            json.object { json in
                json.member("a", 1)
                json.key("list"); json.array([1, 2]) { $0.int($1) }
            }
        }
        var pieces: [String] = []
        var json = JSONStream()
        json.begin(UInt8(ascii: "{"))
        json.member("a", 1)
        json.key("list")
        json.begin(UInt8(ascii: "["))
        for n in [1, 2] {
            json.item()
            json.flush { pieces.append(String(decoding: $0, as: UTF8.self)) }
            json.int(n)
        }
        json.end(UInt8(ascii: "]"))
        json.end(UInt8(ascii: "}"))
        json.flush { pieces.append(String(decoding: $0, as: UTF8.self)) }
        #expect(pieces == ["{\"a\":1,\"list\":[", "1,", "2]}"])
        #expect(pieces.joined() == whole)
    }

    /// The escaping rules written out one character at a time.
    static func reference(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test func everyCharacterThatNeedsAnEscapeIsEscapedWhereverItFalls() {
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2027}", "\u{E9}", "\u{20AC}", "\u{7F}", " "]
        for special in specials {
            for before in 0..<18 {
                for after in [0, 1, 7, 8, 9] {
                    let text = String(repeating: "a", count: before) + special + String(repeating: "b", count: after)
                    var bytes: [UInt8] = []
                    JSONStream.quote(text, into: &bytes)
                    #expect(String(decoding: bytes, as: UTF8.self) == Self.reference(text), "\(text.debugDescription)")
                }
            }
        }
    }

    /// A template copied at any depth, as a member or an array's item, reads exactly as the same value
    /// written in place.
    @Test func aTemplateReadsAsTheValueWrittenInPlace() {
        func write(_ json: inout JSONStream) {
            json.object { json in
                json.member("kind", "paragraph")
                json.key("containers"); json.array(strings: [])
            }
        }
        let template = JSONTemplate(write)
        func nested(_ levels: Int, _ value: (inout JSONStream) -> Void) -> String {
            var json = JSONStream()
            func open(_ left: Int, _ json: inout JSONStream) {
                if left == 0 {
                    json.object { json in json.key("shape"); value(&json); json.member("n", 1) }
                } else {
                    json.array { json in json.item(); open(left - 1, &json); json.item(); json.int(left) }
                }
            }
            open(levels, &json)
            return String(decoding: json.bytes, as: UTF8.self)
        }
        for levels in 0..<6 {
            let inPlace = nested(levels) { write(&$0) }
            #expect(nested(levels) { $0.value(template) } == inPlace)
            #expect(inPlace.contains("{\"kind\":\"paragraph\",\"containers\":[]}"))
        }
    }
}
