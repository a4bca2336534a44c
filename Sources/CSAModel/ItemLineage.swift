/// How priorities and themes continue from one edition to another: kept under the same id, or
/// carried on by an item whose `replaces:` names them (a rename, or a merge of several).
extension Publication {
    /// The editions from `from` to `to` following `supersedes:` links (in either direction), both ends
    /// included; nil when the two are not on one line of succession.
    public func succession(from: String, to: String) -> [Edition]? {
        guard let start = edition(from) else { return nil }
        if from == to { return [start] }
        for forward in [true, false] {
            var chain = [start]
            var seen: Set<String> = [from]
            while let last = chain.last,
                  let next = forward ? successor(of: last.id) : last.supersedes.flatMap(edition),
                  !seen.contains(next.id) {
                chain.append(next)
                seen.insert(next.id)
                if next.id == to { return chain }
            }
        }
        return nil
    }

    /// The ids of the items in edition `to` that continue (or, going back in time, were continued by)
    /// the priority or theme `id` of edition `from`. Empty when the item has no counterpart there.
    public func counterparts(of id: String, from: String, in to: String) -> [String] {
        guard let chain = succession(from: from, to: to) else { return [] }
        var ids: Set<String> = [id]
        for (current, next) in zip(chain, chain.dropFirst()) {
            var found: Set<String> = []
            if next.supersedes == current.id {
                for item in next.items where ids.contains(item.id) || !ids.isDisjoint(with: item.replaces) {
                    found.insert(item.id)
                }
            } else {
                for item in current.items where ids.contains(item.id) {
                    if next.hasItem(item.id) { found.insert(item.id) }
                    found.formUnion(item.replaces.filter(next.hasItem))
                }
            }
            ids = found
        }
        return ids.sorted()
    }
}

/// A priority or theme seen only as something that can continue between editions.
public struct LineageItem: Hashable, Sendable {
    public var id: String
    public var replaces: [String]
}

extension Edition {
    /// Priorities and themes together, as lineage items.
    var items: [LineageItem] {
        priorities.map { LineageItem(id: $0.id, replaces: $0.replaces) } + themes.map { LineageItem(id: $0.id, replaces: $0.replaces) }
    }

    func hasItem(_ id: String) -> Bool { priority(id) != nil || theme(id) != nil }
}
