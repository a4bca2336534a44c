import CSADiff
import CSADiffText
import Foundation
import Testing

/// Each format of a small comparison, byte for byte against the files in `Expected/` (read them to see
/// what each format looks like).
@Suite struct DiffFormatsTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")

    static func expected(_ name: String) throws -> String {
        try String(contentsOf: expected.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func terminalPlain() throws {
        let text = DiffTerminalWriter.write(try SmallComparison.comparison(), colour: false)
        #expect(text == (try Self.expected("small.txt")))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func terminalColour() throws {
        let text = DiffTerminalWriter.write(try SmallComparison.comparison(), colour: true)
        #expect(text == (try Self.expected("small-colour.txt")))
        #expect(text.contains("\u{1B}[31;9m2023-24\u{1B}[0m\u{1B}[32;4m2024-25\u{1B}[0m"))
        #expect(!text.contains("[-") && !text.contains("{+"))
    }

    @Test func markdown() throws {
        #expect(DiffMarkdownWriter.write(try SmallComparison.comparison()) == (try Self.expected("small.md")))
    }

    @Test func html() throws {
        let html = DiffHTMLWriter.write(try SmallComparison.comparison())
        #expect(html == (try Self.expected("small.html")))
        // Insertions and deletions are announced, and shown by more than colour.
        #expect(html.contains("<del><span class=\"visually-hidden\">deleted: </span>2023-24</del><ins><span class=\"visually-hidden\">inserted: </span>2024-25</ins>"))
        #expect(html.contains("del { text-decoration: line-through;") && html.contains("ins { text-decoration: underline;"))
    }

    @Test func json() throws {
        #expect(DiffJSONWriter.write(try SmallComparison.comparison()) == (try Self.expected("small.json")))
        // Written a piece at a time (the start, each chapter, the end): the same text.
        var pieces: [[UInt8]] = []
        DiffJSONWriter.write(try SmallComparison.comparison()) { pieces.append(Array($0)) }
        // The start with the first separator, then each chapter and the separator or end after it.
        #expect(pieces.count == 1 + 2 * (try SmallComparison.comparison()).chapters.count)
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == (try Self.expected("small.json")))
    }

    @Test func chapterOnlyLeavesOutTheData() throws {
        let text = DiffTerminalWriter.write(try SmallComparison.comparison(), colour: false, chaptersOnly: true)
        #expect(!text.contains("Priorities and themes") && !text.contains("Actions") && text.contains("Chapters: 1 changed"))
    }
}

/// A comparison narrowed to one chapter (`--chapter`) in every format: that chapter, and none of the
/// data, which each format says it left out.
@Suite struct OneChapterFormatsTests {
    static func narrowed() throws -> EditionComparison {
        try #require(try SmallComparison.comparison().narrowed(toChapter: "introduction"))
    }

    @Test func everyTextFormatLeavesOutTheData() throws {
        let c = try Self.narrowed()
        let note = "Only the chapter introduction is compared: the priorities and themes, actions and measures are left out."
        for text in [DiffTerminalWriter.write(c, colour: false), DiffMarkdownWriter.write(c), DiffHTMLWriter.write(c)] {
            #expect(!text.contains("Priorities") && !text.contains("Actions") && !text.contains("Measures"), "\(text)")
            #expect(text.contains("Chapters: 1 changed"))
            #expect(text.contains(note) || text.contains(note.replacing("-", with: "\\-")))
        }
    }

    @Test func jsonNamesTheChapterAndLeavesOutTheData() throws {
        let json = DiffJSONWriter.write(try Self.narrowed())
        #expect(json.contains(",\"succession\":[\"2023-24\",\"2024-25\"],\"chapter\":\"introduction\",\"summary\":{\"chapters\":{"))
        #expect(!json.contains("\"items\"") && !json.contains("\"actions\"") && !json.contains("\"measures\"") && !json.contains("\"priorities\""))
        // The whole comparison has no "chapter" member.
        #expect(!DiffJSONWriter.write(try SmallComparison.comparison()).contains("\"chapter\":"))
    }
}
