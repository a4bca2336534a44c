import CSAModel

/// Turns links between chapters, written as the chapter's file name (`03-priorities.md#section`, which
/// also works in an editor's preview), into links to that chapter on the page being built: its own page,
/// or its place on the whole-document page. A link to a heading of the same text (`#section`), where the
/// text's heading ids take a prefix (a chapter on the whole-document page), takes the prefix too. Every
/// other link is left as it is.
struct ChapterLinkResolver {
    let edition: Edition
    let page: SitePage
    /// What the ids of the text's own headings start with on this page ("" when nothing).
    var fragmentPrefix = ""

    /// `document` with its chapter links resolved. Documents nest only as deep as the reader allows. A
    /// document with no link to a chapter file is returned as it is, not copied.
    func resolve(_ document: Document) -> Document {
        guard document.blocks.contains(where: hasChapterLink) else { return document }
        return Document(blocks: document.blocks.map(resolve))
    }

    /// Whether the block holds a link `resolve` may change: one whose path (before any `#`) names a `.md` file.
    private func hasChapterLink(_ block: Block) -> Bool {
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines): return inlines.contains(where: hasChapterLink)
        case .blockQuote(let blocks): return blocks.contains(where: hasChapterLink)
        case .list(_, _, let items): return items.contains { $0.contains(where: hasChapterLink) }
        case .codeBlock, .htmlBlock, .thematicBreak: return false
        }
    }

    private func hasChapterLink(_ inline: Inline) -> Bool {
        switch inline.kind {
        case .link(let destination, _, let content):
            return destination.prefix { $0 != "#" }.hasSuffix(".md") || (!fragmentPrefix.isEmpty && destination.hasPrefix("#"))
                || content.contains(where: hasChapterLink)
        case .emphasis(let content), .strong(let content): return content.contains(where: hasChapterLink)
        default: return false
        }
    }

    private func resolve(_ block: Block) -> Block {
        switch block.kind {
        case .paragraph(let inlines): return Block(.paragraph(inlines.map(resolve)), line: block.line)
        case .heading(let level, let inlines): return Block(.heading(level: level, inlines.map(resolve)), line: block.line)
        case .blockQuote(let blocks): return Block(.blockQuote(blocks.map(resolve)), line: block.line)
        case .list(let style, let tight, let items): return Block(.list(style: style, tight: tight, items: items.map { $0.map(resolve) }), line: block.line)
        case .codeBlock, .htmlBlock, .thematicBreak: return block
        }
    }

    private func resolve(_ inline: Inline) -> Inline {
        switch inline.kind {
        case .link(let destination, let title, let content):
            return Inline(.link(destination: href(destination) ?? destination, title: title, content.map(resolve)), line: inline.line)
        case .emphasis(let content): return Inline(.emphasis(content.map(resolve)), line: inline.line)
        case .strong(let content): return Inline(.strong(content.map(resolve)), line: inline.line)
        default: return inline
        }
    }

    /// Where a link to a chapter file (or to a heading of the same text) leads from this page, or nil when
    /// `destination` names no chapter.
    func href(_ destination: String) -> String? {
        let path = destination.prefix { $0 != "#" }
        let fragment = destination.dropFirst(path.count).dropFirst()
        if path.isEmpty, !fragment.isEmpty, !fragmentPrefix.isEmpty { return "#\(fragmentPrefix)\(fragment)" }
        guard path.hasSuffix(".md"), !path.contains("/"), let chapter = chapter(named: path) else { return nil }
        if case .document = page {
            // The whole-document page prefixes each chapter's heading ids with the chapter's id.
            return fragment.isEmpty ? "#chapter-\(chapter.id)" : "#\(chapter.id)-\(fragment)"
        }
        return SiteLinks.relative(from: page.path, to: SitePage.chapter(edition.id, chapter.id).path) + (fragment.isEmpty ? "" : "#\(fragment)")
    }

    /// The chapter whose file name (`Chapter.fileName`) is `name`. The name is read as `<order>-<id>.md` to find
    /// the chapter without making every chapter's file name; a name not of that form is compared with each.
    private func chapter(named name: Substring) -> Chapter? {
        if let dash = name.firstIndex(of: "-"), let order = Int(name[..<dash]) {
            let id = name[name.index(after: dash)...].dropLast(3)
            return edition.chapters.first { $0.order == order && $0.id == id && Chapter.fileName(id: $0.id, order: $0.order) == name }
        }
        return edition.chapters.first { Chapter.fileName(id: $0.id, order: $0.order) == name }
    }
}
