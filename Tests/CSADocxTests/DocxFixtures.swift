import CSADocx
import Foundation

/// Small documents and helpers the tests share. Made with `try Fixture()` because a
/// `DocxDateTime` is checked when it is made.
struct Fixture {
    let date: DocxDateTime
    /// The author and date of the "new edition" changes.
    let editor: DocxRevision
    let properties: DocxProperties

    init() throws {
        date = try DocxDateTime(year: 2024, month: 4, day: 1, hour: 9, minute: 30)
        editor = DocxRevision(author: "Kent Community Safety Partnership", date: date)
        properties = DocxProperties(
            title: "Community Safety Agreement",
            subject: "Annual review",
            creator: "Kent Community Safety Partnership",
            created: date
        )
    }

    func document(_ blocks: [DocxBlock], header: DocxHeader? = nil, footer: DocxFooter? = nil) -> DocxDocument {
        DocxDocument(properties: properties, header: header, footer: footer, blocks: blocks)
    }

    /// The XML of the body of `word/document.xml`, between `<w:body>` and the section properties.
    func body(_ blocks: [DocxBlock]) -> String {
        Fixture.body(of: document(blocks))
    }

    static func body(of document: DocxDocument) -> String {
        let xml = part("word/document.xml", of: document)
        guard let start = xml.range(of: "<w:body>"), let end = xml.range(of: "<w:sectPr>") else {
            return "no body in: \(xml)"
        }
        return String(xml[start.upperBound..<end.lowerBound])
    }

    /// One part's XML, or a note saying it is missing (which no exact comparison will match).
    static func part(_ path: String, of document: DocxDocument) -> String {
        DocxWriter().parts(for: document).first { $0.path == path }?.content ?? "missing part \(path)"
    }

    static func paragraph(_ text: String, style: DocxParagraphStyle = .normal) -> DocxBlock {
        .paragraph(DocxParagraph(style: style, content: [.text(text)]))
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordRoot = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    /// The attributes of the fixture's revisions, after `w:id="…"`.
    static let revisionTail = "w:author=\"Kent Community Safety Partnership\" w:date=\"2024-04-01T09:30:00Z\""
}
