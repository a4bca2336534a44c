import CSAModel

/// The one-line summary of a content folder that `csa check` prints when all is well.
struct ContentSummary {
    let publication: Publication

    init(_ publication: Publication) { self.publication = publication }

    var line: String {
        let editions = publication.editions
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        let parts = [
            count(editions.count, "edition"),
            count(editions.map(\.chapters.count).reduce(0, +), "chapter"),
            count(editions.map(\.priorities.count).reduce(0, +), "priority").replacingOccurrences(of: "prioritys", with: "priorities"),
            count(editions.map(\.themes.count).reduce(0, +), "theme"),
            count(editions.map(\.actions.count).reduce(0, +), "action"),
            count(editions.map(\.measures.count).reduce(0, +), "measure"),
        ] + (publication.papers.isEmpty ? [] : [count(publication.papers.count, "paper")])
        return "ok: " + parts.joined(separator: ", ")
    }
}
