import CSAModel
import Testing

/// "Did you mean": near names, never the name itself, never a name with nothing of the one written, initials
/// as a near name, and a hint that never ends in an empty list.
@Suite struct NearestNameTests {
    @Test func suggestsTheNearestName() {
        #expect(NearestName.suggest("ambr", from: ["red", "amber", "green"]) == "amber")
        #expect(NearestName.suggest("leads", from: ["id", "lead", "due"]) == "lead")
    }

    /// A reference to something that exists but could not be read is not "did you mean" itself.
    @Test func neverSuggestsTheNameItself() {
        #expect(NearestName.suggest("kcsp-2024-11", from: ["kcsp-2024-11", "scrutiny-2011-07"]) == nil)
        #expect(NearestName.hint("2011-14", from: ["2011-14"]) == nil)
    }

    /// 'x' is not a misspelling of 'id', nor '<<' of 'id': all of the name would have to change.
    @Test func neverSuggestsANameWithNothingOfTheOneWritten() {
        #expect(NearestName.suggest("x", from: ["id", "title"]) == nil)
        #expect(NearestName.suggest("<<", from: ["id", "title"]) == nil)
    }

    @Test func initialsAreANearName() {
        let ids = ["anti-social-behaviour", "domestic-abuse", "violence-against-women-girls"]
        #expect(NearestName.suggest("asbo", from: ids) == "anti-social-behaviour")
        #expect(NearestName.suggest("asb", from: ids) == "anti-social-behaviour")
        #expect(NearestName.suggest("vawg", from: ids) == "violence-against-women-girls")
        #expect(NearestName.suggest("da", from: ids) == "domestic-abuse")
        #expect(NearestName.suggest("xyz", from: ids) == nil)
        #expect(NearestName.suggest("anti-social-behaviour", from: ["asb", "da"]) == "asb")
    }

    @Test func hintListsTheNamesOrSaysThereAreNone() {
        let listing = { (names: String) in "the editions are \(names)" }
        #expect(NearestName.hint("2024-26", from: ["2024-25"], listing: listing, none: "there are none") == "did you mean '2024-25'?")
        #expect(NearestName.hint("1999", from: ["2023-24", "2024-25"], listing: listing, none: "there are none")
                == "the editions are 2023-24, 2024-25")
        #expect(NearestName.hint("2024-25", from: [], listing: listing, none: "there are none") == "there are none")
    }
}
