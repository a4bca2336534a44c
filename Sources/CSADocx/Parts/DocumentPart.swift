/// `word/document.xml`: the body, then the section properties (A4, margins, header and footer).
enum DocumentPart {
    static func xml(body: String, contents: PackageParts.Contents) -> String {
        var section = ""
        if contents.header {
            section += "<w:headerReference w:type=\"default\" r:id=\"rId\(DocumentRelationshipID.header)\"/>"
        }
        if contents.footer {
            section += "<w:footerReference w:type=\"default\" r:id=\"rId\(DocumentRelationshipID.footer)\"/>"
        }
        section += "<w:pgSz w:w=\"\(PageGeometry.width)\" w:h=\"\(PageGeometry.height)\"/>"
        let margin = PageGeometry.margin
        section += "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" w:left=\"\(margin)\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
        section += "<w:cols w:space=\"708\"/>"
        return XMLText.declaration
            + "<w:document \(Namespaces.wordRoot)><w:body>"
            + body
            + "<w:sectPr>\(section)</w:sectPr>"
            + "</w:body></w:document>"
    }
}
