/// `word/footnotes.xml`: the separator and continuation separator Word expects (ids -1 and 0),
/// then each footnote, its paragraph starting with its own mark.
enum FootnotesPart {
    static func xml(footnotes: [String]) -> String {
        XMLText.declaration
            + "<w:footnotes \(Namespaces.wordRoot)>"
            + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
            + footnotes.enumerated().map { index, paragraph in
                "<w:footnote w:id=\"\(index + 1)\">\(paragraph)</w:footnote>"
            }.joined()
            + "</w:footnotes>"
    }

    /// The run that starts a footnote's paragraph: its number, in the footnote reference style.
    static let markRun = "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
}
