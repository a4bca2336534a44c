import CSADiff
import CSADiffText
import CSAHTML
import CSAModel
import Foundation

/// An edition's "What changed" page: how it differs from the edition it supersedes. A summary first
/// (priorities and themes, action statuses, measures, chapters, with counts), then each changed
/// chapter's changes in context. Built from `EditionComparison`, as `csa diff` compares.
struct ChangesView {
    let frame: PageFrame
    /// The edition compared with (the one this edition supersedes), linked to its overview.
    let previous: ItemLink
    /// Sentences about the comparison: editions between not published here, a draft compared with.
    let notes: [String]
    let historyHref: String
    /// One row per part: "Priorities" and "2 added, 2 renamed, 6 changed".
    let counts: [SummaryRow]
    /// Priorities and themes, grouped by what happened to them; empty when none changed.
    let itemGroups: [ChangeGroupView]
    /// Actions whose status changed, in the new edition's order.
    let statusMoves: [StatusMoveView]
    let actionPlanHref: String
    /// Measures better, worse, new and no longer reported.
    let measureGroups: [ChangeGroupView]
    /// Every chapter with a change, linked to its changes further down, its counts as the detail.
    let chapterLinks: [ItemLink]
    /// "4 chapters unchanged", or nil when every chapter changed.
    let unchangedChapters: String?
    let chapters: [ChapterChangesView]
}

/// A group of changes under one heading: "Renamed", "Better".
struct ChangeGroupView {
    let heading: String
    /// Said under the heading (for guesses: what they rest on).
    let note: String?
    let entries: [ChangeEntryView]
}

/// One change to a priority, theme or measure: what it was, the words between, what it is now.
struct ChangeEntryView {
    /// "Priority", "Cross-cutting theme", "Cross-cutting theme, now a priority"; nil for measures.
    let kind: String?
    /// The items of the previous edition, linked to their pages there.
    let before: [ItemLink]
    /// "is now", "merged into"; nil when only one side has items.
    let connector: String?
    /// The items of this edition, linked to their pages.
    let after: [ItemLink]
    /// What else changed, in words.
    let detail: String?
}

/// An action whose status moved: "Green" to "Amber".
struct StatusMoveView {
    let id: String
    let href: String
    let description: String
    let old: StatusTag
    let new: StatusTag
    /// True when that edition's status is an example, not reported progress.
    let oldIllustrative: Bool
    let newIllustrative: Bool
}

/// One chapter's changes: what happened to it as a whole, and its blocks in context.
struct ChapterChangesView {
    /// The `id` of its heading, unique on the page.
    let anchor: String
    /// "Chapter 3: Priorities", "Appendix A: Glossary", as the new edition has it (the previous one for a removed chapter).
    let title: String
    /// The chapter's page, in this edition or (for a removed chapter) in the previous one.
    let href: String
    let linkText: String
    /// "Title changed from “…” to “…”; moved: was chapter 2", or nil.
    let notes: String?
    /// The summary compared word by word, empty when it did not change.
    let summary: [ChangeSpan]
    /// Said in place of the blocks when none is listed: for a chapter only one edition has ("This chapter is
    /// new in this edition.") or whose text did not change.
    let wholeChapter: String?
    let blocks: [BlockChangeView]
}

/// Builds each edition's "What changed" page, and decides which editions have one.
enum ChangesPages {
    /// The edition `edition` is compared with on its "What changed" page, or nil when it supersedes none published here.
    static func previous(of edition: Edition, in publication: Publication) -> Edition? {
        edition.supersedes.flatMap(publication.edition)
    }

    /// The page of `edition`, which supersedes `previous`.
    static func changes(_ edition: Edition, previous: Edition, _ publication: Publication, frames: FrameBuilder) -> ChangesView {
        let c = EditionComparison.compare(publication, old: previous, new: edition)
        let page = SitePage.changes(edition.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: "What changed",
                                 description: "What changed in the \(edition.title) since the \(previous.title): priorities, themes, action statuses, measures and every chapter.",
                                 crumbs: [(edition.title, .editionHome(edition.id))])
        var notes: [String] = []
        if let gap = publication.site.unpublished.first(where: { $0.after == previous.id }) {
            notes.append("The editions covering \(Wording.period(gap.period)) are not published here, so what changed in them and in this edition is shown here as one step.")
        }
        if previous.status == .draft {
            notes.append("The \(previous.title) is published here as a draft, so this page compares this edition with that draft.")
        }
        notes += [DiffWording.direction(c), DiffWording.succession(c)].compactMap { $0 }
        let s = c.summary
        let counts = [
            SummaryRow(key: "Priorities", value: DiffWording.items(s.priorities), href: nil),
            SummaryRow(key: "Cross-cutting themes", value: DiffWording.items(s.themes), href: nil),
            SummaryRow(key: "Actions", value: DiffWording.actions(s.actions), href: nil),
            SummaryRow(key: "Measures", value: DiffWording.measures(s.measures), href: nil),
            SummaryRow(key: "Chapters", value: DiffWording.chapters(s.chapters), href: nil),
        ]
        var anchors = frames.headingAnchors()
        var chapters: [ChapterChangesView] = []
        var chapterLinks: [ItemLink] = []
        for chapter in c.chapters where chapter.hasChanges {
            let view = self.chapter(chapter, previous: previous, v: v, anchors: &anchors)
            chapters.append(view)
            chapterLinks.append(ItemLink(title: view.title, href: "#" + view.anchor, detail: chapterDetail(chapter)))
        }
        let unchanged = c.chapters.filter { !$0.hasChanges }.count
        return ChangesView(
            frame: frame, previous: ItemLink(title: previous.title, href: v.href(.editionHome(previous.id)), detail: nil),
            notes: notes, historyHref: v.href(.history(edition.id)), counts: counts,
            itemGroups: itemGroups(c.items, previous: previous, v: v),
            statusMoves: statusMoves(c.actions, previous: previous, v: v), actionPlanHref: v.href(.actionPlan(edition.id)),
            measureGroups: measureGroups(c.measures, previous: previous, v: v),
            chapterLinks: chapterLinks, unchangedChapters: unchanged == 0 ? nil : Wording.count(unchanged, "chapter") + " unchanged",
            chapters: chapters)
    }

    // MARK: Priorities and themes

    private static func itemGroups(_ items: ItemComparison, previous: Edition, v: ViewBuilder) -> [ChangeGroupView] {
        func kindName(_ kind: ItemSide.Kind) -> String { kind == .priority ? "Priority" : "Cross-cutting theme" }
        func kind(_ link: ItemLink_) -> String {
            let old = Set(link.old.map(\.kind)), new = Set(link.new.map(\.kind))
            guard old != new, old.count == 1, new.count == 1, let was = old.first, let now = new.first else {
                return kindName(link.new.first?.kind ?? .priority)
            }
            return "\(kindName(was)), now a \(now == .priority ? "priority" : "cross-cutting theme")"
        }
        func entry(_ link: ItemLink_, _ connector: String?) -> ChangeEntryView {
            ChangeEntryView(kind: kind(link), before: connector == nil ? [] : link.old.map { self.link($0, previous.id, v) },
                            connector: connector, after: link.new.map { self.link($0, v.edition.id, v) },
                            detail: link.changes.flatMap { details($0, title: connector == nil) })
        }
        let groups: [(String, String?, ItemLink_.Relation, String?)] = [
            ("Renamed", nil, .renamed, "is now"),
            ("Merged", nil, .merged, "merged into"),
            ("Split", nil, .split, "split into"),
            ("Regrouped", nil, .regrouped, "regrouped as"),
            ("Possibly renamed", sentence(DiffWording.possiblyRenamedNote), .possiblyRenamed, "may continue as"),
        ]
        var out: [ChangeGroupView] = []
        for (heading, note, relation, connector) in groups {
            let entries = items.links.filter { $0.relation == relation }.map { entry($0, connector) }
            if !entries.isEmpty { out.append(ChangeGroupView(heading: heading, note: note, entries: entries)) }
        }
        let kindChanged = items.links.filter { $0.relation == .same && $0.kindChanged }.map { entry($0, "is now") }
        if !kindChanged.isEmpty { out.append(ChangeGroupView(heading: "Changed kind", note: nil, entries: kindChanged)) }
        if !items.added.isEmpty {
            out.append(ChangeGroupView(heading: "New in this edition", note: nil, entries: items.added.map {
                ChangeEntryView(kind: kindName($0.kind), before: [], connector: nil, after: [link($0, v.edition.id, v)], detail: nil)
            }))
        }
        if !items.removed.isEmpty {
            out.append(ChangeGroupView(heading: "Not carried into this edition", note: nil, entries: items.removed.map {
                ChangeEntryView(kind: kindName($0.kind), before: [link($0, previous.id, v)], connector: nil, after: [], detail: nil)
            }))
        }
        let changed = items.links.filter { $0.relation == .same && !$0.kindChanged && $0.changes?.isEmpty == false }.map { entry($0, nil) }
        if !changed.isEmpty { out.append(ChangeGroupView(heading: "Carried on with changes", note: nil, entries: changed)) }
        return out
    }

    typealias ItemLink_ = CSADiff.ItemLink

    /// An item's link on a page of `edition`: a priority's own page, or a theme's place on the themes page.
    private static func link(_ side: ItemSide, _ edition: String, _ v: ViewBuilder) -> ItemLink {
        let target: SitePage = side.kind == .priority ? .priority(edition, side.id) : .themes(edition)
        return ItemLink(title: side.title, href: v.href(target, fragment: side.kind == .priority ? nil : "theme-\(side.id)"), detail: nil)
    }

    /// What else changed in an item carried on: "Title was “Domestic abuse”; lead was Kent County Council, now ...".
    /// `title` says whether to give the old title (not when the entry links the old item by it).
    static func details(_ changes: ItemChanges, title: Bool) -> String? {
        var parts: [String] = []
        if title, !changes.title.isUnchanged { parts.append("title was “\(changes.title.oldRuns.plainText)”") }
        if let lead = changes.lead { parts.append("lead was \(lead.old.name), now \(lead.new.name)") }
        if !changes.themesAdded.isEmpty { parts.append("now supports " + quoted(changes.themesAdded.map(\.title))) }
        if !changes.themesRemoved.isEmpty { parts.append("no longer supports " + quoted(changes.themesRemoved.map(\.title))) }
        if !changes.description.isUnchanged { parts.append("description changed") }
        return parts.isEmpty ? nil : sentence(parts.joined(separator: "; "))
    }

    // MARK: Actions

    private static func statusMoves(_ actions: ActionComparison, previous: Edition, v: ViewBuilder) -> [StatusMoveView] {
        actions.changed.compactMap { change in
            guard let status = change.status else { return nil }
            let now = v.edition.actions.first { $0.id == change.id }
            let was = previous.actions.first { $0.id == change.id }
            return StatusMoveView(id: change.id, href: v.href(.actionPlan(v.edition.id), fragment: "action-\(change.id)"),
                                  description: now?.description.trimmingCharacters(in: .whitespacesAndNewlines) ?? "",
                                  old: StatusTag(status.old), new: StatusTag(status.new),
                                  oldIllustrative: was?.provenance.isIllustrative("status") ?? false,
                                  newIllustrative: now?.provenance.isIllustrative("status") ?? false)
        }
    }

    // MARK: Measures

    private static func measureGroups(_ measures: MeasureComparison, previous: Edition, v: ViewBuilder) -> [ChangeGroupView] {
        func link(_ side: MeasureSide, _ edition: String) -> ItemLink {
            ItemLink(title: side.title, href: v.href(.measures(edition), fragment: "measure-\(side.id)"), detail: nil)
        }
        func examples(_ id: String) -> Bool {
            (previous.measures.first { $0.id == id }?.illustrative ?? false) || (v.edition.measures.first { $0.id == id }?.illustrative ?? false)
        }
        func compared(_ trend: Trend) -> [ChangeEntryView] {
            measures.compared.filter { $0.trend == trend }.map { m in
                let figures = "\(figure(m.old.latest)), then \(figure(m.new.latest))"
                let unit = m.old.unit == m.new.unit ? " (unit: \(m.new.unit))" : " (unit: was \(m.old.unit), now \(m.new.unit))"
                return ChangeEntryView(kind: nil, before: [], connector: nil, after: [link(m.new, v.edition.id)],
                                       detail: sentence("\(figures)\(unit); \(DiffWording.direction(m.new.better))"
                                                        + (examples(m.new.id) ? "; the figures are examples" : "")))
            }
        }
        var out: [ChangeGroupView] = []
        for (heading, trend) in [("Better", Trend.better), ("Worse", .worse), ("No change", .noChange), ("Not comparable", .notComparable)] {
            let entries = compared(trend)
            if !entries.isEmpty {
                out.append(ChangeGroupView(heading: heading, note: trend == .notComparable ? "One edition has no figure, or the two count in different units." : nil,
                                           entries: entries))
            }
        }
        if !measures.added.isEmpty {
            out.append(ChangeGroupView(heading: "New measures", note: nil, entries: measures.added.map {
                ChangeEntryView(kind: nil, before: [], connector: nil, after: [link($0, v.edition.id)],
                                detail: sentence("Latest \(figure($0.latest)) (unit: \($0.unit)); \(DiffWording.direction($0.better))"))
            }))
        }
        if !measures.removed.isEmpty {
            out.append(ChangeGroupView(heading: "No longer reported", note: nil, entries: measures.removed.map {
                ChangeEntryView(kind: nil, before: [link($0, previous.id)], connector: nil, after: [],
                                detail: sentence("Last \(figure($0.latest)) (unit: \($0.unit))"))
            }))
        }
        return out
    }

    /// "648 in 2016-17", as the site writes numbers.
    static func figure(_ value: MeasureValue?) -> String {
        value.map { "\(Wording.number($0.value)) in \($0.period)" } ?? "no figure"
    }

    // MARK: Chapters

    /// What changed in a chapter, for the list of chapters: "Summary changed; paragraphs, headings and other blocks: 4 changed, 2 inserted."
    static func chapterDetail(_ chapter: ChapterComparison) -> String {
        switch chapter.match {
        case .added: return "New in this edition."
        case .removed: return "Not in this edition."
        case .sameID, .similarContent:
            let counts = chapter.blocks.counts
            let blocks = counts.hasChanges ? ["paragraphs, headings and other blocks: " + DiffWording.blocks(counts)] : []
            return sentence((DiffWording.chapterNotes(chapter) + blocks).joined(separator: "; "))
        }
    }

    private static func chapter(_ chapter: ChapterComparison, previous: Edition, v: ViewBuilder, anchors: inout HeadingAnchors) -> ChapterChangesView {
        let side = chapter.new ?? chapter.old
        let title = side.map { s in s.appendix.map { "Appendix \($0): \(s.title)" } ?? "Chapter \(s.order): \(s.title)" } ?? ""
        anchors.prefix = "changes-chapter-"
        let anchor = anchors.id(for: side?.id ?? "chapter")
        anchors.prefix = ""
        switch chapter.match {
        case .added:
            return ChapterChangesView(anchor: anchor, title: title, href: v.href(.chapter(v.edition.id, chapter.new?.id ?? "")),
                                      linkText: "Read the chapter", notes: nil, summary: [],
                                      wholeChapter: "This chapter is new in this edition.", blocks: [])
        case .removed:
            return ChapterChangesView(anchor: anchor, title: title, href: v.href(.chapter(previous.id, chapter.old?.id ?? "")),
                                      linkText: "Read it in the \(previous.title)", notes: nil, summary: [],
                                      wholeChapter: "This chapter is not in this edition.", blocks: [])
        case .sameID, .similarContent:
            let notes = DiffWording.chapterNotes(chapter).filter { $0 != "summary changed" }
            return ChapterChangesView(anchor: anchor, title: title, href: v.href(.chapter(v.edition.id, chapter.new?.id ?? "")),
                                      linkText: "Read the chapter", notes: notes.isEmpty ? nil : sentence(notes.joined(separator: "; ")),
                                      summary: chapter.old?.summary == chapter.new?.summary ? [] : ChangeSpan.spans(chapter.summary),
                                      wholeChapter: chapter.blocks.isUnchanged ? "Its text did not change." : nil,
                                      blocks: chapter.blocks.isUnchanged ? [] : ChangeBlocks.views(chapter.blocks, prefix: anchor + "-", anchors: &anchors))
        }
    }

    // MARK: Words

    /// The text with a capital first letter and a full stop.
    static func sentence(_ text: String) -> String {
        let s = text.prefix(1).uppercased() + text.dropFirst()
        return s.hasSuffix(".") ? s : s + "."
    }

    /// “A”, “B” and “C”.
    static func quoted(_ titles: [String]) -> String {
        EnglishList.and(titles.map { "“\($0)”" })
    }
}
