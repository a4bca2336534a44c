import CSADiff
import CSAModel
import Testing

/// A comparison narrowed to one chapter (`--chapter`): that chapter alone, and the data left out and
/// said to be left out.
@Suite struct OneChapterTests {
    @Test func oneChapterAloneAndNoData() throws {
        let whole = try KentContentTests.compare("2018-19", "2024-25")
        #expect(whole.onlyChapter == nil)
        let one = try #require(whole.narrowed(toChapter: "priorities"))
        #expect(one.onlyChapter == "priorities")
        #expect(one.chapters.count == 1 && one.chapters[0].new?.id == "priorities")
        #expect(one.chapters == whole.chapters.filter { $0.new?.id == "priorities" })
        #expect(one.items.links.isEmpty && one.items.added.isEmpty && one.items.removed.isEmpty)
        #expect(one.actions.added.isEmpty && one.actions.changed.isEmpty && one.actions.unchanged == 0)
        #expect(one.measures.compared.isEmpty)
        var counted = whole
        counted.chapters = one.chapters
        #expect(one.summary.chapters == counted.summary.chapters)
        // A chapter only OLD has is found by its id too; an id neither has gives nothing.
        #expect(whole.narrowed(toChapter: "no-such-chapter") == nil)
        #expect(whole.chapterIDs.contains("source-papers") && whole.chapterIDs == whole.chapterIDs.sorted())
    }
}

