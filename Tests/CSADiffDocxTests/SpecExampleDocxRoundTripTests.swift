import CSADiff
import CSADiffDocx
import CSADocx
import CSAModel
import Foundation
import Testing
import TestSupport

/// The Word document's round trip over every construct CommonMark has: each of the spec's examples is a
/// chapter, compared with the next example and with itself after a word is changed; accepting every
/// tracked change gives exactly NEW's paragraphs, rejecting every change exactly OLD's, and no revision
/// id repeats.
@Suite struct SpecExampleDocxRoundTripTests {
    static func check(old: [Chapter], new: [Chapter]) throws {
        let comparison = try EditionComparison.compare(TwoEditions.publication(old: old, new: new), old: "old", new: "new")
        let document = ComparisonDocument(comparison, author: "P", date: try DocxDateTime(year: 2024, month: 4, day: 1)).document
        let xml = try #require(DocxWriter().parts(for: document).first { $0.path == "word/document.xml" }?.content)
        let newText = DocxRoundTripPropertyTests.paragraphs(new), oldText = DocxRoundTripPropertyTests.paragraphs(old)
        let accepted = try DocxRoundTripPropertyTests.paragraphs(xml, document, accept: true)
        let rejected = try DocxRoundTripPropertyTests.paragraphs(xml, document, accept: false)
        #expect(Array(accepted.suffix(newText.count)) == newText)
        #expect(Array(rejected.suffix(oldText.count)) == oldText)
        #expect(accepted.dropLast(newText.count) == rejected.dropLast(oldText.count))
        try DocxRoundTripPropertyTests.expectFormsRoundTrip(document, old: old, new: new)
        let ids = xml.components(separatedBy: " w:id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count, "a revision id repeats")
    }

    @Test(arguments: Array(stride(from: 0, to: 652, by: 10)))
    func eachExampleReplacedByTheNextAndEdited(start: Int) throws {
        // Every example but the few nested beyond what the reader takes.
        try #require(SpecChapters.examples.count > 640, "the CommonMark spec was not read")
        let slice = Array(SpecChapters.examples.dropFirst(start).prefix(11))
        guard slice.count > 1 else { return }
        try Self.check(old: SpecChapters.chapters(slice.dropLast().map { ($0.number, $0.body) }),
                       new: SpecChapters.chapters(slice.dropFirst().map { ($0.number, $0.body) }))
        let edited = slice.dropLast().map { example in
            (example.number, FixtureMarkdown.parse(SpecChapters.edited(example.markdown)))
        }
        try Self.check(old: SpecChapters.chapters(slice.dropLast().map { ($0.number, $0.body) }), new: SpecChapters.chapters(edited))
    }
}
