/// `word/styles.xml`: document defaults (Arial 11 pt, the document's language) and the styles a
/// clerk expects to find in Word's style gallery: Normal, Title, Subtitle, Heading 1-3 (with
/// outline levels, so they make the navigation pane and a contents list), List Bullet, List Number,
/// Quote, Code, Caption, Header, Footer, Footnote Text, and the character styles Hyperlink,
/// Code Char and Footnote Reference, and the table style Table Grid. The footer has one tab stop,
/// at the right margin, where "Page X of Y" goes.
enum StylesPart {
    static func xml(language: String) -> String {
        let lang = XMLText.attribute(language)
        return XMLText.declaration
            + "<w:styles \(Namespaces.wordRoot)>"
            + "<w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"Arial\" w:eastAsia=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>"
            + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
            + "<w:lang w:val=\"\(lang)\" w:eastAsia=\"\(lang)\" w:bidi=\"ar-SA\"/>"
            + "</w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
            + "</w:docDefaults>"
            + paragraphStyles
            + characterStyles
            + tableStyles
            + "</w:styles>"
    }

    private static let paragraphStyles = [
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>",
        paragraph("Title", "Title", next: "Normal", uiPriority: 10,
                  pPr: "<w:spacing w:after=\"240\"/>",
                  rPr: "<w:b/><w:bCs/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>"),
        paragraph("Subtitle", "Subtitle", next: "Normal", uiPriority: 11,
                  pPr: "<w:spacing w:after=\"240\"/>",
                  rPr: "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"),
        heading(1, size: 32, before: 360),
        heading(2, size: 28, before: 240),
        heading(3, size: 24, before: 200),
        paragraph("ListBullet", "List Bullet", next: nil, uiPriority: 34,
                  pPr: "<w:spacing w:after=\"80\"/>", rPr: ""),
        paragraph("ListNumber", "List Number", next: nil, uiPriority: 34,
                  pPr: "<w:spacing w:after=\"80\"/>", rPr: ""),
        paragraph("Quote", "Quote", next: "Normal", uiPriority: 29,
                  pPr: "<w:ind w:left=\"720\" w:right=\"720\"/>",
                  rPr: "<w:i/><w:iCs/>"),
        paragraph("Code", "Code", next: nil, uiPriority: 39,
                  pPr: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:left=\"284\"/>",
                  rPr: "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"),
        paragraph("Caption", "caption", next: "Normal", uiPriority: 35,
                  pPr: "<w:keepNext/><w:spacing w:after=\"120\"/>",
                  rPr: "<w:b/><w:bCs/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"),
        paragraph("Header", "header", next: nil, uiPriority: 99,
                  pPr: "<w:tabs><w:tab w:val=\"center\" w:pos=\"4513\"/><w:tab w:val=\"right\" w:pos=\"\(PageGeometry.textWidth)\"/></w:tabs><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                  rPr: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"),
        paragraph("Footer", "footer", next: nil, uiPriority: 99,
                  pPr: "<w:tabs><w:tab w:val=\"right\" w:pos=\"\(PageGeometry.textWidth)\"/></w:tabs><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                  rPr: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"),
        paragraph("FootnoteText", "footnote text", next: nil, uiPriority: 99,
                  pPr: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                  rPr: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"),
    ].joined()

    private static let characterStyles = [
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>",
        "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>",
        "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"CodeChar\"><w:name w:val=\"Code Char\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:qFormat/><w:rPr><w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>",
        "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>",
    ].joined()

    private static let tableStyles = [
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
        "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>",
        "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>"
            + "<w:pPr><w:spacing w:before=\"40\" w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
            + "<w:tblPr><w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>" }.joined()
            + "</w:tblBorders></w:tblPr>"
            + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/></w:tcPr></w:tblStylePr>"
            + "</w:style>",
    ].joined()

    /// Heading 1-3: bold, kept with the next paragraph, outline levels 0-2.
    private static func heading(_ level: Int, size: Int, before: Int) -> String {
        paragraph("Heading\(level)", "heading \(level)", next: "Normal", uiPriority: 9,
                  pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before)\" w:after=\"120\"/><w:outlineLvl w:val=\"\(level - 1)\"/>",
                  rPr: "<w:b/><w:bCs/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
    }

    private static func paragraph(_ id: String, _ name: String, next: String?, uiPriority: Int, pPr: String, rPr: String) -> String {
        "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/>"
            + (next.map { "<w:next w:val=\"\($0)\"/>" } ?? "")
            + "<w:uiPriority w:val=\"\(uiPriority)\"/><w:qFormat/>"
            + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>")
            + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>")
            + "</w:style>"
    }
}
