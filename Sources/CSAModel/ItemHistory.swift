/// Whether an item of an edition is a priority or a cross-cutting theme.
public enum ItemKind: String, Hashable, Sendable {
    case priority
    case theme
}

/// One priority or theme of one edition, as a point on a line of history.
public struct EditionItem: Hashable, Sendable {
    public var edition: String
    public var kind: ItemKind
    public var id: String
    public var title: String

    public init(edition: String, kind: ItemKind, id: String, title: String) {
        self.edition = edition
        self.kind = kind
        self.id = id
        self.title = title
    }
}

/// One item on a line of history: the items of the superseded edition it carries on (by keeping their
/// id or naming them in `replaces:`), and the items of the editions that supersede its own that carry it on.
public struct HistoryEntry: Hashable, Sendable {
    public var item: EditionItem
    /// Empty when the item continues nothing the data records: it is new in its edition, or its edition is the first.
    public var continues: [EditionItem]
    public var continuedBy: [EditionItem]

    public init(item: EditionItem, continues: [EditionItem], continuedBy: [EditionItem]) {
        self.item = item
        self.continues = continues
        self.continuedBy = continuedBy
    }
}

/// One edition on a line of history: the line's items in it, and the items of the edition it supersedes that
/// are on the line but that no item of this edition carries on (they ended there).
public struct HistoryStep: Hashable, Sendable {
    public var edition: String
    /// The edition this one supersedes, if any.
    public var previous: String?
    /// Priorities first, then themes, each in the edition's order; empty when the line ended before this edition.
    public var entries: [HistoryEntry]
    /// Items of `previous` on this line that are not carried into this edition.
    public var ended: [EditionItem]

    public init(edition: String, previous: String?, entries: [HistoryEntry], ended: [EditionItem]) {
        self.edition = edition
        self.previous = previous
        self.entries = entries
        self.ended = ended
    }
}

/// The whole line of history of a priority or theme: every item, in every edition, joined to it by what the
/// data records (a kept id or `replaces:` between an edition and the one it supersedes), through renames,
/// merges and splits, themes that became priorities and the reverse. Nothing is inferred from titles.
public struct ItemHistory: Hashable, Sendable {
    /// Oldest edition first. The last step has no entries when the line ended before that edition.
    public var steps: [HistoryStep]

    public init(steps: [HistoryStep]) { self.steps = steps }

    /// Every item on the line, oldest edition first.
    public var items: [EditionItem] { steps.flatMap { $0.entries.map(\.item) } }

    public func contains(_ item: EditionItem) -> Bool { steps.contains { $0.entries.contains { $0.item == item } } }
}

extension Publication {
    /// Every line of history of the publication's priorities and themes, each once, ordered by the edition
    /// and place of its first item.
    public var itemHistories: [ItemHistory] { HistoryGraph(self).lines() }

    /// The line of history the priority or theme `id` of edition `edition` is on; nil when there is no such item.
    public func history(of kind: ItemKind, _ id: String, in edition: String) -> ItemHistory? {
        let graph = HistoryGraph(self)
        guard let node = graph.nodes.firstIndex(where: { $0.edition == edition && $0.kind == kind && $0.id == id }) else { return nil }
        return graph.line(containing: node)
    }
}

/// The items of every edition and the links between them, worked out once.
private struct HistoryGraph {
    let publication: Publication
    /// Every item, in the publication's edition order, priorities before themes.
    var nodes: [EditionItem] = []
    var predecessors: [[Int]] = []
    var successors: [[Int]] = []

    init(_ publication: Publication) {
        self.publication = publication
        var replaces: [[String]] = []
        for edition in publication.editions {
            for p in edition.priorities {
                nodes.append(EditionItem(edition: edition.id, kind: .priority, id: p.id, title: p.title))
                replaces.append(p.replaces)
            }
            for t in edition.themes {
                nodes.append(EditionItem(edition: edition.id, kind: .theme, id: t.id, title: t.title))
                replaces.append(t.replaces)
            }
        }
        var byEdition: [String: [Int]] = [:]
        for (i, node) in nodes.enumerated() { byEdition[node.edition, default: []].append(i) }
        predecessors = Array(repeating: [], count: nodes.count)
        successors = Array(repeating: [], count: nodes.count)
        for (i, node) in nodes.enumerated() {
            guard let previous = publication.edition(node.edition)?.supersedes else { continue }
            for j in byEdition[previous] ?? [] where nodes[j].id == node.id || replaces[i].contains(nodes[j].id) {
                predecessors[i].append(j)
                successors[j].append(i)
            }
        }
    }

    func lines() -> [ItemHistory] {
        var seen = Set<Int>()
        var result: [ItemHistory] = []
        for start in nodes.indices where !seen.contains(start) {
            let members = component(of: start)
            seen.formUnion(members)
            result.append(history(of: members))
        }
        return result
    }

    func line(containing node: Int) -> ItemHistory { history(of: component(of: node)) }

    /// The nodes joined to `start` by links in either direction.
    private func component(of start: Int) -> Set<Int> {
        var members: Set<Int> = [start]
        var queue = [start]
        while let next = queue.popLast() {
            for other in predecessors[next] + successors[next] where members.insert(other).inserted {
                queue.append(other)
            }
        }
        return members
    }

    private func history(of members: Set<Int>) -> ItemHistory {
        let order = Dictionary(uniqueKeysWithValues: publication.editions.enumerated().map { ($0.element.id, $0.offset) })
        var editions = Set(members.map { nodes[$0].edition })
        // An edition that supersedes one of the line's and carries on none of its items there is where those items ended.
        for m in members {
            for later in publication.editions where later.supersedes == nodes[m].edition
                && !successors[m].contains(where: { nodes[$0].edition == later.id }) {
                editions.insert(later.id)
            }
        }
        let steps = editions.sorted { (order[$0] ?? 0, $0) < (order[$1] ?? 0, $1) }.map { e -> HistoryStep in
            let previous = publication.edition(e)?.supersedes
            let entries = members.filter { nodes[$0].edition == e }.sorted().map { i in
                HistoryEntry(item: nodes[i], continues: predecessors[i].sorted().map { nodes[$0] }, continuedBy: successors[i].sorted().map { nodes[$0] })
            }
            let ended = members.filter { m in
                nodes[m].edition == previous && !successors[m].contains { nodes[$0].edition == e }
            }.sorted().map { nodes[$0] }
            return HistoryStep(edition: e, previous: previous, entries: entries, ended: ended)
        }
        return ItemHistory(steps: steps)
    }
}
