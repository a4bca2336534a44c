import CSAModel

/// Pairs the priorities and themes of two editions: by id, then through `replaces:` (followed along the
/// editions between, in either direction, by `Publication.counterparts`), grouping linked items into
/// renames, merges and splits; then, among items still left on both sides, pairs whose titles and
/// descriptions are both clearly alike, reported as "possibly renamed".
enum ItemMatching {
    /// The least word similarity of two leftover items' titles, and of their descriptions, for a
    /// "possibly renamed" pair.
    static let alikeTitles = 0.5
    static let alikeDescriptions = 0.5

    /// A priority or theme with what a comparison needs of it.
    struct Entry {
        var side: ItemSide
        var description: Document
        var lead: String
        var themes: [String]
    }

    static func entries(_ edition: Edition) -> [Entry] {
        edition.priorities.map { Entry(side: ItemSide(kind: .priority, id: $0.id, title: $0.title), description: $0.description, lead: $0.lead, themes: $0.themes) }
            + edition.themes.map { Entry(side: ItemSide(kind: .theme, id: $0.id, title: $0.title), description: $0.description, lead: $0.lead, themes: []) }
    }

    static func compare(_ publication: Publication, old: Edition, new: Edition) -> ItemComparison {
        let olds = entries(old), news = entries(new)
        let newIndex = Dictionary(news.enumerated().map { ($1.side.id, $0) }, uniquingKeysWith: { a, _ in a })
        let related = publication.succession(from: old.id, to: new.id) != nil
        // Edges old index → new indices.
        var edges: [Int: [Int]] = [:]
        for (x, entry) in olds.enumerated() {
            let ids = related ? publication.counterparts(of: entry.side.id, from: old.id, in: new.id) : [entry.side.id]
            let targets = ids.compactMap { newIndex[$0] }
            if !targets.isEmpty { edges[x] = targets }
        }
        // Connected components of the link graph.
        var parent = Array(0..<(olds.count + news.count))
        func find(_ v: Int) -> Int {
            var v = v
            while parent[v] != v { parent[v] = parent[parent[v]]; v = parent[v] }
            return v
        }
        for (x, ys) in edges { for y in ys { parent[find(x)] = find(olds.count + y) } }
        var groups: [Int: (old: [Int], new: [Int])] = [:]
        for x in edges.keys.sorted() { groups[find(x), default: ([], [])].old.append(x) }
        for y in news.indices {
            let key = find(olds.count + y)
            if var group = groups[key] {
                group.new.append(y)
                groups[key] = group
            }
        }

        var links: [(first: Int, link: ItemLink)] = []
        var oldLeft = Set(olds.indices), newLeft = Set(news.indices)
        for group in groups.values {
            let o = group.old.sorted(), n = group.new.sorted()
            let relation: ItemLink.Relation
            switch (o.count, n.count) {
            case (1, 1): relation = olds[o[0]].side.id == news[n[0]].side.id ? .same : .renamed
            case (_, 1): relation = .merged
            case (1, _): relation = .split
            default: relation = .regrouped
            }
            o.forEach { oldLeft.remove($0) }
            n.forEach { newLeft.remove($0) }
            links.append((n[0], ItemLink(relation: relation, old: o.map { olds[$0].side }, new: n.map { news[$0].side }, changes: nil)))
        }
        // Leftovers: clearly alike in title and description, best first.
        var candidates: [(Double, Int, Int)] = []
        for x in oldLeft.sorted() {
            for y in newLeft.sorted() {
                let title = Similarity.dice(olds[x].side.title, news[y].side.title)
                let description = Similarity.dice(olds[x].description.plainText, news[y].description.plainText)
                if title >= alikeTitles && description >= alikeDescriptions { candidates.append((title + description, x, y)) }
            }
        }
        candidates.sort { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }
        for (_, x, y) in candidates where oldLeft.contains(x) && newLeft.contains(y) {
            oldLeft.remove(x); newLeft.remove(y)
            links.append((y, ItemLink(relation: .possiblyRenamed, old: [olds[x].side], new: [news[y].side], changes: nil)))
        }
        links.sort { $0.first < $1.first }

        // Which new ids each old id continues in, for the themes a priority supports.
        var continuesIn: [String: Set<String>] = [:]
        for (_, link) in links { for o in link.old { continuesIn[o.id, default: []].formUnion(link.new.map(\.id)) } }
        let oldByID = Dictionary(olds.map { ($0.side.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newByID = Dictionary(news.map { ($0.side.id, $0) }, uniquingKeysWith: { a, _ in a })
        func body(_ id: String) -> BodyName { BodyName(id: id, name: publication.site.body(id)?.name ?? id) }

        let finished: [ItemLink] = links.map { entry in
            var link = entry.link
            guard link.old.count == 1, link.new.count == 1,
                  let o = oldByID[link.old[0].id], let n = newByID[link.new[0].id] else { return link }
            let oldThemes = o.themes, newThemes = n.themes
            let removed = oldThemes.filter { continuesIn[$0, default: []].isDisjoint(with: newThemes) }
            let added = newThemes.filter { id in !oldThemes.contains { continuesIn[$0, default: []].contains(id) } }
            link.changes = ItemChanges(
                title: WordDiff.compare([TextRun(o.side.title)], [TextRun(n.side.title)]),
                lead: ValueChange.between(body(o.lead), body(n.lead)),
                themesAdded: added.map { newByID[$0]?.side ?? ItemSide(kind: .theme, id: $0, title: $0) },
                themesRemoved: removed.map { oldByID[$0]?.side ?? ItemSide(kind: .theme, id: $0, title: $0) },
                description: BlockAlignment.align(DocumentText.blocks(of: o.description), DocumentText.blocks(of: n.description)))
            return link
        }
        return ItemComparison(links: finished,
                              added: newLeft.sorted().map { news[$0].side },
                              removed: oldLeft.sorted().map { olds[$0].side })
    }
}
