import CSAModel

/// `edition`: the edition's title, period and approval, as sentences or a small table. It says nothing
/// of later editions: a paper written before them could not have.
enum EditionFactsDraft {
    static func draft(_ c: DraftContext) throws(DirectiveErrors) -> [PaperBlock] {
        let edition = try c.edition()
        let approval = edition.approval.map { approval in
            (body: DraftText.body(approval.body, in: c.publication),
             date: approval.date.longForm + (approval.illustrative ? " (an example date, not given in a published paper)" : ""))
        }
        if c.form == "table" {
            var rows = [["Title", edition.title], ["Period", DraftText.period(edition.period)],
                        ["Status", edition.status == .approved ? "Approved" : "Draft"]]
            if let approval { rows.append(["Approved", "by the \(approval.body) on \(approval.date)"]) }
            return [.table(PaperTable(caption: "The \(edition.title)", header: ["Detail", "Edition \(edition.id)"],
                                      rows: rows.map { $0.map(c.cell) }, line: c.line))]
        }
        var text = "The \(edition.title) covers the period from \(DraftText.period(edition.period))."
        if let approval {
            text += " The \(approval.body) approved it on \(approval.date)."
        } else {
            text += " It is a draft and has not been approved."
        }
        return [c.paragraph(text)]
    }
}
