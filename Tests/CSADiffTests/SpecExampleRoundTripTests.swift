import CSADiff
import CSADiffText
import CSAModel
import Testing
import TestSupport

/// The round trip over every construct CommonMark has, not only those the generator writes: each of the
/// spec's 652 examples is a chapter, compared with the next example (nearly everything replaced), with
/// itself after a word is changed, and with itself (nothing changed). From the comparison alone, and from
/// its JSON alone, OLD's and NEW's chapters are rebuilt exactly.
@Suite struct SpecExampleRoundTripTests {
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
        #expect(SpecChapters.examples.count > 640)
    }

    /// Ten examples an edition, each compared with the next one in the spec as the same chapter.
    @Test(arguments: Array(stride(from: 0, to: 652, by: 10)))
    func eachExampleReplacedByTheNext(start: Int) throws {
        let slice = Array(SpecChapters.examples.dropFirst(start).prefix(11))
        guard slice.count > 1 else { return }
        try Self.roundTrip(old: SpecChapters.chapters(slice.dropLast().map { ($0.number, $0.body) }),
                           new: SpecChapters.chapters(slice.dropFirst().map { ($0.number, $0.body) }))
    }

    /// Ten examples an edition, each compared with itself after one word is changed, and with itself as it is.
    @Test(arguments: Array(stride(from: 0, to: 652, by: 10)))
    func eachExampleEditedInPlace(start: Int) throws {
        let slice = Array(SpecChapters.examples.dropFirst(start).prefix(10))
        let old = SpecChapters.chapters(slice.map { ($0.number, $0.body) })
        try Self.roundTrip(old: old, new: SpecChapters.chapters(slice.map { ($0.number, FixtureMarkdown.parse(SpecChapters.edited($0.markdown))) }))
        try Self.roundTrip(old: old, new: old)
    }
}
