import CSAModel

/// `priorities` and `themes`: an edition's priorities or cross-cutting themes as a bulleted list
/// (leads with `leads=yes`) or as a table with a lead column (unless `leads=no`).
enum ItemListDraft {
    /// A priority or theme as the list shows it.
    private struct Item {
        let title: String
        let lead: String
        let provenance: Provenance
    }

    static func priorities(_ c: DraftContext) throws(DirectiveErrors) -> [PaperBlock] {
        let edition = try c.edition()
        let items = edition.priorities.map { Item(title: $0.title, lead: $0.lead, provenance: $0.provenance) }
        return draft(items, noun: ("Priority", "priorities"), edition: edition, c)
    }

    static func themes(_ c: DraftContext) throws(DirectiveErrors) -> [PaperBlock] {
        let edition = try c.edition()
        let items = edition.themes.map { Item(title: $0.title, lead: $0.lead, provenance: $0.provenance) }
        return draft(items, noun: ("Theme", "cross-cutting themes"), edition: edition, c)
    }

    private static func draft(_ items: [Item], noun: (one: String, many: String), edition: Edition, _ c: DraftContext) -> [PaperBlock] {
        guard !items.isEmpty else { return [c.paragraph("The \(edition.title) has no \(noun.many).")] }
        let table = c.form == "table"
        let leads = (c.directive.value("leads") ?? (table ? "yes" : "no")) == "yes"
        var marked = false
        func title(_ item: Item) -> String {
            guard item.provenance.isIllustrative("title") else { return item.title }
            marked = true
            return item.title + ExampleNotes.mark
        }
        func lead(_ item: Item) -> String {
            let name = DraftText.body(item.lead, in: c.publication)
            guard item.provenance.isIllustrative("lead") else { return name }
            marked = true
            return name + ExampleNotes.mark
        }
        var blocks: [PaperBlock]
        if table {
            let header = leads ? [noun.one, "Lead"] : [noun.one]
            let rows = items.map { item in (leads ? [title(item), lead(item)] : [title(item)]).map(c.cell) }
            let caption = "\(noun.many.prefix(1).uppercased())\(noun.many.dropFirst()) of the \(edition.title)"
            blocks = [.table(PaperTable(caption: caption, header: header, rows: rows, line: c.line))]
        } else {
            blocks = [DraftText.bulletList(items.map { leads ? "\(title($0)), led by \(lead($0))" : title($0) }, line: c.line)]
        }
        if marked { blocks.append(c.paragraph(ExampleNotes.marked)) }
        return blocks
    }
}
