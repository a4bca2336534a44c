@testable import CSAPapers
import Testing

/// How drafted text writes figures and lists.
@Suite struct DraftTextTests {
    @Test func figures() {
        #expect(DraftText.number(72940, decimals: 0) == "72,940")
        #expect(DraftText.number(1234567.25, decimals: 2) == "1,234,567.25")
        #expect(DraftText.number(999, decimals: 0) == "999")
        #expect(DraftText.number(32.4, decimals: 1) == "32.4")
        #expect(DraftText.number(0.05, decimals: 1) == "0.1")
        #expect(DraftText.number(-6760, decimals: 0) == "\u{2212}6,760")
        #expect(DraftText.number(-0.01, decimals: 0) == "0")
        #expect(DraftText.signed(1.5, decimals: 1) == "+1.5")
        #expect(DraftText.signed(0, decimals: 1) == "0.0")
        #expect(DraftText.signed(-25, decimals: 0) == "\u{2212}25")
    }

    @Test func decimalsAsTheDataGivesThem() {
        #expect(DraftText.decimals(1412) == 0)
        #expect(DraftText.decimals(30.9) == 1)
        #expect(DraftText.decimals(0.125) == 3)
        #expect(DraftText.decimals(1.0 / 3.0) == 3)
    }

    @Test func lists() {
        #expect(DraftText.alternatives(["list", "table"]) == "list or table")
        #expect(DraftText.alternatives(["a", "b", "c"]) == "a, b or c")
    }
}
