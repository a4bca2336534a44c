import CSAModel
@testable import CSASite
import Testing

/// The same page in another edition: a priority split into several (or merged from several) leads to the
/// first of them in that edition's order, and says which they are.
@Suite struct CounterpartTests {
    static func split() -> Publication {
        var publication = HostilePublication.withEarlierEdition()
        var second = publication.editions[1].priorities[0]
        second.id = "p2"
        second.title = "Second half"
        publication.editions[1].priorities[0].title = "First half"
        publication.editions[1].priorities.append(second)
        return publication
    }

    @Test func aSplitPriorityLeadsToTheFirstAndNamesThemAll() {
        let publication = Self.split()
        let frames = FrameBuilder(publication: publication, baseURL: "https://example.org/")
        let later = publication.editions[1], earlier = publication.editions[0]
        let forward = frames.counterpart(of: .priority("2023-24", "p0"), in: later)
        #expect(forward?.page == .priority("2024-25", "p1"))
        #expect(forward?.note == "in that edition this is 2 priorities, First half and Second half; the link goes to the first")
        let back = frames.counterpart(of: .priority("2024-25", "p2"), in: earlier)
        #expect(back?.page == .priority("2023-24", "p0"))
        #expect(back?.note == nil)
    }
}
