import CSADiff
import CSADiffText
import CSAMarkdown
import CSAModel
import Testing
import TestSupport

/// The round trip over every construct CommonMark has, not only those the generator writes: each of the
/// spec's 652 examples is a chapter, compared with the next example (nearly everything replaced), with
/// itself after a word is changed, and with itself (nothing changed). From the comparison alone, and from
/// its JSON alone, OLD's and NEW's chapters are rebuilt exactly.
@Suite struct SpecExampleRoundTripTests {
    /// Every example's Markdown, parsed as a chapter body.
    static let bodies: [(number: Int, markdown: String, body: Document)] = {
        guard let examples = try? CommonMarkSpec.examples() else { return [] }
        return examples.compactMap { example in
            // The reader refuses only a document nested too deeply, which no chapter can then be.
            guard let body = try? MarkdownParser.parse(example.markdown) else { return nil }
            return (example.number, example.markdown, body)
        }
    }()

    static func chapter(_ index: Int, _ number: Int, _ body: Document) -> Chapter {
        Chapter(id: "chapter-\(index)", title: "Example \(number)", order: index + 1, summary: "", body: body,
                bodyStartLine: 1, location: SourceLocation(file: "example-\(number).md"))
    }

    /// The spec's Markdown with its first word of letters changed, so that a block changes in place.
    static func edited(_ markdown: String) -> String {
        guard let range = markdown.range(of: #"[A-Za-z]{2,}"#, options: .regularExpression) else { return markdown + "\nadded\n" }
        return markdown.replacingCharacters(in: range, with: "changed")
    }

    static func roundTrip(old: [Chapter], new: [Chapter]) throws {
        let comparison = try EditionComparison.compare(TwoEditions.publication(old: old, new: new), old: "old", new: "new")
        let expectedOld = old.map(ChapterText.init), expectedNew = new.map(ChapterText.init)
        #expect(comparison.oldChapters == expectedOld)
        #expect(comparison.newChapters == expectedNew)
        let fromJSON = try JSONRebuild.chapters(DiffJSONWriter.write(comparison))
        #expect(fromJSON.old == expectedOld)
        #expect(fromJSON.new == expectedNew)
    }

    @Test func everyExampleIsRead() {
        // A few examples nest beyond what the reader takes; all the others are chapters here.
        #expect(Self.bodies.count > 640)
    }

    /// Ten examples an edition, each compared with the next one in the spec as the same chapter.
    @Test(arguments: Array(stride(from: 0, to: 652, by: 10)))
    func eachExampleReplacedByTheNext(start: Int) throws {
        let slice = Array(Self.bodies.dropFirst(start).prefix(11))
        guard slice.count > 1 else { return }
        let old = slice.dropLast().enumerated().map { Self.chapter($0.offset, $0.element.number, $0.element.body) }
        let new = slice.dropFirst().enumerated().map { Self.chapter($0.offset, $0.element.number, $0.element.body) }
        try Self.roundTrip(old: old, new: new)
    }

    /// Ten examples an edition, each compared with itself after one word is changed, and with itself as it is.
    @Test(arguments: Array(stride(from: 0, to: 652, by: 10)))
    func eachExampleEditedInPlace(start: Int) throws {
        let slice = Array(Self.bodies.dropFirst(start).prefix(10))
        let old = slice.enumerated().map { Self.chapter($0.offset, $0.element.number, $0.element.body) }
        let new = slice.enumerated().map { index, example in
            Self.chapter(index, example.number, FixtureMarkdown.parse(Self.edited(example.markdown)))
        }
        try Self.roundTrip(old: old, new: new)
        try Self.roundTrip(old: old, new: old)
    }
}
