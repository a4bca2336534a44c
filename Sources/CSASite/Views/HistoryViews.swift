import CSAModel

/// An edition's history page: each of its priorities and themes traced through every edition published
/// here, as the data records it, and links to the lines that ended before it or began after it.
struct HistoryView {
    let frame: PageFrame
    /// True when some editions are not published here, so the page says how it shows them.
    let hasUnpublished: Bool
    let priorities: [HistoryLineView]
    let themes: [HistoryLineView]
    /// Lines with no item in this edition, linked to their history in the edition where they last appear.
    let endedBefore: [ItemLink]
    /// Lines with no item in this edition, linked to their history in the edition where they first appear.
    let beganAfter: [ItemLink]
    let hasOthers: Bool
}

/// One priority or theme of the edition and its whole line, one list item per step, oldest first.
struct HistoryLineView {
    /// `priority-<id>` or `theme-<id>`: what the priority page and the themes page link to.
    let anchor: String
    let title: String
    let rows: [HistoryRowView]
}

/// One step of a line: an item in an edition, the editions not published here that the line passes
/// through, or an item not carried into an edition.
struct HistoryRowView {
    /// Which of the three the step is, as its CSS modifier: `item`, `gap` or `ended`.
    let kind: String
    /// True on the steps of the page's own edition.
    let isCurrent: Bool
    /// "2018-19 (draft)", with "this edition" on the page's own edition; or the dates of unpublished editions.
    let editionText: String
    /// True on the steps of an item, which link its title; the other steps show only `itemText`.
    /// (A flag, not an optional title: templates look a missing value up in the enclosing line.)
    let isItem: Bool
    let title: String
    let href: String
    /// "Priority" or "Cross-cutting theme" before the title; or the words in its place on other steps.
    let itemText: String
    /// What the data records of this step, in words.
    let status: String
}

/// Builds the history page of each edition, and the link to it from priority pages and the themes page.
enum HistoryPages {
    static func history(_ edition: Edition, _ publication: Publication, frames: FrameBuilder) -> HistoryView {
        let page = SitePage.history(edition.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: "History of priorities and themes",
                                 description: "Each priority and cross-cutting theme of the \(edition.title), traced through every edition published here.",
                                 crumbs: [(edition.title, .editionHome(edition.id))])
        let words = HistoryWording(publication: publication)
        let lines = frames.itemHistories
        func section(_ kind: ItemKind) -> [HistoryLineView] {
            let ids = kind == .priority ? edition.priorities.map(\.id) : edition.themes.map(\.id)
            return ids.compactMap { id in
                let item = lines.lazy.flatMap(\.items).first { $0.edition == edition.id && $0.kind == kind && $0.id == id }
                guard let item, let line = lines.first(where: { $0.contains(item) }) else { return nil }
                return HistoryLineView(anchor: anchor(item), title: item.title, rows: rows(line, v: v, words: words))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: publication.editions.enumerated().map { ($0.element.id, $0.offset) })
        let here = order[edition.id] ?? 0
        var endedBefore: [ItemLink] = [], beganAfter: [ItemLink] = []
        for line in lines where !line.items.contains(where: { $0.edition == edition.id }) {
            let items = line.items
            guard let first = items.first, let last = items.last else { continue }
            if (order[first.edition] ?? 0) < here {
                endedBefore.append(ItemLink(title: last.title, href: v.href(.history(last.edition), fragment: anchor(last)),
                                            detail: "\(HistoryWording.kind(last.kind)) in \(words.label(last.edition))"))
            } else {
                beganAfter.append(ItemLink(title: first.title, href: v.href(.history(first.edition), fragment: anchor(first)),
                                           detail: "\(HistoryWording.kind(first.kind)) in \(words.label(first.edition))"))
            }
        }
        return HistoryView(frame: frame, hasUnpublished: !publication.site.unpublished.isEmpty,
                           priorities: section(.priority), themes: section(.theme),
                           endedBefore: endedBefore, beganAfter: beganAfter, hasOthers: !(endedBefore.isEmpty && beganAfter.isEmpty))
    }

    /// A run of at least this many steps in which the line only goes on from one edition to the next (the
    /// same item, title and kind, no other edition's page) is shown as one step, so that a line through many
    /// editions stays short: "2004-05 to 2026-27", carried on into each.
    static let runLimit = 3

    /// The steps of one line: each step's items, the editions not published here that the line passes through, and
    /// items that ended; runs of plain steps (`runLimit`) as one.
    private static func rows(_ line: ItemHistory, v: ViewBuilder, words: HistoryWording) -> [HistoryRowView] {
        var rows: [HistoryRowView] = []
        /// The plain steps waiting to be written: each one's row, its edition and the edition before it.
        var run: [(row: HistoryRowView, edition: String, previous: String)] = []
        func flush() {
            if run.count >= runLimit, let first = run.first, let last = run.last {
                rows.append(HistoryRowView(kind: "item", isCurrent: false, editionText: "\(words.years(first.edition)) to \(words.years(last.edition))",
                                           isItem: true, title: first.row.title, href: first.row.href, itemText: first.row.itemText,
                                           status: "\(words.carried(from: first.previous)) into each of these \(run.count) editions"))
            } else {
                rows += run.map(\.row)
            }
            run = []
        }
        for step in line.steps {
            let current = step.edition == v.edition.id
            let edition = words.label(step.edition, current ? "this edition" : nil)
            let gap = words.gap(after: step.previous)
            if gap != nil { flush() }
            if let gap, step.entries.contains(where: { !$0.continues.isEmpty }) {
                rows.append(HistoryRowView(kind: "gap", isCurrent: false, editionText: Wording.period(gap.period), isItem: false, title: "", href: "",
                                           itemText: "Editions not published here",
                                           status: "The line passes through these editions"))
            }
            var stepRows: [HistoryRowView] = []
            for entry in step.entries {
                stepRows.append(HistoryRowView(kind: "item", isCurrent: current, editionText: edition, isItem: true, title: entry.item.title,
                                               href: v.href(itemPage(entry.item), fragment: itemFragment(entry.item)),
                                               itemText: HistoryWording.kind(entry.item.kind), status: words.status(of: entry, in: step, of: line)))
            }
            for item in step.ended {
                stepRows.append(HistoryRowView(kind: "ended", isCurrent: current, editionText: edition, isItem: false, title: "", href: "",
                                               itemText: "Not in this edition",
                                               status: words.ended(item, in: step)))
            }
            // A plain step: one item carried on as it was, in an edition that is neither this page's nor a draft.
            if !current, gap == nil, stepRows.count == 1, step.entries.count == 1, let previous = step.previous,
               stepRows[0].status == words.carried(from: previous), words.label(step.edition) == words.years(step.edition) {
                if let last = run.last, last.row.title != stepRows[0].title || last.row.itemText != stepRows[0].itemText { flush() }
                run.append((stepRows[0], step.edition, previous))
            } else {
                flush()
                rows += stepRows
            }
        }
        flush()
        return rows
    }

    /// The anchor of an item's line on its edition's history page.
    static func anchor(_ item: EditionItem) -> String { "\(item.kind.rawValue)-\(item.id)" }

    /// Where the history of the priority or theme `id` of `edition` is, for the link from its own page.
    static func historyLink(_ kind: ItemKind, _ id: String, _ v: ViewBuilder) -> String {
        v.href(.history(v.edition.id), fragment: "\(kind.rawValue)-\(id)")
    }

    private static func itemPage(_ item: EditionItem) -> SitePage {
        item.kind == .priority ? .priority(item.edition, item.id) : .themes(item.edition)
    }

    private static func itemFragment(_ item: EditionItem) -> String? { item.kind == .priority ? nil : "theme-\(item.id)" }
}
