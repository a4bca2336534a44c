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
    let chapters: [NavLink]
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
    /// Appendix B: the measures by priority, with their data tables.
    let measureGroups: [MeasureGroup]
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
    static func chapter(_ index: Int, of edition: Edition, _ publication: Publication, frames: FrameBuilder) -> ChapterView {
        let chapter = edition.chapters[index]
        let page = SitePage.chapter(edition.id, chapter.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: chapter.title, description: chapter.summary,
                                 crumbs: [(edition.title, .editionHome(edition.id))])
        func link(_ i: Int) -> ItemLink? {
            edition.chapters.indices.contains(i)
                ? ItemLink(title: edition.chapters[i].title, href: v.href(.chapter(edition.id, edition.chapters[i].id)), detail: nil) : nil
        }
        return ChapterView(frame: frame, number: index + 1, caption: caption(chapter, in: edition), summary: chapter.summary,
                           sourceText: MarkingWording.sources(chapter.sources, site: publication.site), toc: v.chapterTOC(chapter.body),
                           bodyHTML: v.html(chapter.body), pagination: Pagination(label: "Chapters", noun: "chapter", previous: link(index - 1), next: link(index + 1)),
                           chapters: edition.chapters.map { NavLink(text: ($0.appendix.map { "Appendix \($0): " } ?? "") + $0.title, href: v.href(.chapter(edition.id, $0.id)), current: $0.id == chapter.id) })
    }

    static func document(_ edition: Edition, _ publication: Publication, frames: FrameBuilder) -> DocumentView {
        let page = SitePage.document(edition.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: edition.title,
                                 description: "The whole \(edition.title) on one page, for reading through and printing.",
                                 crumbs: [(edition.title, .editionHome(edition.id))])
        let chapters = edition.chapters.enumerated().map { i, c in
            DocumentChapter(id: "chapter-\(c.id)", number: i + 1, caption: caption(c, in: edition), title: c.title,
                            sourceText: MarkingWording.sources(c.sources, site: publication.site), summary: c.summary,
                            bodyHTML: v.html(c.body, levelOffset: 1, idPrefix: "\(c.id)-"))
        }
        var toc = chapters.map { TOCEntry(text: "\($0.caption): \($0.title)", href: "#\($0.id)", children: []) }
        toc += [TOCEntry(text: "Priorities", href: "#priorities", children: []),
                TOCEntry(text: "Cross-cutting themes", href: "#themes", children: []),
                TOCEntry(text: "Appendix A: Action plan", href: "#action-plan", children: [])]
        let measureGroups = MeasurePages.groups(edition, v, site: publication.site, anchorPrefix: "appendix-")
        if !measureGroups.isEmpty { toc.append(TOCEntry(text: "Appendix B: Measures", href: "#measures", children: [])) }
        return DocumentView(
            frame: frame, overview: v.overview(), toc: toc, chapters: chapters,
            priorities: edition.priorities.map { DocumentItem(id: "priority-\($0.id)", title: $0.title, leadName: v.leadName($0.lead, $0.provenance),
                                                              marking: MarkingWording.marking($0.provenance, noun: "priority", site: publication.site),
                                                              descriptionHTML: v.html($0.description, levelOffset: 2, idPrefix: "priority-\($0.id)-")) },
            themes: edition.themes.map { DocumentItem(id: "theme-\($0.id)", title: $0.title, leadName: v.leadName($0.lead, $0.provenance),
                                                      marking: MarkingWording.marking($0.provenance, noun: "theme", site: publication.site),
                                                      descriptionHTML: v.html($0.description, levelOffset: 2, idPrefix: "theme-\($0.id)-")) },
            actionGroups: ActionPages.groups(edition, v, anchorPrefix: "plan-"),
            measureGroups: measureGroups, anyIllustrativeMeasures: edition.measures.contains(where: \.illustrative))
    }

    /// "Appendix A" for an appendix; "Chapter 3" for the third chapter that is not an appendix.
    static func caption(_ chapter: Chapter, in edition: Edition) -> String {
        if let letter = chapter.appendix { return "Appendix \(letter)" }
        let number = (edition.chapters.filter { $0.appendix == nil }.firstIndex { $0.id == chapter.id } ?? 0) + 1
        return "Chapter \(number)"
    }
}
