import CSAHTML
import CSAModel

/// Turns model values into the small view values templates show; shared by every page builder.
struct ViewBuilder {
    let publication: Publication
    let edition: Edition
    /// The page being built, so links can be made relative to it.
    let page: SitePage

    var site: SiteInfo { publication.site }

    func href(_ target: SitePage, fragment: String? = nil) -> String {
        SiteLinks.relative(from: page.path, to: target.path) + (fragment.map { "#\($0)" } ?? "")
    }

    func href(path: String) -> String { SiteLinks.relative(from: page.path, to: path) }

    func bodyName(_ id: String) -> String { site.body(id)?.name ?? id }

    /// The lead's name, with "(example)" when the item's lead is an example.
    func leadName(_ id: String, _ provenance: Provenance) -> String {
        MarkingWording.lead(bodyName(id), illustrative: provenance.isIllustrative("lead"))
    }

    /// The document's HTML, its links between chapters resolved for this page; its heading ids come from
    /// `anchors`, which every part of the page shares.
    func html(_ document: Document, levelOffset: Int = 0, idPrefix: String = "", anchors: inout HeadingAnchors) -> String {
        anchors.prefix = idPrefix
        return DocumentHTMLWriter(options: HTMLOptions(headingLevelOffset: levelOffset, focusableCode: true))
            .render(ChapterLinkResolver(edition: edition, page: page, fragmentPrefix: idPrefix).resolve(document), anchors: &anchors)
    }

    func priorityLink(_ id: String) -> ItemLink {
        ItemLink(title: edition.priority(id)?.title ?? id, href: href(.priority(edition.id, id)), detail: nil)
    }

    func themeLink(_ id: String) -> ItemLink {
        ItemLink(title: edition.theme(id)?.title ?? id, href: href(.themes(edition.id), fragment: "theme-\(id)"), detail: nil)
    }

    func action(_ action: Action, anchorPrefix: String = "") -> ActionView {
        let updates = action.updates.map { UpdateView(date: $0.date.longForm, text: $0.text) }
        let p = action.provenance
        return ActionView(id: action.id, illustrative: p.isIllustrative("status"), marking: MarkingWording.marking(p, noun: "action", site: site),
                          anchor: "\(anchorPrefix)action-\(action.id)", description: action.description,
                          leadName: MarkingWording.lead(bodyName(action.lead), illustrative: p.isIllustrative("lead")), due: action.due.longForm,
                          status: StatusTag(action.status), priorities: action.priorities.map(priorityLink),
                          themes: action.themes.map(themeLink), updates: updates, latestUpdate: updates.last,
                          earlierUpdates: Array(updates.dropLast().reversed()))
    }

    /// The CSV and JSON files of one of this edition's datasets.
    func dataLinks(_ set: OpenDataSet) -> DataLinks {
        DataLinks(csvHref: href(path: set.path(edition.id, "csv")), jsonHref: href(path: set.path(edition.id, "json")))
    }

    func statusCounts(_ actions: [Action]) -> [StatusCount] {
        ActionStatus.allCases.map { status in
            let n = actions.filter { $0.status == status }.count
            return StatusCount(tag: StatusTag(status), count: n, countText: Wording.count(n, "action"))
        }
    }

    /// "Continues Anti-Social Behaviour (2018-19)", from `replaces:` and kept ids.
    func continuity(id: String, replaces: [String]) -> String? {
        guard let previousID = edition.supersedes, let previous = publication.edition(previousID) else { return nil }
        let titles = ([id] + replaces).uniquedList().compactMap { previous.priority($0)?.title ?? previous.theme($0)?.title }
        let gap = site.unpublished.contains { $0.after == previousID } ? ", the previous edition published here" : ""
        guard !titles.isEmpty else { return gap.isEmpty ? "New in this edition" : "Not in the \(previous.title)\(gap)" }
        if replaces.isEmpty { return gap.isEmpty ? "Continued from the \(previous.title)" : "Also in the \(previous.title)\(gap)" }
        return "Continues " + titles.map { "“\($0)”" }.joined(separator: " and ") + " from the \(previous.title)\(gap)"
    }

    /// The contents list of a document whose headings will take their ids from `anchors` (as they are now).
    func chapterTOC(_ document: Document, anchors: HeadingAnchors, base: String = "") -> [TOCEntry] {
        var entries: [TOCEntry] = []
        var pending: [(HeadingEntry, [TOCEntry])] = []
        var anchors = anchors
        for heading in HeadingAnchors.outline(of: document, anchors: &anchors) where heading.level <= 3 {
            let entry = TOCEntry(text: heading.text, href: base + "#" + heading.id, children: [])
            if heading.level <= 2 {
                pending.append((heading, []))
            } else if !pending.isEmpty {
                pending[pending.count - 1].1.append(entry)
            } else {
                entries.append(entry)
            }
        }
        entries += pending.map { TOCEntry(text: $0.0.text, href: base + "#" + $0.0.id, children: $0.1) }
        return entries
    }
}

extension Array where Element: Hashable {
    /// The elements in order, without repeats.
    func uniquedList() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
