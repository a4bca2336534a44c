import CSAModel

/// A chapter page: contents list from its headings, the body, previous/next links.
struct ChapterView {
    let frame: PageFrame
    let number: Int
    let summary: String
    let toc: [TOCEntry]
    let bodyHTML: String
    let pagination: Pagination
    let chapters: [NavLink]
}

/// One chapter inside the whole-document page.
struct DocumentChapter {
    let id: String
    let number: Int
    let title: String
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
}

/// A priority or theme as the whole-document page prints it.
struct DocumentItem {
    let id: String
    let title: String
    let leadName: String
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
        var anchors = frames.headingAnchors()
        let toc = v.chapterTOC(chapter.body, anchors: anchors)
        return ChapterView(frame: frame, number: index + 1, summary: chapter.summary, toc: toc,
                           bodyHTML: v.html(chapter.body, anchors: &anchors), pagination: Pagination(label: "Chapters", noun: "chapter", previous: link(index - 1), next: link(index + 1)),
                           chapters: edition.chapters.map { NavLink(text: $0.title, href: v.href(.chapter(edition.id, $0.id)), current: $0.id == chapter.id) })
    }

    static func document(_ edition: Edition, _ publication: Publication, frames: FrameBuilder) -> DocumentView {
        let page = SitePage.document(edition.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: edition.title,
                                 description: "The whole \(edition.title) on one page, for reading through and printing.",
                                 crumbs: [(edition.title, .editionHome(edition.id))])
        let actionGroups = ActionPages.groups(edition, v, anchorPrefix: "plan-")
        // One set of anchors for the whole page: a heading never takes an id an earlier chapter or the page itself uses.
        var anchors = frames.headingAnchors(reserving: documentPageIDs(edition, actionGroups))
        let chapters = edition.chapters.enumerated().map { i, c in
            DocumentChapter(id: "chapter-\(c.id)", number: i + 1, title: c.title, summary: c.summary,
                            bodyHTML: v.html(c.body, levelOffset: 1, idPrefix: "\(c.id)-", anchors: &anchors))
        }
        var toc = chapters.map { TOCEntry(text: "\($0.number). \($0.title)", href: "#\($0.id)", children: []) }
        toc += [TOCEntry(text: "Priorities", href: "#priorities", children: []),
                TOCEntry(text: "Cross-cutting themes", href: "#themes", children: []),
                TOCEntry(text: "Action plan", href: "#action-plan", children: [])]
        return DocumentView(
            frame: frame, overview: v.overview(), toc: toc, chapters: chapters,
            priorities: edition.priorities.map { DocumentItem(id: "priority-\($0.id)", title: $0.title, leadName: v.bodyName($0.lead),
                                                              descriptionHTML: v.html($0.description, levelOffset: 2, idPrefix: "priority-\($0.id)-", anchors: &anchors)) },
            themes: edition.themes.map { DocumentItem(id: "theme-\($0.id)", title: $0.title, leadName: v.bodyName($0.lead),
                                                      descriptionHTML: v.html($0.description, levelOffset: 2, idPrefix: "theme-\($0.id)-", anchors: &anchors)) },
            actionGroups: actionGroups)
    }

    /// The ids the whole-document page makes from the content: chapters, priorities, themes, the overview's
    /// sections, the action groups and actions.
    static func documentPageIDs(_ edition: Edition, _ groups: [ActionGroup]) -> [String] {
        edition.chapters.map { "chapter-\($0.id)" } + edition.priorities.map { "priority-\($0.id)" }
            + edition.themes.map { "theme-\($0.id)" }
            + ["priorities-", "themes-", "plan-", "chapters-"].map { $0 + edition.id }
            + groups.flatMap { [$0.anchor] + $0.actions.map(\.anchor) }
    }
}
