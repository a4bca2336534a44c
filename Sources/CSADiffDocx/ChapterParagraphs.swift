import CSADiff
import CSADocx

/// One chapter of a comparison as Word paragraphs: its title as Heading 1 and one paragraph per block,
/// each difference from OLD a tracked change. A paragraph only one side has is inserted or deleted
/// whole (its paragraph mark too), so accepting or rejecting leaves no empty paragraph behind. A block
/// whose form changed (a paragraph become a heading, a list item a paragraph, a bulleted list a
/// numbered one) carries NEW's style and numbering with OLD's as a tracked change of its properties
/// (`w:pPrChange`), so rejecting every change gives back OLD's styles and lists too.
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
            case .changed(let old, let shape, let words):
                out.append(paragraph(shape, words.flatMap(piece), change: nil, was: old))
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

    /// A block's paragraph in NEW's form; `was`, OLD's form when the block changed in place, becomes a
    /// tracked change of the paragraph's properties when it is written differently.
    private func paragraph(_ shape: BlockShape, _ content: [DocxInline], change: DocxChange?, was old: BlockShape? = nil) -> DocxBlock {
        let (style, numbering) = form(shape)
        var former: DocxPropertiesChange?
        if let old {
            let (oldStyle, oldNumbering) = form(old)
            if oldStyle != style || oldNumbering != numbering {
                former = DocxPropertiesChange(revision: revision, style: oldStyle, numbering: oldNumbering)
            }
        }
        return .paragraph(DocxParagraph(style: style, numbering: numbering, content: content, change: change, propertiesChange: former))
    }

    /// The paragraph style and list numbering a block's shape is written with.
    private func form(_ shape: BlockShape) -> (DocxParagraphStyle, DocxNumbering?) {
        let lists = shape.containers.filter { $0 == .bullet || $0 == .numbered }
        switch shape.kind {
        case .heading: return (shape.level <= 2 ? .heading2 : .heading3, nil)
        case .code: return (.code, nil)
        case .paragraph, .html, .rule:
            if let kind = shape.containers.last, kind == .bullet || kind == .numbered {
                let list = DocxList(style: kind == .bullet ? .bullet : .decimal, instance: listInstance * 2 + (kind == .bullet ? 0 : 1))
                return (kind == .bullet ? .listBullet : .listNumber, DocxNumbering(list: list, level: min(8, max(0, lists.count - 1))))
            }
            return (shape.containers.contains(.quote) ? .quote : .normal, nil)
        }
    }

    /// One piece of a word comparison; text set differently in OLD is a deletion of the old setting and
    /// an insertion of the new (this writer does not use `w:rPrChange`), and so is text OLD wrote with
    /// other, canonically equivalent, code points, so that rejecting gives back OLD's exact bytes.
    private func piece(_ piece: WordPiece) -> [DocxInline] {
        switch piece.change {
        case .equal:
            if piece.oldStyle.map({ $0 != piece.style }) ?? false || piece.oldText != nil {
                return [.deleted(revision, [run(piece.oldText ?? piece.text, piece.oldStyle ?? piece.style)]),
                        .inserted(revision, [run(piece.text, piece.style)])]
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
