import CSAModel

/// The words the history pages use for each step of a line: how an item came from the edition before
/// (carried on, renamed, merged, split, new), where it ended, and the editions not published here.
/// Every sentence says only what the data records.
struct HistoryWording {
    let publication: Publication
    /// The editions by id, found once (a history page names every edition many times).
    private let editions: [String: Edition]

    init(publication: Publication) {
        self.publication = publication
        editions = Dictionary(publication.editions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A short label for an edition: its years and whether it is a draft, e.g. "2011-14", "2018-19 (draft)";
    /// `more` is added inside the brackets: "2018-19 (draft, this edition)".
    func label(_ id: String, _ more: String? = nil) -> String {
        let notes = (editions[id]?.status == .draft ? ["draft"] : []) + (more.map { [$0] } ?? [])
        return years(id) + (notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))")
    }

    /// The years an edition covers, from its period: "2011-14" for April 2011 to March 2014, "2024" within one year.
    func years(_ id: String) -> String {
        guard let period = editions[id]?.period else { return id }
        let start = period.start.year, end = period.end.year
        if start == end { return "\(start)" }
        return "\(start)-" + (end / 100 == start / 100 ? String(String(end).suffix(2)) : String(end))
    }

    static func kind(_ kind: ItemKind) -> String { kind == .priority ? "Priority" : "Cross-cutting theme" }

    /// The editions not published here between `previous` and the one after it, if any.
    func gap(after previous: String?) -> UnpublishedEditions? {
        previous.flatMap { p in publication.site.unpublished.first { $0.after == p } }
    }

    /// How an item came to be in its edition, a step of `line`.
    func status(of entry: HistoryEntry, in step: HistoryStep, of line: ItemHistory) -> String {
        let here = years(step.edition)
        guard let previous = step.previous else {
            return publication.editions.first?.id == step.edition
                ? "In the earliest edition published here" : "In an edition that supersedes none published here"
        }
        let before = years(previous)
        let item = entry.item
        guard let first = entry.continues.first else {
            return gap(after: previous) == nil
                ? "New in \(here)"
                : "New since \(before), the previous edition published here: its first edition was \(here) or one of the editions between them, which are not published here"
        }
        if entry.continues.count > 1 {
            let kinds = Set(entry.continues.map(\.kind))
            if kinds.count == 1, first.kind != item.kind {
                let plural = first.kind == .priority ? "priorities" : "cross-cutting themes"
                return "Merges the \(plural) " + EnglishList.and(entry.continues.map { "“\($0.title)”" }) + " of \(before)"
            }
            let mixed = kinds.count > 1
            return "Merges " + EnglishList.and(entry.continues.map { mixed ? "the \(Self.kind($0.kind).lowercased()) “\($0.title)”" : quoted($0, beside: item) })
                + " of \(before)"
        }
        let siblings = line.steps.lazy.flatMap(\.entries).first { $0.item == first }?.continuedBy ?? []
        let partners = siblings.filter { $0 != item }
        if !partners.isEmpty {
            return "Split from \(quoted(first, beside: item)) of \(before), with " + EnglishList.and(partners.map { "“\($0.title)”" })
        }
        let carried = carried(from: previous)
        // A title that differs only in capital letters ("Domestic abuse", "Domestic Abuse") is not a rename.
        switch (first.kind == item.kind, first.title.lowercased() == item.title.lowercased()) {
        case (true, true): return carried
        case (true, false): return "\(carried), renamed from “\(first.title)”"
        case (false, true): return "\(carried), where it was a \(Self.kind(first.kind).lowercased())"
        case (false, false): return "\(carried), where it was the \(Self.kind(first.kind).lowercased()) “\(first.title)”"
        }
    }

    /// "Carried on from 2018-19": an item of `previous` kept as it was (its id, kind and title).
    func carried(from previous: String) -> String { "Carried on from \(years(previous))" }

    /// The sentence for an item of the edition before `step` that `step`'s edition does not carry on.
    func ended(_ item: EditionItem, in step: HistoryStep) -> String {
        let sentence = "“\(item.title)” not carried into \(years(step.edition))"
        return gap(after: step.previous) == nil ? sentence
            : sentence + ", the next edition published here: its last edition was \(years(item.edition)) or one of the editions between them, which are not published here"
    }

    /// "“Title”", or "the cross-cutting theme “Title”" when it is of another kind than the item beside it.
    private func quoted(_ item: EditionItem, beside other: EditionItem) -> String {
        (item.kind == other.kind ? "" : "the \(Self.kind(item.kind).lowercased()) ") + "“\(item.title)”"
    }
}
