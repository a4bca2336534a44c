import CSADiff
import CSADiffText
import CSADocx
import CSAModel

/// Turns a comparison of two editions into a Word document: NEW's chapters, with every difference from
/// OLD as a native tracked change (`w:ins` / `w:del`) that a clerk can accept or reject in Word or
/// LibreOffice, after a summary of what changed in the data.
///
/// Accepting every change in the chapters gives exactly NEW's text, and rejecting every change gives
/// exactly OLD's, each in its own order: one paragraph per block (`BlockText`), chapter titles as
/// Heading 1. Moved blocks are written as a deletion where they were and an insertion where they are,
/// and so are moved chapters, whole (`ChapterOrder`). The summary section before
/// the chapters is not tracked: it describes the changes, and is the same whichever way they go.
public struct ComparisonDocument {
    public let comparison: EditionComparison
    /// Who the revisions are by (`w:author`): by default the partnership.
    public let author: String
    /// When the revisions were made (`w:date`): the new edition's approval date or the start of its
    /// period, never the clock, so two runs give identical bytes.
    public let date: DocxDateTime

    public init(_ comparison: EditionComparison, author: String, date: DocxDateTime) {
        self.comparison = comparison
        self.author = author
        self.date = date
    }

    /// The date the revisions carry: the new edition's approval, else the start of its period.
    public static func date(of edition: Edition) throws(DocxError) -> DocxDateTime {
        let day = edition.approval?.date ?? edition.period.start
        return try DocxDateTime(year: day.year, month: day.month, day: day.day)
    }

    public var document: DocxDocument {
        let c = comparison
        let revision = DocxRevision(author: author, date: date)
        var blocks: [DocxBlock] = [
            .paragraph(DocxParagraph(style: .title, content: [.text(c.new.title)])),
            .paragraph(DocxParagraph(style: .subtitle, content: [.text("Changes from \(c.old.title), shown as tracked changes")])),
        ]
        blocks += summary()
        var list = 0
        for chapter in ChapterOrder.written(c.chapters) {
            list += 1
            blocks += ChapterParagraphs(chapter: chapter, revision: revision, listInstance: list).blocks
        }
        return DocxDocument(
            properties: DocxProperties(title: c.new.title, subject: "Changes from \(c.old.title) to \(c.new.title)",
                                       creator: author, created: date),
            footer: DocxFooter(text: "\(c.new.title): changes from \(c.old.id)"),
            blocks: blocks)
    }

    /// What changed in the data, in words, as an untracked section before the chapters; for a comparison
    /// narrowed to one chapter (`--chapter`), only the chapter's counts.
    private func summary() -> [DocxBlock] {
        let c = comparison, s = c.summary
        let bullets = DocxList(style: .bullet, instance: 10_000)
        func bullet(_ text: String, level: Int = 0) -> DocxBlock {
            .paragraph(DocxParagraph(style: .listBullet, numbering: DocxNumbering(list: bullets, level: level), content: [.text(text)]))
        }
        var out: [DocxBlock] = [
            .paragraph(DocxParagraph(style: .heading1, content: [.text("Summary of changes")])),
            .paragraph(DocxParagraph(content: [.text("This document is the \(c.new.title). Every change to its chapters since the \(c.old.title) is a tracked change: accept them all to read the new text, or reject them all to read the old. This summary is not tracked.")])),
        ]
        for note in [DiffWording.direction(c), DiffWording.succession(c), DiffWording.onlyChapter(c)].compactMap({ $0 }) {
            out.append(.paragraph(DocxParagraph(content: [.text(note)])))
        }
        if c.onlyChapter == nil {
            out += [
                bullet("Priorities: " + DiffWording.items(s.priorities)),
                bullet("Themes: " + DiffWording.items(s.themes)),
                bullet("Actions: " + DiffWording.actions(s.actions)),
                bullet("Measures: " + DiffWording.measures(s.measures)),
            ]
        }
        out.append(bullet("Chapters: " + DiffWording.chapters(s.chapters)))
        for chapter in c.chapters where chapter.moved {
            guard let old = chapter.old, let new = chapter.new else { continue }
            let was = old.appendix.map { "appendix \($0)" } ?? "chapter \(old.order)"
            out.append(bullet("\(DiffWording.chapter(new)) moved (it was \(was)): it is shown deleted whole where it was and inserted whole where it is now.", level: 1))
        }
        let links = c.items.links.filter { $0.relation != .same || $0.kindChanged || $0.changes?.isEmpty == false }
        if !links.isEmpty {
            out.append(.paragraph(DocxParagraph(style: .heading2, content: [.text("Priorities and themes")])))
            for link in links {
                out.append(bullet("\(DiffWording.relation(link)): \(DiffWording.link(link))"))
                if link.relation == .possiblyRenamed { out.append(bullet(DiffWording.possiblyRenamedNote, level: 1)) }
            }
        }
        return out
    }
}
