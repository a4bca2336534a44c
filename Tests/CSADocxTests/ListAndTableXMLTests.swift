import CSADocx
import Testing

/// Numbered paragraphs (`w:numPr` and `numbering.xml`) and tables.
@Suite struct ListAndTableXMLTests {
    @Test func numberedParagraphsCarryNumPrAndEachListGetsItsOwnNum() throws {
        let fixture = try Fixture()
        let sections = DocxList(style: .sections)
        let letters = DocxList(style: .lettered, instance: 1)
        let document = fixture.document([
            .paragraph(DocxParagraph(style: .heading1, numbering: DocxNumbering(list: sections, level: 0), content: [.text("Introduction")])),
            .paragraph(DocxParagraph(numbering: DocxNumbering(list: sections, level: 1), content: [.text("The partnership")])),
            .paragraph(DocxParagraph(style: .listNumber, numbering: DocxNumbering(list: letters, level: 0), content: [.text("note")])),
            .paragraph(DocxParagraph(numbering: DocxNumbering(list: sections, level: 12), content: [.text("deep")])),
            .paragraph(DocxParagraph(style: .listNumber, numbering: DocxNumbering(list: DocxList(style: .decimal, start: 4), level: -1), content: [.text("four")])),
        ])
        #expect(Fixture.body(of: document)
            == "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">Introduction</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">The partnership</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"ListNumber\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">note</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"8\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">deep</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"ListNumber\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">four</w:t></w:r></w:p>")
        let numbering = Fixture.part("word/numbering.xml", of: document)
        #expect(numbering.hasSuffix(
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"4\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"4\"/></w:lvlOverride></w:num>"
            + "</w:numbering>"))
    }

    @Test func numberingDefinesEveryListStyle() throws {
        let fixture = try Fixture()
        let numbering = Fixture.part("word/numbering.xml", of: fixture.document([]))
        #expect(numbering.hasPrefix(Fixture.declaration + "<w:numbering \(Fixture.wordRoot)><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2022}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{25E6}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"1440\" w:hanging=\"360\"/></w:pPr></w:lvl>"))
        #expect(numbering.hasSuffix("</w:abstractNum></w:numbering>"))
        let expectedLevels: [(Int, Int, String, String)] = [
            (1, 0, "decimal", "%1."), (1, 1, "lowerLetter", "%2."), (1, 2, "lowerRoman", "%3."),
            (2, 0, "lowerLetter", "(%1)"), (2, 1, "lowerRoman", "(%2)"),
            (3, 0, "decimal", "(%1)"), (3, 1, "lowerLetter", "(%2)"),
            (4, 0, "decimal", "%1."), (4, 1, "decimal", "%1.%2"), (4, 2, "decimal", "%1.%2.%3"),
            (5, 0, "decimal", "%1.0"), (5, 1, "decimal", "%1.%2"), (5, 2, "decimal", "%1.%2.%3"),
            (6, 0, "decimal", "%1."), (6, 1, "decimal", "(%2)"), (6, 2, "lowerLetter", "(%3)"), (6, 3, "lowerLetter", "(%4)"),
        ]
        for (abstract, level, format, text) in expectedLevels {
            let definition = numbering.components(separatedBy: "<w:abstractNum w:abstractNumId=\"\(abstract)\">").dropFirst().first?
                .components(separatedBy: "</w:abstractNum>").first ?? ""
            #expect(definition.contains("<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/>"),
                    "abstractNum \(abstract) level \(level)")
        }
        #expect(numbering.components(separatedBy: "<w:lvl ").count - 1 == 7 * 9)
        #expect(numbering.contains("<w:abstractNum w:abstractNumId=\"4\"><w:multiLevelType w:val=\"multilevel\"/>"))
        #expect(numbering.contains("<w:abstractNum w:abstractNumId=\"5\"><w:multiLevelType w:val=\"multilevel\"/>"))
        #expect(numbering.contains("<w:abstractNum w:abstractNumId=\"6\"><w:multiLevelType w:val=\"multilevel\"/>"))
    }

    @Test func tableHasGridWidthsAndARepeatingHeaderRow() throws {
        let fixture = try Fixture()
        let table = DocxTable(
            columns: [DocxColumn(weight: 2), DocxColumn(weight: 1, alignment: .right)],
            header: DocxTableRow(cells: [DocxCell(text: "Measure"), DocxCell(text: "Latest")]),
            rows: [
                DocxTableRow(cells: [DocxCell(text: "Burglary"), DocxCell(text: "1,204")]),
                DocxTableRow(cells: [DocxCell(text: "Short row")]),
            ]
        )
        let cellEnd = "</w:tc>"
        #expect(fixture.body([.table(table)])
            == "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
            + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
            + "<w:tblGrid><w:gridCol w:w=\"6017\"/><w:gridCol w:w=\"3009\"/></w:tblGrid>"
            + "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            + "<w:tc><w:tcPr><w:tcW w:w=\"6017\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/></w:tcPr><w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">Measure</w:t></w:r></w:p>\(cellEnd)"
            + "<w:tc><w:tcPr><w:tcW w:w=\"3009\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/></w:tcPr><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">Latest</w:t></w:r></w:p>\(cellEnd)</w:tr>"
            + "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            + "<w:tc><w:tcPr><w:tcW w:w=\"6017\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t xml:space=\"preserve\">Burglary</w:t></w:r></w:p>\(cellEnd)"
            + "<w:tc><w:tcPr><w:tcW w:w=\"3009\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">1,204</w:t></w:r></w:p>\(cellEnd)</w:tr>"
            + "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            + "<w:tc><w:tcPr><w:tcW w:w=\"6017\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t xml:space=\"preserve\">Short row</w:t></w:r></w:p>\(cellEnd)"
            + "<w:tc><w:tcPr><w:tcW w:w=\"3009\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr></w:p>\(cellEnd)</w:tr>"
            + "</w:tbl><w:p/>")
    }

    @Test func tableWithoutRowsIsNotWritten() throws {
        let fixture = try Fixture()
        #expect(fixture.body([Fixture.paragraph("a"), .table(DocxTable(header: nil, rows: [])), Fixture.paragraph("b")])
            == "<w:p><w:r><w:t xml:space=\"preserve\">a</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">b</w:t></w:r></w:p>")
    }

    @Test func tableWithoutHeaderOrColumnsStillHasAGrid() throws {
        let fixture = try Fixture()
        let body = fixture.body([.table(DocxTable(header: nil, rows: [DocxTableRow(cells: [DocxCell(text: "a"), DocxCell(text: "b"), DocxCell(text: "c")])]))])
        #expect(body.contains("w:firstRow=\"0\""))
        #expect(body.contains("<w:tblGrid><w:gridCol w:w=\"3008\"/><w:gridCol w:w=\"3009\"/><w:gridCol w:w=\"3009\"/></w:tblGrid>"))
        #expect(!body.contains("tblHeader"))
    }
}
