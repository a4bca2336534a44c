import CSADiff
import CSADiffText
import CSAModel
import Foundation
import Testing

/// Content that could act as markup or drive a terminal is shown as text in every format.
@Suite struct HostileTextTests {
    static let hostile = "<script>alert(1)</script> *bold* [x](y) \u{1B}[31mred \u{7} & \"q\" \u{2028}"

    static func comparison() throws -> EditionComparison {
        var publication = SmallComparison.publication
        publication.editions[1].priorities[1].title = hostile
        publication.editions[1].actions[1].description = hostile
        return try EditionComparison.compare(publication, old: "2023-24", new: "2024-25")
    }

    @Test func terminalEscapesControlCharacters() throws {
        for colour in [false, true] {
            let text = DiffTerminalWriter.write(try Self.comparison(), colour: colour)
            #expect(text.contains("\\u{1B}[31mred \\u{7} & \"q\" \\u{2028}"))
            #expect(!text.contains("\u{1B}[31mred") && !text.contains("\u{7}") && !text.contains("\u{2028}"))
        }
    }

    @Test func markdownEscapesMarkup() throws {
        let text = DiffMarkdownWriter.write(try Self.comparison())
        #expect(text.contains("\\<script\\>alert(1)\\</script\\> \\*bold\\* \\[x\\](y) \u{FFFD}\\[31mred \u{FFFD} \\& \"q\" \u{FFFD}"))
    }

    @Test func htmlEscapesMarkup() throws {
        let html = DiffHTMLWriter.write(try Self.comparison())
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; *bold* [x](y) \u{FFFD}[31mred \u{FFFD} &amp; &quot;q&quot;"))
        #expect(!html.contains("<script>"))
    }

    @Test func jsonEscapesControlCharacters() throws {
        let json = DiffJSONWriter.write(try Self.comparison())
        #expect(json.contains(#""title":"<script>alert(1)</script> *bold* [x](y) \u001b[31mred \u0007 & \"q\" \u2028""#))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let added = (parsed?["items"] as? [String: Any])?["added"] as? [[String: Any]]
        #expect(added?.first?["title"] as? String == Self.hostile)
    }
}
