import CSADiff
import CSADocx

/// One chapter of a comparison as Word paragraphs: its title as Heading 1 and one paragraph per block,
/// each difference from OLD a tracked change. A paragraph only one side has is inserted or deleted
/// whole (its paragraph mark too), so accepting or rejecting leaves no empty paragraph behind.
struct ChapterParagraphs {
    let chapter: ChapterComparison
    let revision: DocxRevision
    /// Each chapter's lists number on their own.
    let listInstance: Int

    var blocks: [DocxBlock] {
        var out: [DocxBlock] = [title]
        for edit in chapter.blocks {
            switch edit {
            case .unchanged(let block):
                out.append(paragraph(block.shape, runs(block.runs), change: nil))
            case .changed(_, let shape, let words):
                out.append(paragraph(shape, words.flatMap(piece), change: nil))
            case .deleted(let block), .movedAway(let block, _):
                out.append(paragraph(block.shape, [.deleted(revision, runs(block.runs))], change: .deleted(revision)))
            case .inserted(let block), .movedHere(let block, _):
                out.append(paragraph(block.shape, [.inserted(revision, runs(block.runs))], change: .inserted(revision)))
            case .movedHereChanged(_, let shape, let words, _):
                // Moved and changed: deleted where it was (its `movedAway` step), inserted here as NEW has it.
                out.append(paragraph(shape, [.inserted(revision, runs(words.newRuns))], change: .inserted(revision)))
            }
        }
        return out
    }

    /// The chapter's title: changed word by word, or inserted or deleted with the chapter.
    private var title: DocxBlock {
        switch (chapter.old, chapter.new) {
        case (nil, let new?):
            return .paragraph(DocxParagraph(style: .heading1, content: [.inserted(revision, [.text(new.title)])], change: .inserted(revision)))
        case (let old?, nil):
            return .paragraph(DocxParagraph(style: .heading1, content: [.deleted(revision, [.text(old.title)])], change: .deleted(revision)))
        default:
            return .paragraph(DocxParagraph(style: .heading1, content: chapter.title.flatMap(piece)))
        }
    }

    private func paragraph(_ shape: BlockShape, _ content: [DocxInline], change: DocxChange?) -> DocxBlock {
        let lists = shape.containers.filter { $0 == .bullet || $0 == .numbered }
        var style: DocxParagraphStyle = .normal
        var numbering: DocxNumbering?
        switch shape.kind {
        case .heading: style = shape.level <= 2 ? .heading2 : .heading3
        case .code: style = .code
        case .paragraph, .html, .rule:
            if let kind = shape.containers.last, kind == .bullet || kind == .numbered {
                style = kind == .bullet ? .listBullet : .listNumber
                let list = DocxList(style: kind == .bullet ? .bullet : .decimal, instance: listInstance * 2 + (kind == .bullet ? 0 : 1))
                numbering = DocxNumbering(list: list, level: min(8, max(0, lists.count - 1)))
            } else if shape.containers.contains(.quote) {
                style = .quote
            }
        }
        return .paragraph(DocxParagraph(style: style, numbering: numbering, content: content, change: change))
    }

    /// One piece of a word comparison; text set differently in OLD is a deletion of the old setting and
    /// an insertion of the new (this writer does not use `w:rPrChange`).
    private func piece(_ piece: WordPiece) -> [DocxInline] {
        switch piece.change {
        case .equal:
            if let old = piece.oldStyle, old != piece.style {
                return [.deleted(revision, [run(piece.text, old)]), .inserted(revision, [run(piece.text, piece.style)])]
            }
            return [run(piece.text, piece.style)]
        case .deleted: return [.deleted(revision, [run(piece.text, piece.style)])]
        case .inserted: return [.inserted(revision, [run(piece.text, piece.style)])]
        }
    }

    private func runs(_ runs: [TextRun]) -> [DocxInline] { runs.map { run($0.text, $0.style) } }

    /// A stretch of text in its formatting: code, bold, italic, inside its link.
    private func run(_ text: String, _ style: RunStyle) -> DocxInline {
        var inline: DocxInline = style.code ? .code(text) : .text(text)
        if style.strong { inline = .strong([inline]) }
        if style.emphasis { inline = .emphasis([inline]) }
        if let link = style.link, link.hasPrefix("https://") || link.hasPrefix("http://") || link.hasPrefix("mailto:") {
            inline = .link(target: link, [inline])
        }
        return inline
    }
}
