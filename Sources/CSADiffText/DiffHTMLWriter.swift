import CSADiff
import CSAHTML

/// The comparison as a standalone, accessible HTML page: a summary first, then every change. Deleted
/// and inserted words are `<del>` and `<ins>`, struck through and underlined (not shown by colour
/// alone), each with a visually hidden "deleted:" or "inserted:" label for screen readers. Every piece
/// of content is escaped; links in the content are not made live.
public enum DiffHTMLWriter {
    /// `language` is the page's language tag (site.yml's `language`).
    /// `chaptersOnly` leaves out the data sections, as a comparison narrowed to one chapter always does.
    public static func write(_ c: EditionComparison, chaptersOnly: Bool = false, language: String = "en-GB") -> String {
        let chaptersOnly = chaptersOnly || c.onlyChapter != nil
        var h = HTMLBuilder()
        let title = DiffWording.title(c)
        h.raw("<!DOCTYPE html>\n<html lang=\"\(e(language))\">\n<head>\n<meta charset=\"utf-8\">\n")
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>\(e(title))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n<main>\n")
        h.raw("<h1>\(e(title))</h1>\n")
        h.raw("<p>OLD: \(e("\(c.old.id), \(c.old.title) (\(c.old.status.rawValue))."))</p>\n")
        h.raw("<p>NEW: \(e("\(c.new.id), \(c.new.title) (\(c.new.status.rawValue))."))</p>\n")
        for note in [DiffWording.direction(c), DiffWording.succession(c), DiffWording.onlyChapter(c)].compactMap({ $0 }) { h.raw("<p>\(e(note))</p>\n") }
        h.raw("<p>Deleted text is <del><span class=\"visually-hidden\">deleted: </span>struck through</del> and inserted text is <ins><span class=\"visually-hidden\">inserted: </span>underlined</ins>.</p>\n")

        let s = c.summary
        h.raw("<h2>Summary</h2>\n<ul>\n")
        if !chaptersOnly {
            for (label, text) in [("Priorities", DiffWording.items(s.priorities)), ("Themes", DiffWording.items(s.themes)),
                                  ("Actions", DiffWording.actions(s.actions)), ("Measures", DiffWording.measures(s.measures))] {
                h.raw("<li>\(e(label)): \(e(text))</li>\n")
            }
        }
        h.raw("<li>Chapters: \(e(DiffWording.chapters(s.chapters)))</li>\n</ul>\n")
        if !chaptersOnly {
            items(c.items, &h)
            actions(c.actions, &h)
            measures(c.measures, &h)
        }
        chapters(c.chapters, &h)
        h.raw("</main>\n</body>\n</html>\n")
        return h.html
    }

    static let style = """
        body { font-family: Arial, Helvetica, sans-serif; font-size: 1.1875rem; line-height: 1.5; color: #0b0c0c; margin: 0 auto; max-width: 60rem; padding: 1rem; }
        del { text-decoration: line-through; background: #f6d7d2; color: #0b0c0c; }
        ins { text-decoration: underline; background: #cce2d8; color: #0b0c0c; }
        .visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
        .block { border-left: 4px solid #b1b4b6; padding-left: 0.75rem; margin: 0.75rem 0; }
        .block p { margin: 0.25rem 0; }
        .label { font-weight: bold; }
        .unchanged { color: #505a5f; font-style: italic; }
        pre { white-space: pre-wrap; }

        """

    private static func e(_ s: String) -> String { HTMLEscaping.text(s) }

    /// Word pieces as HTML, neighbouring pieces of one change joined; line ends as `<br>`.
    static func words(_ pieces: [WordPiece]) -> String {
        DiffDisplay.spans(pieces).map { span($0, lineEnd: "<br>\n") }.joined()
    }

    /// One span: kept text as it is, deleted text in `<del>` and inserted text in `<ins>`, each with its
    /// visually hidden label. `DiffDisplay` gives no empty span, so no label is ever read out alone.
    private static func span(_ span: DiffDisplay.Span, lineEnd: String) -> String {
        let text = e(span.text).replacing("\n", with: lineEnd)
        switch span.change {
        case .equal: return text
        case .deleted: return "<del><span class=\"visually-hidden\">deleted: </span>\(text)</del>"
        case .inserted: return "<ins><span class=\"visually-hidden\">inserted: </span>\(text)</ins>"
        }
    }

    /// A literal block's text (code, raw HTML) for a `<pre>`: line by line, each line whole with its
    /// indentation, its changes marked within the line (`LiteralLines`).
    static func literal(_ pieces: [WordPiece]) -> String {
        LiteralLines.lines(pieces).map { line in line.map { span($0, lineEnd: "\n") }.joined() }.joined(separator: "\n")
    }

    private static func items(_ items: ItemComparison, _ h: inout HTMLBuilder) {
        h.raw("<h2>Priorities and themes</h2>\n")
        var any = false
        h.raw("<ul>\n")
        for link in items.links where link.relation != .same || link.kindChanged || link.changes?.isEmpty == false {
            any = true
            h.raw("<li><span class=\"label\">\(e(DiffWording.relation(link))):</span> \(e(DiffWording.link(link)))")
            var details: [String] = []
            if link.relation == .possiblyRenamed { details.append(e(DiffWording.possiblyRenamedNote)) }
            if let changes = link.changes {
                if !changes.title.isUnchanged { details.append("title: " + words(changes.title)) }
                if let lead = changes.lead { details.append(e("lead: \(lead.old.name) → \(lead.new.name)")) }
                if !changes.themesRemoved.isEmpty { details.append(e("themes no longer supported: " + changes.themesRemoved.map { "\"\($0.title)\"" }.joined(separator: ", "))) }
                if !changes.themesAdded.isEmpty { details.append(e("themes now supported: " + changes.themesAdded.map { "\"\($0.title)\"" }.joined(separator: ", "))) }
            }
            if !details.isEmpty { h.raw("\n<ul>\n" + details.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n") }
            if let changes = link.changes, !changes.description.isUnchanged {
                h.raw("<p>Description:</p>\n")
                blocks(changes.description, &h)
            }
            h.raw("</li>\n")
        }
        for item in items.added { any = true; h.raw("<li><span class=\"label\">Added:</span> \(e(DiffWording.item(item)))</li>\n") }
        for item in items.removed { any = true; h.raw("<li><span class=\"label\">Ended:</span> \(e(DiffWording.item(item)))</li>\n") }
        if !any { h.raw("<li>No change.</li>\n") }
        h.raw("</ul>\n")
    }

    private static func actions(_ actions: ActionComparison, _ h: inout HTMLBuilder) {
        h.raw("<h2>Actions</h2>\n<ul>\n")
        for a in actions.added { h.raw("<li><span class=\"label\">Added:</span> \(e("\(a.id) (\(a.status.label), due \(a.due)): \(a.description)"))</li>\n") }
        for a in actions.removed { h.raw("<li><span class=\"label\">Removed:</span> \(e("\(a.id) (\(a.status.label), due \(a.due)): \(a.description)"))</li>\n") }
        for a in actions.changed {
            var details: [String] = []
            if let status = a.status { details.append(e("status: " + DiffWording.statusChange(status))) }
            if let due = a.due { details.append(e("due: " + DiffWording.dueChange(due))) }
            if let lead = a.lead { details.append(e("lead: \(lead.old.name) → \(lead.new.name)")) }
            if let p = a.priorities { details.append(e("priorities: \(p.old.joined(separator: ", ")) → \(p.new.joined(separator: ", "))")) }
            if !a.description.isUnchanged { details.append("description: " + words(a.description)) }
            for update in a.newUpdates { details.append(e("new progress update, \(update.date): \(update.text)")) }
            h.raw("<li><span class=\"label\">Changed:</span> \(e(a.id))\n<ul>\n" + details.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n</li>\n")
        }
        if actions.unchanged > 0 { h.raw("<li>\(actions.unchanged) \(actions.unchanged == 1 ? "action" : "actions") unchanged.</li>\n") }
        if actions.added.isEmpty && actions.removed.isEmpty && actions.changed.isEmpty && actions.unchanged == 0 { h.raw("<li>No change.</li>\n") }
        h.raw("</ul>\n")
    }

    private static func measures(_ measures: MeasureComparison, _ h: inout HTMLBuilder) {
        h.raw("<h2>Measures</h2>\n<ul>\n")
        for m in measures.added {
            h.raw("<li><span class=\"label\">Added:</span> \(e("\(m.id) \"\(m.title)\", latest \(DiffWording.figure(m.latest)) \(m.unit), \(DiffWording.direction(m.better))"))</li>\n")
        }
        for m in measures.removed {
            h.raw("<li><span class=\"label\">Removed:</span> \(e("\(m.id) \"\(m.title)\", latest \(DiffWording.figure(m.latest)) \(m.unit)"))</li>\n")
        }
        for m in measures.compared {
            let trend = DiffWording.trend(m.trend)
            h.raw("<li><span class=\"label\">\(e(trend.prefix(1).uppercased() + trend.dropFirst())):</span> \(e("\(m.new.id) \"\(m.new.title)\": \(DiffWording.figure(m.old.latest)) → \(DiffWording.figure(m.new.latest)) \(m.new.unit), \(DiffWording.direction(m.new.better))"))</li>\n")
        }
        if measures.added.isEmpty && measures.removed.isEmpty && measures.compared.isEmpty { h.raw("<li>No change.</li>\n") }
        h.raw("</ul>\n")
    }

    private static func chapters(_ chapters: [ChapterComparison], _ h: inout HTMLBuilder) {
        h.raw("<h2>Chapters</h2>\n")
        for chapter in chapters where chapter.hasChanges {
            guard let side = chapter.new ?? chapter.old else { continue }
            h.raw("<h3>\(e(DiffWording.chapter(side)))</h3>\n")
            let notes = DiffWording.chapterNotes(chapter)
            if !notes.isEmpty { h.raw("<p>\(e(notes.joined(separator: "; ").prefix(1).uppercased() + notes.joined(separator: "; ").dropFirst())).</p>\n") }
            if chapter.old != nil, chapter.new != nil, chapter.old?.summary != chapter.new?.summary {
                h.raw("<p>Summary: \(words(chapter.summary))</p>\n")
            }
            blocks(chapter.blocks, &h)
        }
        let unchanged = chapters.filter { !$0.hasChanges }.count
        if unchanged > 0 { h.raw("<p>\(unchanged) \(unchanged == 1 ? "chapter" : "chapters") unchanged.</p>\n") }
    }

    /// The label of a block changed in place: a change of form said in words, "Changed heading (was a paragraph)".
    private static func changedLabel(_ what: String, _ old: BlockShape, _ new: BlockShape) -> String {
        what + (DiffWording.formerShape(old, new).map { " (\($0))" } ?? "")
    }

    /// Each changed block in a box with its label, runs of unchanged blocks collapsed to a count. A
    /// literal block (code, raw HTML) is a `<pre>`, keeping its lines and indentation.
    private static func blocks(_ edits: [BlockEdit], _ h: inout HTMLBuilder) {
        var unchanged = 0
        func flush() {
            if unchanged > 0 {
                h.raw("<p class=\"unchanged\">\(unchanged) unchanged \(unchanged == 1 ? "block" : "blocks")</p>\n")
                unchanged = 0
            }
        }
        func block(_ label: String, _ body: String, literal: Bool = false, notes: String = "") {
            if body.isEmpty {
                h.raw("<div class=\"block\">\n<p class=\"label\">\(e(label + " (empty)"))</p>\n\(notes)</div>\n")
            } else if literal {
                h.raw("<div class=\"block\">\n<p class=\"label\">\(e(label))</p>\n<pre><code>\(body)</code></pre>\n\(notes)</div>\n")
            } else {
                h.raw("<div class=\"block\">\n<p class=\"label\">\(e(label))</p>\n<p>\(body)</p>\n\(notes)</div>\n")
            }
        }
        func changed(_ label: String, _ new: BlockShape, _ pieces: [WordPiece]) {
            let literal = LiteralLines.isLiteral(new)
            let formats = pieces.formatChanges
            let notes = formats.isEmpty ? "" : "<p>\(e("Formatting: " + formats.map(DiffWording.formatChange).joined(separator: "; ")))</p>\n"
            block(label, literal ? Self.literal(pieces) : e(new.marker) + words(pieces), literal: literal, notes: notes)
        }
        func whole(_ label: String, _ b: BlockText, _ change: WordPiece.Change) {
            if LiteralLines.isLiteral(b.shape) {
                block(label, literal([WordPiece(change, b.plainText)]), literal: true)
            } else {
                block(label, words([WordPiece(change, b.shape.marker + b.plainText)]))
            }
        }
        for edit in edits {
            // A block written with other, canonically equivalent, code points reads the same: unchanged.
            if edit.isUnchanged {
                unchanged += 1
                continue
            }
            switch edit {
            case .unchanged:
                unchanged += 1
            case .changed(let old, let new, let pieces):
                flush()
                changed(changedLabel("Changed \(DiffWording.blockName(new))", old, new), new, pieces)
            case .movedHereChanged(let old, let new, let pieces, let from):
                flush()
                changed(changedLabel("Moved \(DiffWording.blockName(new)) here from block \(from + 1), and changed", old, new), new, pieces)
            case .deleted(let b):
                flush()
                whole("Deleted \(DiffWording.blockName(b.shape))", b, .deleted)
            case .inserted(let b):
                flush()
                whole("Inserted \(DiffWording.blockName(b.shape))", b, .inserted)
            case .movedAway(let b, let to):
                flush()
                block("Moved \(DiffWording.blockName(b.shape)) from here to block \(to + 1)", e(LineReport<TerminalMarkup>.opening(b)))
            case .movedHere(let b, let from):
                flush()
                whole("Moved \(DiffWording.blockName(b.shape)) here from block \(from + 1)", b, .equal)
            }
        }
        flush()
    }
}

/// Collects a page's HTML.
struct HTMLBuilder {
    private(set) var html = ""
    mutating func raw(_ s: String) { html += s }
}
