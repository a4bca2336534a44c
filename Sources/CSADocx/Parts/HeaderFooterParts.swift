/// `word/header1.xml` and `word/footer1.xml`. The footer's "Page X of Y" is made of Word's
/// `PAGE` and `NUMPAGES` fields, so both client programs keep it up to date.
enum HeaderFooterParts {
    static func header(_ header: DocxHeader) -> String {
        XMLText.declaration
            + "<w:hdr \(Namespaces.wordRoot)><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
            + text(header.text)
            + "</w:p></w:hdr>"
    }

    static func footer(_ footer: DocxFooter) -> String {
        var content = text(footer.text)
        if footer.showsPageNumbers {
            content += "<w:r><w:tab/></w:r>" + text("Page ") + field("PAGE") + text(" of ") + field("NUMPAGES")
        }
        return XMLText.declaration
            + "<w:ftr \(Namespaces.wordRoot)><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
            + content
            + "</w:p></w:ftr>"
    }

    /// One line of text: line ends and tabs become spaces (a tab would jump to the page number).
    private static func text(_ text: String) -> String {
        let line = String(String.UnicodeScalarView(text.unicodeScalars.map { ["\n", "\r", "\t"].contains($0) ? " " : $0 }))
        let inner = RunWriter.textContent(line, deleted: false)
        return inner.isEmpty ? "" : "<w:r>\(inner)</w:r>"
    }

    /// A complex field with "1" as its last known result.
    private static func field(_ instruction: String) -> String {
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>1</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    }
}
