/// The comparison narrowed to one chapter (`csa diff --chapter ID`): that chapter alone, without the
/// other chapters, the priorities and themes, the actions and the measures.
extension EditionComparison {
    /// The chapter with id `id` on either side, alone; nil when neither edition has a chapter with that
    /// id. The data's comparisons are left empty and `onlyChapter` says why, so that every writer leaves
    /// them out rather than reporting no change.
    public func narrowed(toChapter id: String) -> EditionComparison? {
        let kept = chapters.filter { $0.old?.id == id || $0.new?.id == id }
        guard !kept.isEmpty else { return nil }
        var one = self
        one.chapters = kept
        one.items = ItemComparison(links: [], added: [], removed: [])
        one.actions = ActionComparison(added: [], removed: [], changed: [], unchanged: 0)
        one.measures = MeasureComparison(added: [], removed: [], compared: [])
        one.onlyChapter = id
        return one
    }

    /// Every chapter id of either side, sorted: what `--chapter` may name.
    public var chapterIDs: [String] {
        Array(Set(chapters.flatMap { [$0.old?.id, $0.new?.id].compactMap { $0 } })).sorted()
    }
}
