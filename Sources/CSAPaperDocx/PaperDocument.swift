import CSADocx
import CSAModel

/// A committee paper as a Word document, as a clerk would make it: the subject in the Title style,
/// the header block in the layout's order with its labels in bold, sections in Heading 1 and
/// sub-headings in Heading 2 and 3, section and paragraph numbers made by Word's list numbering
/// (never typed), lists in the list styles, tables with a header row that repeats on each page,
/// footnotes at the foot of the page, the classification at the top of each page and the subject
/// with "Page X of Y" at the foot, and the paper's title, subject and authors as document properties.
///
/// It walks the same `PaperOutline` as the web page, so every paragraph has the same number in both.
public struct PaperDocument {
    public let paper: Paper
    public let layout: PaperLayout
    /// Who publishes the paper (the partnership), for the document's company property.
    public let organisation: String
    /// The BCP 47 language of the document (`en-GB`).
    public let language: String

    public init(_ paper: Paper, layout: PaperLayout, organisation: String, language: String = "en-GB") {
        self.paper = paper
        self.layout = layout
        self.organisation = organisation
        self.language = language
    }

    /// The Word document. Its dates are the meeting's (never the clock), so the same paper always
    /// gives the same bytes; a meeting date Word cannot hold (before year 1) is `DocxError.invalidDate`.
    public func document() throws(DocxError) -> DocxDocument {
        let header = paper.header
        let date = try DocxDateTime(year: header.meetingDate.year, month: header.meetingDate.month, day: header.meetingDate.day)
        let people = (header.from + header.by).map(\.name)
        let properties = DocxProperties(title: header.subject, subject: PaperWording.meeting(header),
                                        creator: people.isEmpty ? organisation : people.joined(separator: "; "),
                                        company: organisation, created: date, language: language)
        var body = PaperBody(paper: paper, layout: layout)
        return DocxDocument(properties: properties,
                            header: header.classification.isEmpty ? nil : DocxHeader(text: header.classification),
                            footer: DocxFooter(text: header.subject),
                            blocks: body.blocks())
    }
}
