import CSADocx
import Testing

/// The exact XML of tracked insertions and deletions.
@Suite struct TrackedChangeXMLTests {
    @Test func insertionsAndDeletionsAtRunLevel() throws {
        let fixture = try Fixture()
        let paragraph = DocxParagraph(content: [
            .text("Tackle "),
            .deleted(fixture.editor, [.text("anti-social behaviour")]),
            .inserted(fixture.editor, [.text("neighbourhood crime & ASB")]),
            .text("."),
        ])
        let tail = Fixture.revisionTail
        #expect(fixture.body([.paragraph(paragraph)])
            == "<w:p><w:r><w:t xml:space=\"preserve\">Tackle </w:t></w:r>"
            + "<w:del w:id=\"1\" \(tail)><w:r><w:delText xml:space=\"preserve\">anti-social behaviour</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" \(tail)><w:r><w:t xml:space=\"preserve\">neighbourhood crime &amp; ASB</w:t></w:r></w:ins>"
            + "<w:r><w:t xml:space=\"preserve\">.</w:t></w:r></w:p>")
    }

    @Test func deletedBreaksTabsAndFormattingStayInsideTheDeletion() throws {
        let fixture = try Fixture()
        let paragraph = DocxParagraph(content: [.deleted(fixture.editor, [.strong([.text("a\tb")]), .lineBreak, .text("c")])])
        #expect(fixture.body([.paragraph(paragraph)])
            == "<w:p><w:del w:id=\"1\" \(Fixture.revisionTail)>"
            + "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:delText xml:space=\"preserve\">a</w:delText><w:tab/><w:delText xml:space=\"preserve\">b</w:delText></w:r>"
            + "<w:r><w:br/></w:r><w:r><w:delText xml:space=\"preserve\">c</w:delText></w:r></w:del></w:p>")
    }

    @Test func wholeParagraphsMarkTheirParagraphMark() throws {
        let fixture = try Fixture()
        let tail = Fixture.revisionTail
        let body = fixture.body([
            .paragraph(DocxParagraph(style: .heading2, content: [.text("Violence against women and girls")], change: .inserted(fixture.editor))),
            .paragraph(DocxParagraph(content: [.text("Acquisitive crime"), .inserted(fixture.editor, [.text(" (kept)")])], change: .deleted(fixture.editor))),
        ])
        #expect(body
            == "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/><w:rPr><w:ins w:id=\"1\" \(tail)/></w:rPr></w:pPr>"
            + "<w:ins w:id=\"2\" \(tail)><w:r><w:t xml:space=\"preserve\">Violence against women and girls</w:t></w:r></w:ins></w:p>"
            + "<w:p><w:pPr><w:rPr><w:del w:id=\"3\" \(tail)/></w:rPr></w:pPr>"
            + "<w:del w:id=\"4\" \(tail)><w:r><w:delText xml:space=\"preserve\">Acquisitive crime</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"5\" \(tail)><w:r><w:t xml:space=\"preserve\"> (kept)</w:t></w:r></w:ins></w:p><w:p/>")
    }

    /// A paragraph whose style and list changed carries the old ones in `w:pPrChange`, last in `w:pPr`,
    /// with the next revision id; a paragraph that was Normal and in no list has an empty `w:pPr` there.
    @Test func aChangeOfStyleAndListIsAParagraphPropertiesChange() throws {
        let fixture = try Fixture()
        let tail = Fixture.revisionTail
        let bullets = DocxList(style: .bullet)
        let body = fixture.body([
            .paragraph(DocxParagraph(style: .heading2, content: [.text("Emerging issues")],
                                     propertiesChange: DocxPropertiesChange(revision: fixture.editor, style: .listBullet,
                                                                            numbering: DocxNumbering(list: bullets, level: 1)))),
            .paragraph(DocxParagraph(style: .listNumber, numbering: DocxNumbering(list: DocxList(style: .decimal)),
                                     content: [.inserted(fixture.editor, [.text("Statuses")])],
                                     propertiesChange: DocxPropertiesChange(revision: fixture.editor))),
        ])
        #expect(body
            == "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/><w:pPrChange w:id=\"1\" \(tail)><w:pPr><w:pStyle w:val=\"ListBullet\"/>"
            + "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:pPrChange></w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">Emerging issues</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"ListNumber\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>"
            + "<w:pPrChange w:id=\"2\" \(tail)><w:pPr/></w:pPrChange></w:pPr>"
            + "<w:ins w:id=\"3\" \(tail)><w:r><w:t xml:space=\"preserve\">Statuses</w:t></w:r></w:ins></w:p>")
        // The old list is defined in numbering.xml though no paragraph is in it any more.
        let numbering = Fixture.part("word/numbering.xml", of: fixture.document([.paragraph(DocxParagraph(content: [.text("x")],
            propertiesChange: DocxPropertiesChange(revision: fixture.editor, style: .listBullet, numbering: DocxNumbering(list: bullets))))]))
        #expect(numbering.contains("<w:num w:numId=\"1\">"))
    }

    @Test func aBodyEndsWithAParagraphThatNoChangeRemoves() throws {
        let fixture = try Fixture()
        #expect(fixture.body([Fixture.paragraph("kept")]) == "<w:p><w:r><w:t xml:space=\"preserve\">kept</w:t></w:r></w:p>")
        #expect(fixture.body([.paragraph(DocxParagraph(content: [.text("new")], change: .inserted(fixture.editor)))]).hasSuffix("</w:ins></w:p>"))
        #expect(fixture.body([.paragraph(DocxParagraph(content: [.text("gone")], change: .deleted(fixture.editor)))]).hasSuffix("</w:del></w:p><w:p/>"))
        #expect(fixture.body([.table(DocxTable(header: nil, rows: [DocxTableRow(cells: [])]))]).hasSuffix("</w:tbl><w:p/>"))
        #expect(fixture.body([]) == "")
    }

    @Test func linksHoldTheChangesNotTheOtherWayRound() throws {
        let fixture = try Fixture()
        let paragraph = DocxParagraph(content: [
            .inserted(fixture.editor, [.text("new "), .link(target: "https://example.org", [.text("link")])]),
            .link(target: "https://example.org", [.deleted(fixture.editor, [.text("old")]), .text(" text")]),
        ])
        let tail = Fixture.revisionTail
        #expect(fixture.body([.paragraph(paragraph)])
            == "<w:p><w:ins w:id=\"1\" \(tail)><w:r><w:t xml:space=\"preserve\">new </w:t></w:r></w:ins>"
            + "<w:hyperlink r:id=\"rId10\" w:history=\"1\">"
            + "<w:ins w:id=\"2\" \(tail)><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">link</w:t></w:r></w:ins>"
            + "<w:del w:id=\"3\" \(tail)><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:delText xml:space=\"preserve\">old</w:delText></w:r></w:del>"
            + "<w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\"> text</w:t></w:r>"
            + "</w:hyperlink></w:p>")
    }

    @Test func tableRowsCanBeInsertedAndDeleted() throws {
        let fixture = try Fixture()
        let tail = Fixture.revisionTail
        let body = fixture.body([.table(DocxTable(header: nil, rows: [
            DocxTableRow(cells: [DocxCell(text: "new")], change: .inserted(fixture.editor)),
            DocxTableRow(cells: [DocxCell(text: "gone")], change: .deleted(fixture.editor)),
        ]))])
        #expect(body.contains(
            "<w:tr><w:trPr><w:cantSplit/><w:ins w:id=\"1\" \(tail)/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"9026\" w:type=\"dxa\"/></w:tcPr>"
            + "<w:p><w:ins w:id=\"2\" \(tail)><w:r><w:t xml:space=\"preserve\">new</w:t></w:r></w:ins></w:p></w:tc></w:tr>"
            + "<w:tr><w:trPr><w:cantSplit/><w:del w:id=\"3\" \(tail)/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"9026\" w:type=\"dxa\"/></w:tcPr>"
            + "<w:p><w:del w:id=\"4\" \(tail)><w:r><w:delText xml:space=\"preserve\">gone</w:delText></w:r></w:del></w:p></w:tc></w:tr>"))
    }

    @Test func authorIsEscapedInTheAttribute() throws {
        let fixture = try Fixture()
        let author = DocxRevision(author: "A \"quoted\" <name> & 'co'\n\u{1}", date: fixture.date)
        #expect(fixture.body([.paragraph(DocxParagraph(content: [.inserted(author, [.text("x")])]))])
            == "<w:p><w:ins w:id=\"1\" w:author=\"A &quot;quoted&quot; &lt;name&gt; &amp; &apos;co&apos;&#10;\" w:date=\"2024-04-01T09:30:00Z\">"
            + "<w:r><w:t xml:space=\"preserve\">x</w:t></w:r></w:ins></w:p>")
    }

    @Test func emptyChangesWriteNothingAndUseNoId() throws {
        let fixture = try Fixture()
        #expect(fixture.body([.paragraph(DocxParagraph(content: [
            .inserted(fixture.editor, [.text("")]),
            .deleted(fixture.editor, [.text("gone")]),
        ]))]) == "<w:p><w:del w:id=\"1\" \(Fixture.revisionTail)><w:r><w:delText xml:space=\"preserve\">gone</w:delText></w:r></w:del></w:p>")
    }
}
