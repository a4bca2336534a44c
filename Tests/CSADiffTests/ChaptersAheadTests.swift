import CSADiff
import CSAModel
import Testing
import TestSupport

/// Pairs of chapters compared while the editions are read (`ChaptersAhead`, offered each chapter as it is
/// read, in any order, from any thread) give exactly the comparison made after reading; a pair is taken
/// from there only when both its chapters come from the files offered.
@Suite struct ChaptersAheadTests {
    @Test(arguments: [UInt64(3), 17, 41])
    func theSameComparisonAsAfterReading(seed: UInt64) throws {
        let (old, new) = GeneratedEditions.pair(seed: seed, chapters: 6, blocks: 3...10, edits: 20)
        let publication = TwoEditions.publication(old: old.map(\.chapter), new: new.map(\.chapter))
        let after = try EditionComparison.compare(publication, old: "old", new: "new")
        let ahead = ChaptersAhead(old: "old", new: "new")
        // Offered as parallel reading offers them: NEW's and OLD's mixed, in no particular order, at once.
        let offers = (new.map { ($0.chapter, "new") } + old.map { ($0.chapter, "old") }).reversed()
        _ = ParallelMap.map(Array(offers)) { chapter, edition in ahead.offer(chapter, edition: edition) }
        #expect(try EditionComparison.compare(publication, old: "old", new: "new", ahead: ahead) == after)
    }

    /// The comparison of `publication`'s editions `old` and `new` with `ahead` offered `offers` (a chapter
    /// and the edition it is said to be read from) first.
    static func compare(_ publication: Publication, old: String, new: String, offers: [(Chapter, String)]) throws -> EditionComparison {
        let ahead = ChaptersAhead(old: old, new: new)
        for (chapter, edition) in offers { ahead.offer(chapter, edition: edition) }
        return try EditionComparison.compare(publication, old: old, new: new, ahead: ahead)
    }

    @Test func aPairIsTakenOnlyFromTheFilesOffered() throws {
        let (old, new) = GeneratedEditions.pair(seed: 5, chapters: 2, blocks: 3...6, edits: 4)
        let publication = TwoEditions.publication(old: old.map(\.chapter), new: new.map(\.chapter))
        let after = try EditionComparison.compare(publication, old: "old", new: "new")
        var stand = new[0].chapter
        stand.body = Document(blocks: [])
        var moved = stand
        moved.location = SourceLocation(file: "elsewhere.md")
        // From another file: passed over.
        #expect(try Self.compare(publication, old: "old", new: "new", offers: [(old[0].chapter, "old"), (moved, "new")]) == after)
        // From the same file: taken (so the reader must offer the chapter the publication then holds).
        #expect(try Self.compare(publication, old: "old", new: "new", offers: [(old[0].chapter, "old"), (stand, "new")]) != after)
        // Chapters of another edition, or of one edition compared with itself, are never paired.
        #expect(try Self.compare(publication, old: "old", new: "new", offers: [(old[0].chapter, "old"), (stand, "older")]) == after)
        #expect(try Self.compare(publication, old: "old", new: "old", offers: [(old[0].chapter, "old"), (stand, "old")])
                == EditionComparison.compare(publication, old: "old", new: "old"))
    }
}
