import CSAModel
import Testing

/// Names joined as an English sentence lists them: the rule the pages, the papers and the messages share.
@Suite struct EnglishListTests {
    @Test func listsReadAsProse() {
        #expect(EnglishList.and([]) == "")
        #expect(EnglishList.and(["a"]) == "a")
        #expect(EnglishList.and(["a", "b"]) == "a and b")
        #expect(EnglishList.and(["a", "b", "c"]) == "a, b and c")
        #expect(EnglishList.and(["A", "B", "C"]) == "A, B and C")
    }
}
