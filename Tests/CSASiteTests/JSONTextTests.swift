@testable import CSASite
import Foundation
import Testing

/// JSON written by hand: the exact quoting rule (`quoted`, shared with the command's manifests), strings
/// with forbidden characters replaced (`string`), documents laid out as Foundation's `JSONEncoder` lays
/// them out, and JSON inside `<script>`.
@Suite struct JSONTextTests {
    /// Decodes one JSON string literal with Foundation, as any reader of the files would.
    static func decoded(_ literal: String) -> String? {
        (try? JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String])?.first
    }

    @Test func quotedEscapesQuotesBackslashesAndControlCharacters() {
        #expect(JSONText.quoted("plain / text") == "\"plain / text\"")
        #expect(JSONText.quoted("say \"hi\" \\ back") == "\"say \\\"hi\\\" \\\\ back\"")
        #expect(JSONText.quoted("a\nb\rc\td") == "\"a\\nb\\rc\\td\"")
        #expect(JSONText.quoted("\u{0}\u{1}\u{8}\u{B}\u{C}\u{1B}\u{1F}") == "\"\\u0000\\u0001\\u0008\\u000b\\u000c\\u001b\\u001f\"")
        #expect(JSONText.quoted("line\u{2028}paragraph\u{2029}end") == "\"line\\u2028paragraph\\u2029end\"")
        // Everything else is itself, forbidden characters included: `quoted` loses nothing.
        #expect(JSONText.quoted("café 😀 \u{7F}\u{85}\u{FFFE} ") == "\"café 😀 \u{7F}\u{85}\u{FFFE} \"")
        #expect(JSONText.quoted("") == "\"\"")
    }

    @Test func quotedTextDecodesToTheSameText() {
        var text = String.UnicodeScalarView()
        for value in Array(0...0x2FF) + Array(0x2000...0x206F) + [0xFEFF, 0xFFFD, 0xFFFE, 0x1F600, 0x10FFFF] {
            if let scalar = Unicode.Scalar(value) { text.append(scalar) }
        }
        let original = String(text)
        #expect(Self.decoded(JSONText.quoted(original)) == original)
        #expect(Self.decoded(JSONText.quoted("a/b\\c\"d")) == "a/b\\c\"d")
    }

    @Test func handWrittenJSONStringsAreEscaped() {
        #expect(JSONText.string("a \"b\" \\ c\n\u{0}") == "\"a \\\"b\\\" \\\\ c\\n\u{FFFD}\"")
        #expect(JSONText.string("\u{7F}\u{85}\u{FFFE}\u{1B}x\u{2028}é") == "\"\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}x\\u2028é\"")
    }

    @Test func jsonHoldsNoForbiddenCharacterRawOrEscaped() {
        let json = JSONText.document(.object(["text": .string("a\u{0}b\u{1}c\u{8}d\u{C}e\u{7F}f\u{FFFE}g\n\t\\u0000\u{1F600}")]))
        #expect(json == "{\n  \"text\" : \"a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\\n\\t\\\\u0000\u{1F600}\"\n}\n")
        let decoded = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(decoded?["text"] == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\n\t\\u0000\u{1F600}")
    }

    @Test func documentsAreLaidOutExactly() {
        let value = JSONText.Value.object([
            "b": .array([.number(1200), .number(12.5), .bool(true), .null]),
            "a": .object(["empty": .array([]), "none": .object([:])]),
            "$schema": .string("https://example.org/s.json"),
        ])
        #expect(JSONText.document(value) == """
            {
              "$schema" : "https://example.org/s.json",
              "a" : {
                "empty" : [

                ],
                "none" : {

                }
              },
              "b" : [
                1200,
                12.5,
                true,
                null
              ]
            }

            """)
        #expect(JSONText.document(.array([])) == "[\n\n]\n")
        #expect(JSONText.document(.number(.nan)) == "\"NaN\"\n")
    }

    /// The files kept the layout they had when Foundation's `JSONEncoder` wrote them: the same bytes for
    /// values whose strings hold no character `string` replaces or escapes differently.
    @Test func documentsAreWhatJSONEncoderWrote() throws {
        let numbers: [Double] = [0, -0.0, 1, -5, 0.1, 12.5, 1200, 0.30000000000000004, 123.456, 1e-7, 2.5e-5, 1e12, 1e15, 1e16, 1e20,
                                 1e21, 123456789012, 5e-324, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .infinity, -.infinity, .nan]
        let value = JSONText.Value.object([
            "$schema": .string("https://example.org/a/b.json"),
            "@context": .string("https://schema.org"),
            "numbers": .array(numbers.map(JSONText.Value.number)),
            "text": .strings(["", "plain", "quote \" and \\ backslash", "line\nbreak\r\ttab", "café – 😀", "</script>&"]),
            "supersededBy": .null,
            "supersedes": .optional("2023-24"),
            "nested": .array([.object(["empty": .array([]), "none": .object([:]), "flag": .bool(false)]), .array([.array([])])]),
            "aB": .bool(true), "a_b": .bool(false), "B": .null, "10": .number(10), "9": .number(9),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let expected = String(decoding: try encoder.encode(EncodableValue(value)), as: UTF8.self) + "\n"
        #expect(JSONText.document(value) == expected)
    }

    @Test func jsonForScriptEscapesWhatCouldEndOrChangeTheElement() {
        let json = JSONText.document(.object(["name": .string("</script><script>alert(1)</script><!-- & \u{2028}\u{2029}")]))
        let script = JSONText.forScript(json)
        #expect(script == "{\n  \"name\" : \"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029\"\n}\n")
        let decoded = try? JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: String]
        #expect(decoded?["name"] == "</script><script>alert(1)</script><!-- & \u{2028}\u{2029}")
        // Raw line ends from elsewhere in the text are escaped too.
        #expect(JSONText.forScript("\"\u{2028}\u{2029}<>&\"") == "\"\\u2028\\u2029\\u003c\\u003e\\u0026\"")
    }
}

/// A `JSONText.Value` encoded with Foundation's `JSONEncoder`, to compare the layouts.
private struct EncodableValue: Encodable {
    let value: JSONText.Value

    init(_ value: JSONText.Value) { self.value = value }

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: Encoder) throws {
        switch value {
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .number(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(EncodableValue(item)) }
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for (key, member) in members { try container.encode(EncodableValue(member), forKey: Key(stringValue: key)) }
        }
    }
}
