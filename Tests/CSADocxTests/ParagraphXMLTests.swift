@testable import CSADocx
import Testing

/// The exact XML of paragraphs and runs in `word/document.xml`.
@Suite struct ParagraphXMLTests {
    @Test func plainParagraphHasNoProperties() throws {
        let fixture = try Fixture()
        #expect(fixture.body([Fixture.paragraph("Hello")])
            == "<w:p><w:r><w:t xml:space=\"preserve\">Hello</w:t></w:r></w:p>")
    }

    @Test func aParagraphCanStartANewPage() throws {
        let fixture = try Fixture()
        #expect(fixture.body([.paragraph(DocxParagraph(style: .heading1, content: [.text("Appendix A")], startsNewPage: true))])
            == "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:pageBreakBefore/></w:pPr><w:r><w:t xml:space=\"preserve\">Appendix A</w:t></w:r></w:p>")
    }

    @Test func emptyParagraphIsSelfClosing() throws {
        let fixture = try Fixture()
        #expect(fixture.body([.paragraph(DocxParagraph(content: []))]) == "<w:p/>")
    }

    @Test func headingsAndTitleUseTheirStyles() throws {
        let fixture = try Fixture()
        #expect(fixture.body([
            Fixture.paragraph("Agreement", style: .title),
            Fixture.paragraph("Priorities", style: .heading1),
            Fixture.paragraph("Themes", style: .heading3),
        ]) == "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Agreement</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Priorities</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Heading3\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Themes</w:t></w:r></w:p>")
    }

    @Test func formattingBecomesRunProperties() throws {
        let fixture = try Fixture()
        let paragraph = DocxParagraph(content: [
            .text("A "),
            .strong([.text("bold "), .emphasis([.text("and italic")])]),
            .text(" "),
            .code("csa diff"),
        ])
        #expect(fixture.body([.paragraph(paragraph)])
            == "<w:p><w:r><w:t xml:space=\"preserve\">A </w:t></w:r>"
            + "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">bold </w:t></w:r>"
            + "<w:r><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">and italic</w:t></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
            + "<w:r><w:rPr><w:rStyle w:val=\"CodeChar\"/></w:rPr><w:t xml:space=\"preserve\">csa diff</w:t></w:r></w:p>")
    }

    @Test func adjacentTextWithTheSameFormattingIsOneRun() throws {
        let fixture = try Fixture()
        #expect(fixture.body([.paragraph(DocxParagraph(content: [.text("one "), .text(""), .text("run")]))])
            == "<w:p><w:r><w:t xml:space=\"preserve\">one run</w:t></w:r></w:p>")
    }

    @Test func lineEndsAndTabsBecomeBreaksAndTabs() throws {
        let fixture = try Fixture()
        #expect(fixture.body([.paragraph(DocxParagraph(style: .code, content: [.text("a\tb\r\nc\rd\n"), .lineBreak]))])
            == "<w:p><w:pPr><w:pStyle w:val=\"Code\"/></w:pPr><w:r><w:t xml:space=\"preserve\">a</w:t><w:tab/><w:t xml:space=\"preserve\">b</w:t><w:br/>"
            + "<w:t xml:space=\"preserve\">c</w:t><w:br/><w:t xml:space=\"preserve\">d</w:t><w:br/></w:r><w:r><w:br/></w:r></w:p>")
    }

    @Test func textIsEscapedAndForbiddenCharactersDropped() throws {
        let fixture = try Fixture()
        let hostile = "<w:t>&amp; \"quoted\" 'single' \u{0}\u{1}\u{B}\u{1F}\u{FFFE}\u{FFFF} \u{7F}\u{85}é\u{1F600}"
        #expect(fixture.body([.paragraph(DocxParagraph(content: [.text(hostile)]))])
            == "<w:p><w:r><w:t xml:space=\"preserve\">&lt;w:t&gt;&amp;amp; \"quoted\" 'single'  \u{7F}\u{85}é\u{1F600}</w:t></w:r></w:p>")
    }

    /// The characters next to the ones XML forbids: U+FFFD, U+FEFF and U+EFFF share their first UTF-8
    /// byte with U+FFFE and U+FFFF and are kept; a dropped character between a carriage return and a
    /// line feed leaves them one line end; attributes escape quotes, tabs and line ends.
    @Test func forbiddenCharactersAreDroppedWithoutTouchingTheirNeighbours() throws {
        let fixture = try Fixture()
        #expect(fixture.body([.paragraph(DocxParagraph(content: [.text("\u{FFFD}\u{FEFF}\u{EFFF}\u{FFFE}x\r\u{1}\ny\u{FFFF}")]))])
            == "<w:p><w:r><w:t xml:space=\"preserve\">\u{FFFD}\u{FEFF}\u{EFFF}x</w:t><w:br/><w:t xml:space=\"preserve\">y</w:t></w:r></w:p>")
        #expect(XMLText.attribute("a\"b'c\td\ne\rf<&>\u{FFFE}\u{2}é") == "a&quot;b&apos;c&#9;d&#10;e&#13;f&lt;&amp;&gt;é")
        #expect(XMLText.escape("a\"b'c\td\ne\rf<&>\u{FFFF}\u{2}é") == "a\"b'c\td\ne&#13;f&lt;&amp;&gt;é")
        #expect(XMLText.escape("plain é \u{1F600}") == "plain é \u{1F600}")
    }

    @Test(arguments: [
        ("a\u{202E}bc", "a\u{202E}bc\u{202C}"),
        ("\u{202B}a\u{2067}b", "\u{202B}a\u{2067}b\u{2069}\u{202C}"),
        ("\u{202E}a\u{2066}b\u{202C}c", "\u{202E}a\u{2066}b\u{202C}c\u{2069}\u{202C}"),
        ("\u{202E}a\u{202C}b\u{2067}c\u{2069}", "\u{202E}a\u{202C}b\u{2067}c\u{2069}"),
        ("\u{2066}\u{202E}a\u{2069}b", "\u{2066}\u{202E}a\u{2069}b"),
        ("\u{202C}\u{2069}plain", "\u{202C}\u{2069}plain"),
    ])
    func bidiControlsLeftOpenAreClosedWhereTheTextEnds(text: String, written: String) throws {
        let fixture = try Fixture()
        #expect(fixture.body([.paragraph(DocxParagraph(content: [.text(text)]))])
            == "<w:p><w:r><w:t xml:space=\"preserve\">\(written)</w:t></w:r></w:p>")
    }

    @Test func textOfForbiddenCharactersOnlyWritesNoRun() throws {
        let fixture = try Fixture()
        #expect(fixture.body([.paragraph(DocxParagraph(content: [.text("\u{1}\u{2}")]))]) == "<w:p/>")
    }

    @Test func externalLinksBecomeRelationships() throws {
        let fixture = try Fixture()
        let document = fixture.document([.paragraph(DocxParagraph(content: [
            .text("See "),
            .link(target: "https://www.kent.gov.uk/csa?a=1&b=2", [.text("the agreement")]),
            .text(" and "),
            .link(target: "https://example.org/a b/ü", [.code("code")]),
            .text(" or "),
            .link(target: "https://www.kent.gov.uk/csa?a=1&b=2", [.text("again")]),
            .text(" or "),
            .link(target: "#priorities", [.text("below")]),
        ]))])
        #expect(Fixture.body(of: document)
            == "<w:p><w:r><w:t xml:space=\"preserve\">See </w:t></w:r>"
            + "<w:hyperlink r:id=\"rId10\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">the agreement</w:t></w:r></w:hyperlink>"
            + "<w:r><w:t xml:space=\"preserve\"> and </w:t></w:r>"
            + "<w:hyperlink r:id=\"rId11\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/><w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/></w:rPr><w:t xml:space=\"preserve\">code</w:t></w:r></w:hyperlink>"
            + "<w:r><w:t xml:space=\"preserve\"> or </w:t></w:r>"
            + "<w:hyperlink r:id=\"rId10\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">again</w:t></w:r></w:hyperlink>"
            + "<w:r><w:t xml:space=\"preserve\"> or </w:t></w:r>"
            + "<w:hyperlink w:anchor=\"priorities\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">below</w:t></w:r></w:hyperlink></w:p>")
        #expect(Fixture.part("word/_rels/document.xml.rels", of: document)
            == Fixture.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
            + "<Relationship Id=\"rId10\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://www.kent.gov.uk/csa?a=1&amp;b=2\" TargetMode=\"External\"/>"
            + "<Relationship Id=\"rId11\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://example.org/a%20b/%C3%BC\" TargetMode=\"External\"/>"
            + "</Relationships>")
    }

    @Test func footnotesGoToTheirOwnPart() throws {
        let fixture = try Fixture()
        let document = fixture.document([.paragraph(DocxParagraph(content: [
            .text("Crime fell"),
            .footnote([.text("Kent Police, "), .link(target: "https://example.org/data", [.text("recorded crime")]), .footnote([.text("nested")])]),
            .text("."),
        ]))])
        #expect(Fixture.body(of: document)
            == "<w:p><w:r><w:t xml:space=\"preserve\">Crime fell</w:t></w:r>"
            + "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\">.</w:t></w:r></w:p>")
        #expect(Fixture.part("word/footnotes.xml", of: document)
            == Fixture.declaration + "<w:footnotes \(Fixture.wordRoot)>"
            + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"1\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>"
            + "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
            + "<w:r><w:t xml:space=\"preserve\">Kent Police, </w:t></w:r>"
            + "<w:hyperlink r:id=\"rId1\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">recorded crime</w:t></w:r></w:hyperlink>"
            + "<w:r><w:t xml:space=\"preserve\"> (</w:t></w:r><w:r><w:t xml:space=\"preserve\">nested</w:t></w:r><w:r><w:t xml:space=\"preserve\">)</w:t></w:r>"
            + "</w:p></w:footnote></w:footnotes>")
        #expect(Fixture.part("word/_rels/footnotes.xml.rels", of: document)
            == Fixture.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://example.org/data\" TargetMode=\"External\"/>"
            + "</Relationships>")
        #expect(Fixture.part("word/settings.xml", of: document).contains("<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"))
    }
}
