import CSADiff

/// The chapters in the order the Word document writes them, so that rejecting every change gives OLD's
/// chapters in OLD's order and accepting every change gives NEW's in NEW's order.
///
/// Chapters both editions have in the same order relative to each other (not `moved`) anchor both
/// orders. Between two anchors come OLD's chapters that are not anchors, in OLD's order, each deleted
/// whole, then NEW's, in NEW's order, each inserted whole. So a chapter that moved is deleted whole
/// where OLD has it and inserted whole where NEW has it; a removed or added chapter is where its
/// edition has it.
enum ChapterOrder {
    static func written(_ chapters: [ChapterComparison]) -> [ChapterComparison] {
        let anchors = chapters.filter { $0.old != nil && $0.new != nil && !$0.moved }
        var oldOnly: [(order: Int, chapter: ChapterComparison)] = []
        var newOnly: [(order: Int, chapter: ChapterComparison)] = []
        for c in chapters where !(c.old != nil && c.new != nil && !c.moved) {
            if let old = c.old {
                oldOnly.append((old.order, ChapterComparison(match: .removed, old: old, new: nil, moved: c.moved, title: [], summary: [],
                                                             blocks: c.blocks.oldBlocks.map { .deleted($0) })))
            }
            if let new = c.new {
                newOnly.append((new.order, ChapterComparison(match: .added, old: nil, new: new, moved: c.moved, title: [], summary: [],
                                                             blocks: c.blocks.newBlocks.map { .inserted($0) })))
            }
        }
        oldOnly.sort { $0.order < $1.order }
        newOnly.sort { $0.order < $1.order }
        var out: [ChapterComparison] = []
        var o = 0, n = 0
        for anchor in anchors + [nil] as [ChapterComparison?] {
            while o < oldOnly.count, anchor.map({ oldOnly[o].order < ($0.old?.order ?? .max) }) ?? true { out.append(oldOnly[o].chapter); o += 1 }
            while n < newOnly.count, anchor.map({ newOnly[n].order < ($0.new?.order ?? .max) }) ?? true { out.append(newOnly[n].chapter); n += 1 }
            if let anchor { out.append(anchor) }
        }
        return out
    }
}
