import CSADiff
import CSAModel

/// The report the terminal and Markdown formats share: a summary first, then priorities and themes,
/// actions, measures, and each chapter's changes with unchanged runs collapsed. `M` decides how it is
/// marked up.
struct LineReport<M: ReportMarkup> {
    let markup: M
    /// Only the chapters, when one chapter was asked for.
    let chaptersOnly: Bool

    func render(_ c: EditionComparison) -> String {
        var parts: [String] = []
        var intro = [markup.paragraph("OLD: \(c.old.id), \(c.old.title) (\(c.old.status.rawValue)).")]
        intro.append(markup.paragraph("NEW: \(c.new.id), \(c.new.title) (\(c.new.status.rawValue))."))
        for note in [DiffWording.direction(c), DiffWording.succession(c), DiffWording.onlyChapter(c)].compactMap({ $0 }) { intro.append(markup.paragraph(note)) }
        if markup is MarkdownMarkup { intro.append(markup.paragraph("Deleted words are struck through and inserted words are in bold.")) }
        parts.append(markup.heading(markup.text(DiffWording.title(c)), level: 1))
        parts.append(intro.joined(separator: markup is MarkdownMarkup ? "\n\n" : "\n"))
        parts.append(summary(c))
        if !chaptersOnly {
            parts.append(items(c.items))
            parts.append(actions(c.actions))
            parts.append(measures(c.measures))
        }
        parts.append(chapters(c.chapters))
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func section(_ title: String, _ lines: [String]) -> String {
        ([markup.heading(markup.text(title), level: 2), ""] + (lines.isEmpty ? [markup.entry(markup.text("No change."), depth: 0)] : lines))
            .joined(separator: "\n")
    }

    /// The pieces marked up; neighbouring deletions (or insertions) in different formatting read as one.
    private func words(_ pieces: [WordPiece]) -> String {
        DiffDisplay.spans(pieces).map { span in
            switch span.change {
            case .equal: return markup.text(span.text)
            case .deleted: return markup.deleted(span.text)
            case .inserted: return markup.inserted(span.text)
            }
        }.joined()
    }

    // MARK: Summary

    private func summary(_ c: EditionComparison) -> String {
        let s = c.summary
        var lines: [String] = []
        if !chaptersOnly {
            lines.append(markup.entry(markup.text("Priorities: " + DiffWording.items(s.priorities)), depth: 0))
            lines.append(markup.entry(markup.text("Themes: " + DiffWording.items(s.themes)), depth: 0))
            lines.append(markup.entry(markup.text("Actions: " + DiffWording.actions(s.actions)), depth: 0))
            lines.append(markup.entry(markup.text("Measures: " + DiffWording.measures(s.measures)), depth: 0))
        }
        lines.append(markup.entry(markup.text("Chapters: " + DiffWording.chapters(s.chapters)), depth: 0))
        return section("Summary", lines)
    }

    // MARK: Priorities and themes

    private func items(_ items: ItemComparison) -> String {
        var lines: [String] = []
        for link in items.links where link.relation != .same || link.kindChanged || link.changes?.isEmpty == false {
            lines.append(markup.entry(markup.text("\(DiffWording.relation(link)): \(DiffWording.link(link))"), depth: 0))
            if link.relation == .possiblyRenamed {
                lines.append(markup.entry(markup.text(DiffWording.possiblyRenamedNote), depth: 1))
            }
            guard let changes = link.changes else { continue }
            if !changes.title.isUnchanged { lines.append(markup.entry(markup.text("title: ") + words(changes.title), depth: 1)) }
            if let lead = changes.lead {
                lines.append(markup.entry(markup.text("lead: \(lead.old.name) → \(lead.new.name)"), depth: 1))
            }
            if !changes.themesRemoved.isEmpty {
                lines.append(markup.entry(markup.text("themes no longer supported: " + changes.themesRemoved.map { "\"\($0.title)\"" }.joined(separator: ", ")), depth: 1))
            }
            if !changes.themesAdded.isEmpty {
                lines.append(markup.entry(markup.text("themes now supported: " + changes.themesAdded.map { "\"\($0.title)\"" }.joined(separator: ", ")), depth: 1))
            }
            if !changes.description.isUnchanged {
                lines.append(markup.entry(markup.text("description:"), depth: 1))
                lines += blocks(changes.description, depth: 2)
            }
        }
        for item in items.added { lines.append(markup.entry(markup.text("Added: " + DiffWording.item(item)), depth: 0)) }
        for item in items.removed { lines.append(markup.entry(markup.text("Ended: " + DiffWording.item(item)), depth: 0)) }
        return section("Priorities and themes", lines)
    }

    // MARK: Actions

    private func actions(_ actions: ActionComparison) -> String {
        var lines: [String] = []
        for a in actions.added {
            lines.append(markup.entry(markup.text("Added: \(a.id) (\(a.status.label), due \(a.due)): \(a.description)"), depth: 0))
        }
        for a in actions.removed {
            lines.append(markup.entry(markup.text("Removed: \(a.id) (\(a.status.label), due \(a.due)): \(a.description)"), depth: 0))
        }
        for a in actions.changed {
            lines.append(markup.entry(markup.text("Changed: \(a.id)"), depth: 0))
            if let status = a.status { lines.append(markup.entry(markup.text("status: " + DiffWording.statusChange(status)), depth: 1)) }
            if let due = a.due { lines.append(markup.entry(markup.text("due: " + DiffWording.dueChange(due)), depth: 1)) }
            if let lead = a.lead { lines.append(markup.entry(markup.text("lead: \(lead.old.name) → \(lead.new.name)"), depth: 1)) }
            if let p = a.priorities {
                lines.append(markup.entry(markup.text("priorities: \(p.old.joined(separator: ", ")) → \(p.new.joined(separator: ", "))"), depth: 1))
            }
            if !a.description.isUnchanged { lines.append(markup.entry(markup.text("description: ") + words(a.description), depth: 1)) }
            for update in a.newUpdates {
                lines.append(markup.entry(markup.text("new progress update, \(update.date): \(update.text)"), depth: 1))
            }
        }
        if actions.unchanged > 0 {
            lines.append(markup.entry(markup.text("\(actions.unchanged) \(actions.unchanged == 1 ? "action" : "actions") unchanged."), depth: 0))
        }
        return section("Actions", lines)
    }

    // MARK: Measures

    private func measures(_ measures: MeasureComparison) -> String {
        var lines: [String] = []
        for m in measures.added {
            lines.append(markup.entry(markup.text("Added: \(m.id) \"\(m.title)\", latest \(DiffWording.figure(m.latest)) \(m.unit), \(DiffWording.direction(m.better))"), depth: 0))
        }
        for m in measures.removed {
            lines.append(markup.entry(markup.text("Removed: \(m.id) \"\(m.title)\", latest \(DiffWording.figure(m.latest)) \(m.unit)"), depth: 0))
        }
        for m in measures.compared {
            let trend = DiffWording.trend(m.trend)
            lines.append(markup.entry(markup.text("\(trend.prefix(1).uppercased() + trend.dropFirst()): \(m.new.id) \"\(m.new.title)\": \(DiffWording.figure(m.old.latest)) → \(DiffWording.figure(m.new.latest)) \(m.new.unit), \(DiffWording.direction(m.new.better))"), depth: 0))
        }
        return section("Measures", lines)
    }

    // MARK: Chapters

    private func chapters(_ chapters: [ChapterComparison]) -> String {
        var lines: [String] = []
        for chapter in chapters where chapter.hasChanges {
            guard let side = chapter.new ?? chapter.old else { continue }
            var head = DiffWording.chapter(side)
            let notes = DiffWording.chapterNotes(chapter)
            if !notes.isEmpty { head += ": " + notes.joined(separator: "; ") }
            lines.append(markup.entry(markup.text(head), depth: 0))
            if chapter.old?.summary != chapter.new?.summary, chapter.old != nil, chapter.new != nil {
                lines.append(markup.entry(markup.text("summary: ") + words(chapter.summary), depth: 1))
            }
            lines += blocks(chapter.blocks, depth: 1)
        }
        let unchanged = chapters.filter { !$0.hasChanges }.count
        if unchanged > 0 { lines.append(markup.entry(markup.text("\(unchanged) \(unchanged == 1 ? "chapter" : "chapters") unchanged."), depth: 0)) }
        return section("Chapters", lines)
    }

    /// Each changed block on its own entry, runs of unchanged blocks collapsed to a count.
    private func blocks(_ edits: [BlockEdit], depth: Int) -> [String] {
        var lines: [String] = []
        var unchanged = 0
        func flush() {
            if unchanged > 0 {
                lines.append(markup.entry(markup.text("… \(unchanged) unchanged \(unchanged == 1 ? "block" : "blocks")"), depth: depth))
                unchanged = 0
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
                continue
            case .changed(let old, let new, let pieces):
                flush()
                lines += changed("changed \(DiffWording.blockName(new))", old, new, pieces, depth: depth)
            case .deleted(let block):
                flush()
                lines.append(whole("deleted", block, .deleted, depth: depth))
            case .inserted(let block):
                flush()
                lines.append(whole("inserted", block, .inserted, depth: depth))
            case .movedAway(let block, let to):
                flush()
                lines.append(markup.entry(markup.text("moved \(DiffWording.blockName(block.shape)) from here to block \(to + 1): \(Self.opening(block))"), depth: depth))
            case .movedHereChanged(let old, let new, let pieces, let from):
                flush()
                lines += changed("moved \(DiffWording.blockName(new)) here from block \(from + 1), and changed", old, new, pieces, depth: depth)
            case .movedHere(let block, let from):
                flush()
                lines.append(whole("moved", block, .equal, depth: depth, place: " here from block \(from + 1)"))
            }
        }
        flush()
        return lines
    }

    /// A block changed in place (or moved and changed): `what`, a change of form said in words ("changed
    /// heading (was a paragraph)"), NEW's marker as plain text and the words compared; a literal block
    /// line by line. Then any changes of formatting.
    private func changed(_ what: String, _ old: BlockShape, _ new: BlockShape, _ pieces: [WordPiece], depth: Int) -> [String] {
        let label = what + (DiffWording.formerShape(old, new).map { " (\($0))" } ?? "")
        var lines: [String]
        if LiteralLines.isLiteral(new) {
            lines = [markup.literal(label, pieces, info: new.info, depth: depth)]
        } else {
            lines = [markup.entry(markup.text(label + ": ") + markup.text(new.marker) + words(pieces), depth: depth)]
        }
        for change in pieces.formatChanges {
            lines.append(markup.entry(markup.text("formatting: " + DiffWording.formatChange(change)), depth: depth + 1))
        }
        return lines
    }

    /// A block only one side has (or moved whole): its marker and text, deleted, inserted or kept; a
    /// literal block line by line; "(empty)" for a block with no text at all.
    private func whole(_ verb: String, _ block: BlockText, _ change: WordPiece.Change, depth: Int, place: String = "") -> String {
        let label = "\(verb) \(DiffWording.blockName(block.shape))\(place)"
        if LiteralLines.isLiteral(block.shape) {
            return markup.literal(label, [WordPiece(change, block.plainText)], info: block.shape.info, depth: depth)
        }
        let body = block.shape.marker + block.plainText
        guard !body.isEmpty else { return markup.entry(markup.text(label + " (empty)"), depth: depth) }
        switch change {
        case .equal: return markup.entry(markup.text("\(label): \(body)"), depth: depth)
        case .deleted: return markup.entry(markup.text(label + ": ") + markup.deleted(body), depth: depth)
        case .inserted: return markup.entry(markup.text(label + ": ") + markup.inserted(body), depth: depth)
        }
    }

    /// The first words of a block, to recognise it by.
    static func opening(_ block: BlockText) -> String {
        let words = block.plainText.split(whereSeparator: \.isWhitespace)
        return words.prefix(8).joined(separator: " ") + (words.count > 8 ? " …" : "")
    }
}
