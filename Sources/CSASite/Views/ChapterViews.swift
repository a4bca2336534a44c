import CSAModel

/// A chapter page: contents list from its headings, the body, previous/next links.
struct ChapterView {
    let frame: PageFrame
    let number: Int
    /// "Chapter 3" or "Appendix A".
    let caption: String
    let summary: String
    /// The papers its facts come from.
    let sourceText: String?
    let toc: [TOCEntry]
    let bodyHTML: String
    let pagination: Pagination
    /// "All chapters", or "Nearby chapters" when the edition has too many to list on every page.
    let chaptersTitle: String
    /// The chapters listed: every chapter of the edition, or those nearest this one.
    let chapters: [NavLink]
    /// The list's first number when it does not start at the edition's first chapter.
    let chaptersStart: Int?
    /// The edition's overview, which lists every chapter, when this page lists only some.
    let allChaptersHref: String?
}

/// One chapter inside the whole-document page.
struct DocumentChapter {
    let id: String
    let number: Int
    let caption: String
    let title: String
    let sourceText: String?
    let summary: String
    let bodyHTML: String
}

/// The whole edition on one page, for reading straight through and for printing.
struct DocumentView {
    let frame: PageFrame
    let overview: EditionOverview
    let toc: [TOCEntry]
    let chapters: [DocumentChapter]
    let priorities: [DocumentItem]
    let themes: [DocumentItem]
    let actionGroups: [ActionGroup]
    /// The action plan's appendix letter, after the edition's own appendices.
    let planLetter: String
    /// The measures by priority, with their data tables, as the appendix after the action plan.
    let measureGroups: [MeasureGroup]
    let measuresLetter: String
    let anyIllustrativeMeasures: Bool
}

/// A priority or theme as the whole-document page prints it.
struct DocumentItem {
    let id: String
    let title: String
    let leadName: String
    let marking: Marking
    let descriptionHTML: String
}

/// Builds chapter pages and the whole-document page.
enum ChapterPages {
    /// A chapter page lists every chapter of its edition when there are at most this many; otherwise the
    /// chapters nearest it (`chapterReach` either side) and a link to the edition's overview, which lists
    /// them all, so that a page's size does not grow with the length of its edition.
    static let chapterListLimit = 20
    static let chapterReach = 3

    static func chapter(_ index: Int, of edition: Edition, _ publication: Publication, frames: FrameBuilder) -> ChapterView {
        let chapter = edition.chapters[index]
        let page = SitePage.chapter(edition.id, chapter.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: chapter.title, tabTitle: "\(caption(chapter, in: edition)): \(chapter.title)", description: chapter.summary,
                                 crumbs: [(edition.title, .editionHome(edition.id))])
        func link(_ i: Int) -> ItemLink? {
            edition.chapters.indices.contains(i)
                ? ItemLink(title: edition.chapters[i].title, href: v.href(.chapter(edition.id, edition.chapters[i].id)), detail: nil) : nil
        }
        var anchors = frames.headingAnchors()
        let toc = v.chapterTOC(chapter.body, anchors: anchors)
        let all = edition.chapters.count <= chapterListLimit
        let listed = all ? edition.chapters.indices
            : max(0, index - chapterReach)..<min(edition.chapters.count, index + chapterReach + 1)
        let chapters = edition.chapters[listed].map {
            NavLink(text: ($0.appendix.map { "Appendix \($0): " } ?? "") + $0.title, href: v.href(.chapter(edition.id, $0.id)), current: $0.id == chapter.id)
        }
        return ChapterView(frame: frame, number: index + 1, caption: caption(chapter, in: edition), summary: chapter.summary,
                           sourceText: MarkingWording.sources(chapter.sources, site: publication.site), toc: toc,
                           bodyHTML: v.html(chapter.body, anchors: &anchors), pagination: Pagination(label: "Chapters", noun: "chapter", previous: link(index - 1), next: link(index + 1)),
                           chaptersTitle: all ? "All chapters" : "Nearby chapters", chapters: chapters,
                           chaptersStart: listed.lowerBound > 0 ? listed.lowerBound + 1 : nil,
                           allChaptersHref: all ? nil : v.href(.editionHome(edition.id), fragment: "chapters-\(edition.id)"))
    }

    static func document(_ edition: Edition, _ publication: Publication, frames: FrameBuilder) -> DocumentView {
        let page = SitePage.document(edition.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: edition.title, tabTitle: "Whole document",
                                 description: "The whole \(edition.title) on one page, for reading through and printing.",
                                 crumbs: [(edition.title, .editionHome(edition.id))])
        let actionGroups = ActionPages.groups(edition, v, anchorPrefix: "plan-")
        // One set of anchors for the whole page: a heading never takes an id an earlier chapter or the page itself uses.
        var anchors = frames.headingAnchors(reserving: documentPageIDs(edition, actionGroups))
        let chapters = edition.chapters.enumerated().map { i, c in
            DocumentChapter(id: "chapter-\(c.id)", number: i + 1, caption: caption(c, in: edition), title: c.title,
                            sourceText: MarkingWording.sources(c.sources, site: publication.site), summary: c.summary,
                            bodyHTML: v.html(c.body, levelOffset: 1, idPrefix: "\(c.id)-", anchors: &anchors))
        }
        // The action plan and the measures follow the edition's own appendices, lettered after them.
        let letters = (edition.chapters.compactMap(\.appendix).max().flatMap { $0.unicodeScalars.first?.value } ?? 64) + 1
        let planLetter = String(UnicodeScalar(UInt8(min(letters, 90))))
        let measuresLetter = String(UnicodeScalar(UInt8(min(letters + 1, 90))))
        var toc = chapters.map { TOCEntry(text: "\($0.caption): \($0.title)", href: "#\($0.id)", children: []) }
        toc += [TOCEntry(text: "The priorities in full", href: "#priorities", children: []),
                TOCEntry(text: "The cross-cutting themes in full", href: "#themes", children: []),
                TOCEntry(text: "Appendix \(planLetter): Action plan", href: "#action-plan", children: [])]
        let measureGroups = MeasurePages.groups(edition, v, site: publication.site, anchorPrefix: "appendix-")
        if !measureGroups.isEmpty { toc.append(TOCEntry(text: "Appendix \(measuresLetter): Measures", href: "#measures", children: [])) }
        return DocumentView(
            frame: frame, overview: v.overview(), toc: toc, chapters: chapters,
            priorities: edition.priorities.map { DocumentItem(id: "priority-\($0.id)", title: $0.title, leadName: v.leadName($0.lead, $0.provenance),
                                                              marking: MarkingWording.marking($0.provenance, noun: "priority", site: publication.site),
                                                              descriptionHTML: v.html($0.description, levelOffset: 2, idPrefix: "priority-\($0.id)-", anchors: &anchors)) },
            themes: edition.themes.map { DocumentItem(id: "theme-\($0.id)", title: $0.title, leadName: v.leadName($0.lead, $0.provenance),
                                                      marking: MarkingWording.marking($0.provenance, noun: "theme", site: publication.site),
                                                      descriptionHTML: v.html($0.description, levelOffset: 2, idPrefix: "theme-\($0.id)-", anchors: &anchors)) },
            actionGroups: actionGroups, planLetter: planLetter,
            measureGroups: measureGroups, measuresLetter: measuresLetter, anyIllustrativeMeasures: edition.measures.contains(where: \.illustrative))
    }

    /// "Appendix A" for an appendix; "Chapter 3" for the third chapter that is not an appendix.
    static func caption(_ chapter: Chapter, in edition: Edition) -> String {
        if let letter = chapter.appendix { return "Appendix \(letter)" }
        let number = (edition.chapters.filter { $0.appendix == nil }.firstIndex { $0.id == chapter.id } ?? 0) + 1
        return "Chapter \(number)"
    }

    /// The ids the whole-document page makes from the content: chapters, priorities, themes, the overview's
    /// sections, the action groups and actions, and the measures appendix.
    static func documentPageIDs(_ edition: Edition, _ groups: [ActionGroup]) -> [String] {
        edition.chapters.map { "chapter-\($0.id)" } + edition.priorities.map { "priority-\($0.id)" }
            + edition.themes.map { "theme-\($0.id)" }
            + ["priorities-", "themes-", "plan-", "chapters-"].map { $0 + edition.id }
            + groups.flatMap { [$0.anchor] + $0.actions.map(\.anchor) }
            + edition.priorities.map { "appendix-measures-\($0.id)" } + edition.measures.map { "appendix-measure-\($0.id)" }
    }
}
