/// A committee paper as `partials/paper` shows it, both on the site's paper page and in the
/// standalone document the PDF is made from: its header block as a summary list, its numbered
/// sections and paragraphs, its closing fields and its footnotes.
///
/// Section and paragraph numbers are real text (`number`), not CSS counters: screen readers read
/// them, search and find-in-page find "3.2", copied text keeps them, and every browser and
/// WeasyPrint prints the same numbers the Word document gives.
struct PaperContent {
    /// The layout's name, for the CSS class `paper--<layout>`.
    let layout: String
    let subject: String
    /// "Environment and Transport Cabinet Committee, 20 March 2018".
    let meetingText: String
    let headerRows: [PaperFieldView]
    let opening: [PaperItemView]
    let sections: [PaperSectionView]
    let closing: [PaperClosingView]
    let footnotes: [PaperFootnoteView]
    let hasFootnotes: Bool
}

/// One row of the header block: its label and its value as lines of text, as HTML the writer made
/// from Markdown, or as the recommendations.
struct PaperFieldView {
    let key: String
    let lines: [String]
    let contentHTML: String?
    let recommendations: PaperRecommendationsView?
}

/// The recommendations: a lead-in and the items with their markers, (a), (b) or 1., 2.
struct PaperRecommendationsView {
    let leadInHTML: String?
    let items: [PaperMarkedItem]
}

/// A list item whose marker is written as text.
struct PaperMarkedItem {
    let marker: String
    let contentHTML: String
}

/// A section: its heading (with its number as text, when it has one) and what it holds.
struct PaperSectionView {
    let id: String
    let number: String?
    let headingHTML: String
    let isAppendix: Bool
    let items: [PaperItemView]
}

/// One thing in a section: exactly one of a paragraph, another block's HTML or a table.
struct PaperItemView {
    let paragraph: PaperParagraphView?
    let blockHTML: String?
    /// A sub-heading, which sits at the margin; lists, quotations and tables sit beside the numbers.
    let isHeading: Bool
    let table: PaperTableView?
}

/// A paragraph; numbered ones have an `id` (`paragraph-3-2`) so other pages can link to them.
struct PaperParagraphView {
    let number: String?
    let id: String?
    let contentHTML: String
}

/// A table drafted from the data, with its caption and header row.
struct PaperTableView {
    let caption: String
    let header: [String]
    let rows: [PaperTableRow]
}

/// A body row of a table: its cells as HTML.
struct PaperTableRow {
    let cells: [PaperTableCell]
}

/// A table cell as HTML the writer made from Markdown inlines.
struct PaperTableCell {
    let contentHTML: String
}

/// A closing field: background documents, appendices and attachments as paragraphs, or contacts
/// grouped under their headings.
struct PaperClosingView {
    let id: String
    let number: String?
    let label: String
    let paragraphs: [PaperTableCell]
    let contactGroups: [PaperContactGroup]
}

/// Contacts under one heading ("Report Author", "Relevant Director").
struct PaperContactGroup {
    let heading: String
    let contacts: [PaperContactView]
}

/// A contact's name, role, telephone number and email address.
struct PaperContactView {
    let name: String
    let role: String?
    let phone: String?
    let email: String?
}

/// A footnote at the end of the paper, numbered in the order the paper first refers to it.
struct PaperFootnoteView {
    let number: Int
    let contentHTML: String
}

/// The site's page of one paper: the paper, and its Word and PDF versions beside it.
struct PaperPageView {
    let frame: PageFrame
    let paper: PaperContent
    let docxHref: String
    /// Nil when the site was built without WeasyPrint, so there is no PDF to link to.
    let pdfHref: String?
    let stylesheetHref: String
}

/// The paper alone, as one self-contained HTML document: what `csa paper --format html` writes and
/// what WeasyPrint turns into the PDF. Its stylesheets are inside it.
struct PaperDocumentView {
    let lang: String
    let paper: PaperContent
    let description: String
    /// The subject, escaped for a CSS string: the running head of every printed page.
    let subjectCSS: String
    /// The people the paper is from, for `<meta name="author">`.
    let author: String
    /// The meeting date, `2018-03-20`, as the document's created and modified dates, so that the
    /// PDF carries a date from the paper, never the clock.
    let dateISO: String
    /// The site's screen and print stylesheets and the papers' own, to put inside `<style>`.
    let siteCSS: String
    let printCSS: String
    let paperCSS: String
}

/// The list of every paper on the site.
struct PapersIndexView {
    let frame: PageFrame
    let papers: [PaperListItem]
}

/// A paper in the list: subject, meeting, and its three formats.
struct PaperListItem {
    let subject: String
    let meetingText: String
    let href: String
    let docxHref: String
    let pdfHref: String?
}
