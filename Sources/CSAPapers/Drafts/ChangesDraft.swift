import CSADiff
import CSADiffText
import CSAModel

/// `changes`: what changed between two editions (`from=`, by default the one `to=` supersedes; `to=`,
/// by default the paper's edition), as `csa diff` summarises it: a list, or a table, of the changes to
/// priorities, themes, actions, measures and chapters, in `DiffWording`'s words.
enum ChangesDraft {
    static func draft(_ c: DraftContext) throws(DirectiveErrors) -> [PaperBlock] {
        // Both editions looked up before either is found missing, so that two wrong ids are two errors.
        let newLookup = Result { () throws(DirectiveErrors) in try c.edition("to") }
        let named = c.directive.value("from")
        let oldLookup = named.map { id in Result { () throws(DirectiveErrors) in try c.edition(id, at: c.directive.location(of: "from")) } }
        var errors: [Diagnostic] = []
        if case .failure(let failed) = newLookup { errors += failed.diagnostics }
        if case .failure(let failed)? = oldLookup { errors += failed.diagnostics }
        guard errors.isEmpty, case .success(let new) = newLookup else { throw DirectiveErrors(errors) }
        let old: Edition
        if case .success(let found)? = oldLookup {
            old = found
        } else if c.directive.misread.contains("from") {
            throw DraftContext.alreadyReported
        } else if let id = new.supersedes {
            old = try c.edition(id, at: c.directive.location)
        } else {
            throw c.error(c.directive.location, "directive 'changes' names no edition to compare with, and edition \(new.id) supersedes none",
                          hint: "add from=<id>, naming the earlier edition, such as from=\(c.known.first ?? "2011-14")")
        }
        guard old.id != new.id else {
            throw c.error(c.directive.location(of: "from"), "directive 'changes' compares edition \(new.id) with itself",
                          hint: "name two different editions with from= and to=")
        }
        let comparison: EditionComparison
        do {
            comparison = try EditionComparison.compare(c.publication, old: old.id, new: new.id)
        } catch {
            // Both editions were found above, so the comparison cannot fail to find them.
            throw c.error(c.directive.location, "directive 'changes' could not compare \(old.id) with \(new.id)",
                          hint: "run 'csa diff \(old.id) \(new.id)' to see why, then run the check again")
        }
        let summary = comparison.summary
        let rows = [("Priorities", DiffWording.items(summary.priorities)), ("Themes", DiffWording.items(summary.themes)),
                    ("Actions", DiffWording.actions(summary.actions)), ("Measures", DiffWording.measures(summary.measures)),
                    ("Chapters", DiffWording.chapters(summary.chapters))]
        var blocks: [PaperBlock]
        if c.form == "items" {
            let lines = items(comparison.items)
            blocks = lines.isEmpty ? [c.paragraph("The priorities and themes of \(old.id) and \(new.id) have the same titles.")]
                : [c.paragraph("\(DiffWording.title(comparison)) in the priorities and themes:"), DraftText.bulletList(lines, line: c.line)]
        } else if c.form == "table" {
            blocks = [.table(PaperTable(caption: DiffWording.title(comparison), header: ["Part", "Changes"],
                                        rows: rows.map { [c.cell($0.0), c.cell($0.1)] }, line: c.line))]
        } else {
            blocks = [c.paragraph("\(DiffWording.title(comparison)), in summary:"),
                      DraftText.bulletList(rows.map { "\($0.0): \($0.1)" }, line: c.line)]
        }
        if c.form == "items" {
            blocks += [DiffWording.direction(comparison), DiffWording.succession(comparison)].compactMap { $0 }.map(c.paragraph)
            return blocks
        }
        for note in [DiffWording.direction(comparison), DiffWording.succession(comparison)].compactMap({ $0 }) {
            blocks.append(c.paragraph(note))
        }
        let examples = [("actions", [old, new].contains { $0.actions.contains(where: \.illustrative) }),
                        ("measures", [old, new].contains { $0.measures.contains(where: \.illustrative) })].filter(\.1).map(\.0)
        if !examples.isEmpty {
            blocks.append(c.paragraph("The \(EnglishList.and(examples)) compared include examples, not facts reported in a published paper."))
        }
        return blocks
    }

    /// One line per priority or theme added, ended, renamed, merged, split or retitled, by title:
    /// `Renamed: priority "Anti-Social Behaviour" → priority "Preventing Neighbourhood Crime & ASB"`.
    static func items(_ items: ItemComparison) -> [String] {
        func item(_ side: ItemSide) -> String { "\(DiffWording.kind(side.kind).lowercased()) \"\(side.title)\"" }
        var lines: [String] = []
        for link in items.links {
            let from = link.old.map(item).joined(separator: " and "), to = link.new.map(item).joined(separator: " and ")
            switch link.relation {
            case .same:
                guard let old = link.old.first, let new = link.new.first else { continue }
                if link.kindChanged {
                    lines.append("\(DiffWording.relation(link)): \(from) → \(to)")
                } else if old.title != new.title {
                    lines.append("Retitled: \(from) → \"\(new.title)\"")
                }
            case .possiblyRenamed:
                lines.append("\(DiffWording.relation(link)): \(from) → \(to) (\(DiffWording.possiblyRenamedNote))")
            case .renamed, .merged, .split, .regrouped:
                lines.append("\(DiffWording.relation(link)): \(from) → \(to)")
            }
        }
        lines += items.added.map { "Added: \(item($0))" }
        lines += items.removed.map { "Ended: \(item($0))" }
        return lines
    }
}
