import CSADiff
import CSAModel

/// The words every text format of a comparison shares: headings, summary lines, how a relation, a
/// trend or a formatting change is said. Plain British English, no markup.
public enum DiffWording {
    /// "Changes from 2018-19 to 2024-25".
    public static func title(_ c: EditionComparison) -> String {
        "Changes from \(c.old.id) to \(c.new.id)"
    }

    /// The sentence that says which way the comparison runs, when NEW is the earlier edition.
    public static func direction(_ c: EditionComparison) -> String? {
        guard c.newIsOlder else { return nil }
        return "\(c.new.id) is the earlier edition, so this comparison runs back in time: \"added\" means only \(c.new.id) has it, and \"ended\" or \"removed\" means only \(c.old.id) has it."
    }

    /// A note when the two editions are not one after the other.
    public static func succession(_ c: EditionComparison) -> String? {
        if c.succession.isEmpty {
            return "\(c.old.id) and \(c.new.id) are not on one line of editions, so priorities and themes are matched by id only."
        }
        if c.succession.count > 2 {
            return "Renames and merges are followed through \(c.succession.dropFirst().dropLast().joined(separator: ", "))."
        }
        return nil
    }

    /// A note when the comparison was narrowed to one chapter (`--chapter`).
    public static func onlyChapter(_ c: EditionComparison) -> String? {
        c.onlyChapter.map { "Only the chapter \($0) is compared: the priorities and themes, actions and measures are left out." }
    }

    /// "1 renamed, 2 added, 1 ended" (only the non-zero counts), or "no change".
    public static func items(_ i: ComparisonSummary.Items) -> String {
        list([(i.added, "added"), (i.removed, "ended"), (i.renamed, "renamed"), (i.merged, "merged"), (i.split, "split"),
              (i.regrouped, "regrouped"), (i.possiblyRenamed, "possibly renamed"), (i.changed, "changed"), (i.unchanged, "unchanged")])
    }

    public static func actions(_ a: ComparisonSummary.Actions) -> String {
        var out = list([(a.added, "added"), (a.removed, "removed"), (a.changed, "changed"), (a.unchanged, "unchanged")])
        let details = [count(a.statusChanges, "status change", "status changes"), count(a.dueDatesMoved, "due date moved", "due dates moved"),
                       count(a.newUpdates, "new progress update", "new progress updates")].compactMap { $0 }
        if !details.isEmpty { out += " (" + details.joined(separator: ", ") + ")" }
        return out
    }

    public static func measures(_ m: ComparisonSummary.Measures) -> String {
        list([(m.added, "added"), (m.removed, "removed"), (m.better, "better"), (m.worse, "worse"), (m.noChange, "no change"),
              (m.notComparable, "not comparable")])
    }

    public static func chapters(_ c: ComparisonSummary.Chapters) -> String {
        var out = list([(c.changed, "changed"), (c.unchanged, "unchanged"), (c.added, "added"), (c.removed, "removed"),
                        (c.renamed, "renamed"), (c.moved, "moved")])
        let b = c.blocks
        if b.hasChanges { out += "; blocks: \(blocks(b)); words: \(c.wordsDeleted) deleted, \(c.wordsInserted) inserted" }
        return out
    }

    /// "2 changed, 5 inserted, 3 deleted, 1 moved" (only the non-zero counts), or "no change".
    public static func blocks(_ b: BlockEditCounts) -> String {
        list([(b.changed, "changed"), (b.inserted, "inserted"), (b.deleted, "deleted"), (b.moved, "moved")])
    }

    /// Blocks counted by kind, in the order each kind first appears, with `adjective` on the first:
    /// "4 unchanged paragraphs", "1 unchanged heading and 3 paragraphs", "2 list items and 1 paragraph".
    public static func blocks(_ blocks: [BlockText], _ adjective: String? = nil) -> String {
        var names: [String] = []
        var counts: [String: Int] = [:]
        for block in blocks {
            let name = block.shape.name
            if counts[name] == nil { names.append(name) }
            counts[name, default: 0] += 1
        }
        let parts = names.enumerated().map { i, name in
            let n = counts[name] ?? 0
            return "\(n) \(i == 0 ? adjective.map { "\($0) " } ?? "" : "")\(name)\(n == 1 ? "" : "s")"
        }
        return parts.isEmpty ? "no blocks" : EnglishList.and(parts)
    }

    private static func count(_ n: Int, _ one: String, _ many: String) -> String? {
        n == 0 ? nil : "\(n) \(n == 1 ? one : many)"
    }

    private static func list(_ counts: [(Int, String)]) -> String {
        let parts = counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return parts.isEmpty ? "no change" : parts.joined(separator: ", ")
    }

    /// "Priority", "Theme".
    public static func kind(_ kind: ItemSide.Kind) -> String { kind == .priority ? "Priority" : "Theme" }

    /// `Priority "Road Safety" (road-safety)`.
    public static func item(_ side: ItemSide) -> String { "\(kind(side.kind).lowercased()) \"\(side.title)\" (\(side.id))" }

    /// The label of a link: "Renamed", "Merged", "Possibly renamed (a guess: no replaces: records it)".
    public static func relation(_ link: ItemLink) -> String {
        switch link.relation {
        case .same: return link.kindChanged ? "Changed kind" : "Changed"
        case .renamed: return "Renamed"
        case .merged: return "Merged"
        case .split: return "Split"
        case .regrouped: return "Regrouped"
        case .possiblyRenamed: return "Possibly renamed"
        }
    }

    /// The sentence under a "possibly renamed" link.
    public static let possiblyRenamedNote = "a guess from alike titles and descriptions: no replaces: entry records it"

    /// The items a link joins: `priority "A" (a) → priority "B" (b)`, several joined with "and".
    public static func link(_ link: ItemLink) -> String {
        if link.relation == .same, let old = link.old.first, let new = link.new.first, old == new { return item(new) }
        return link.old.map(item).joined(separator: " and ") + " → " + link.new.map(item).joined(separator: " and ")
    }

    /// "Amber", with the status meaning when asked.
    public static func status(_ status: ActionStatus) -> String { status.label }

    /// "2024-12-10".
    public static func date(_ date: CalendarDate) -> String { date.description }

    /// "Green → Amber".
    public static func statusChange(_ change: ValueChange<ActionStatus>) -> String { "\(change.old.label) → \(change.new.label)" }

    /// "2019-03-31 → 2024-12-10 (later)".
    public static func dueChange(_ change: ValueChange<CalendarDate>) -> String {
        "\(change.old) → \(change.new) (\(change.new > change.old ? "later" : "earlier"))"
    }

    /// A number as the data gives it: whole numbers without a decimal point.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// "648 (2016-17)".
    public static func figure(_ value: MeasureValue?) -> String {
        guard let value else { return "no figure" }
        return "\(number(value.value)) (\(value.period))"
    }

    /// "better", "worse", "no change", "not comparable".
    public static func trend(_ trend: Trend) -> String {
        switch trend {
        case .better: return "better"
        case .worse: return "worse"
        case .noChange: return "no change"
        case .notComparable: return "not comparable"
        }
    }

    /// "lower is better".
    public static func direction(_ d: Direction) -> String { d.sentence.prefix(1).lowercased() + d.sentence.dropFirst() }

    /// How a run is set: "plain", "bold", "italic, link to https://…".
    public static func style(_ style: RunStyle) -> String {
        var parts: [String] = []
        if style.strong { parts.append("bold") }
        if style.emphasis { parts.append("italic") }
        if style.code { parts.append("code") }
        if let link = style.link { parts.append("link to \(link)") }
        if let image = style.image { parts.append("image \(image)") }
        return parts.isEmpty ? "plain" : parts.joined(separator: ", ")
    }

    /// `"Kent Police": plain → bold`.
    public static func formatChange(_ change: FormatChange) -> String {
        "\"\(change.text)\": \(style(change.old)) → \(style(change.new))"
    }

    /// The heading of one chapter's changes: `Chapter 3 "Priorities" (priorities)`, `Appendix A "…"`.
    public static func chapter(_ side: ChapterSide) -> String {
        (side.appendix.map { "Appendix \($0)" } ?? "Chapter \(side.order)") + " \"\(side.title)\" (\(side.id))"
    }

    /// How a block changed its form, when it did: "now a level 3 heading", "now a list item", "now in a
    /// numbered list", "now set out differently"; nil when its form is the same.
    public static func shapeChange(_ old: BlockShape, _ new: BlockShape) -> String? {
        guard old != new else { return nil }
        if old.kind == .heading, new.kind == .heading, old.level != new.level { return "now a level \(new.level) heading" }
        if old.name != new.name { return "now a \(new.name)" }
        switch (old.containers.last, new.containers.last) {
        case (.bullet?, .numbered?): return "now in a numbered list"
        case (.numbered?, .bullet?): return "now in a bulleted list"
        default: return "now set out differently"
        }
    }

    /// A block's kind for a report's label: its name ("heading", "list item"), and a code block's
    /// language when its fence gives one ("code block in swift").
    public static func blockName(_ shape: BlockShape) -> String {
        shape.kind == .code && !shape.info.isEmpty ? "code block in \(shape.info)" : shape.name
    }

    /// A block's whole form in words, with what it sits in: "a paragraph", "a level 3 heading", "a
    /// bulleted list item", "a code block in swift", "a quoted paragraph in a numbered list".
    public static func form(_ shape: BlockShape) -> String {
        var outer = shape.containers[...]
        var core: String
        switch shape.kind {
        case .heading: core = "level \(shape.level) heading"
        case .code: core = blockName(shape)
        case .rule: core = "rule"
        case .html: core = "raw HTML block"
        case .paragraph:
            switch shape.containers.last {
            case .bullet?: core = "bulleted list item"
            case .numbered?: core = "numbered list item"
            case .quote?: core = "quoted paragraph"
            case .continuation?: core = "later paragraph of a list item"
            case nil: core = "paragraph"
            }
            outer = outer.dropLast()
        }
        for container in outer.reversed() {
            switch container {
            case .quote: core += " in a quote"
            case .bullet: core += " in a bulleted list"
            case .numbered: core += " in a numbered list"
            case .continuation: core += " in a list item"
            }
        }
        return "a " + core
    }

    /// What a block was, when its form changed: "was a paragraph", "was a level 3 heading", "was a
    /// bulleted list item"; nil when its form is the same. Reports say this in words rather than as
    /// deleted and inserted Markdown punctuation.
    public static func formerShape(_ old: BlockShape, _ new: BlockShape) -> String? {
        guard old != new else { return nil }
        let was = form(old)
        return was == form(new) ? "was set out differently" : "was " + was
    }

    /// What happened to a chapter as a whole: "renamed from … ", "moved", "added", "removed".
    public static func chapterNotes(_ c: ChapterComparison) -> [String] {
        var notes: [String] = []
        switch c.match {
        case .added: notes.append("added")
        case .removed: notes.append("removed")
        case .similarContent: notes.append("matched by its content: its id changed from \(c.old?.id ?? "") to \(c.new?.id ?? "")")
        case .sameID: break
        }
        if let old = c.old, let new = c.new {
            if old.title != new.title { notes.append("title changed from \"\(old.title)\" to \"\(new.title)\"") }
            if c.moved { notes.append("moved: was \(old.appendix.map { "appendix \($0)" } ?? "chapter \(old.order)")") }
            if old.appendix != new.appendix {
                notes.append(new.appendix.map { "now appendix \($0)" } ?? "now a chapter, no longer an appendix")
            }
            if old.summary != new.summary { notes.append("summary changed") }
        }
        return notes
    }
}
