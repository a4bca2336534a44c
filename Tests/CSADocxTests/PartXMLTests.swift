import CSADocx
import Testing

/// The exact XML of the package parts, the properties, the settings, the header and footer and
/// the styles.
@Suite struct PartXMLTests {
    @Test func partsComeInAFixedOrderWithContentTypesFirst() throws {
        let fixture = try Fixture()
        let minimal = fixture.document([Fixture.paragraph("x")])
        #expect(DocxWriter().parts(for: minimal).map(\.path) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
            "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
        ])
        let full = fixture.document(
            [.paragraph(DocxParagraph(content: [.footnote([.link(target: "https://example.org", [.text("x")])])]))],
            header: DocxHeader(text: "h"), footer: DocxFooter(text: "f"))
        #expect(DocxWriter().parts(for: full).map(\.path) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
            "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
            "word/header1.xml", "word/footer1.xml", "word/footnotes.xml", "word/_rels/footnotes.xml.rels",
        ])
    }

    @Test func contentTypesNameEveryPart() throws {
        let fixture = try Fixture()
        let document = fixture.document([.paragraph(DocxParagraph(content: [.footnote([.text("n")])]))],
                                        header: DocxHeader(text: "h"), footer: DocxFooter(text: "f"))
        let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        #expect(Fixture.part("[Content_Types].xml", of: document)
            == Fixture.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"\(wordML).document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(wordML).styles+xml\"/>"
            + "<Override PartName=\"/word/numbering.xml\" ContentType=\"\(wordML).numbering+xml\"/>"
            + "<Override PartName=\"/word/settings.xml\" ContentType=\"\(wordML).settings+xml\"/>"
            + "<Override PartName=\"/word/header1.xml\" ContentType=\"\(wordML).header+xml\"/>"
            + "<Override PartName=\"/word/footer1.xml\" ContentType=\"\(wordML).footer+xml\"/>"
            + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"\(wordML).footnotes+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>")
    }

    @Test func packageRelationshipsPointAtTheDocumentAndProperties() throws {
        let fixture = try Fixture()
        #expect(Fixture.part("_rels/.rels", of: fixture.document([]))
            == Fixture.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>")
    }

    @Test func documentRelationshipsIncludeHeaderFooterAndFootnotes() throws {
        let fixture = try Fixture()
        let document = fixture.document([.paragraph(DocxParagraph(content: [.footnote([.text("n")])]))],
                                        header: DocxHeader(text: "h"), footer: DocxFooter(text: "f"))
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        #expect(Fixture.part("word/_rels/document.xml.rels", of: document)
            == Fixture.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(type)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(type)/numbering\" Target=\"numbering.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(type)/settings\" Target=\"settings.xml\"/>"
            + "<Relationship Id=\"rId4\" Type=\"\(type)/footer\" Target=\"footer1.xml\"/>"
            + "<Relationship Id=\"rId5\" Type=\"\(type)/header\" Target=\"header1.xml\"/>"
            + "<Relationship Id=\"rId6\" Type=\"\(type)/footnotes\" Target=\"footnotes.xml\"/>"
            + "</Relationships>")
    }

    @Test func sectionIsA4WithHeaderAndFooter() throws {
        let fixture = try Fixture()
        let xml = Fixture.part("word/document.xml", of: fixture.document([Fixture.paragraph("x")], header: DocxHeader(text: "h"), footer: DocxFooter(text: "f")))
        #expect(xml == Fixture.declaration + "<w:document \(Fixture.wordRoot)><w:body>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">x</w:t></w:r></w:p>"
            + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId5\"/><w:footerReference w:type=\"default\" r:id=\"rId4\"/>"
            + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
            + "<w:cols w:space=\"708\"/></w:sectPr></w:body></w:document>")
    }

    @Test func corePropertiesCarryTitleSubjectAuthorLanguageAndFixedDates() throws {
        let modified = try DocxDateTime(year: 2024, month: 5, day: 2)
        let properties = DocxProperties(title: "CSA <2024>", subject: "Update & refresh", creator: "Kent CSP",
                                        company: "Kent County Council", created: try DocxDateTime(year: 2024, month: 4, day: 1), modified: modified)
        let document = DocxDocument(properties: properties, blocks: [])
        #expect(Fixture.part("docProps/core.xml", of: document)
            == Fixture.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>CSA &lt;2024&gt;</dc:title><dc:subject>Update &amp; refresh</dc:subject><dc:creator>Kent CSP</dc:creator>"
            + "<cp:lastModifiedBy>Kent CSP</cp:lastModifiedBy><dc:language>en-GB</dc:language>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-04-01T00:00:00Z</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-05-02T00:00:00Z</dcterms:modified>"
            + "</cp:coreProperties>")
        #expect(Fixture.part("docProps/app.xml", of: document)
            == Fixture.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
            + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<Application>csa</Application><Company>Kent County Council</Company></Properties>")
    }

    @Test func settingsShowRevisionsAndSetTheLanguage() throws {
        let fixture = try Fixture()
        var document = fixture.document([])
        document.trackFurtherChanges = true
        #expect(Fixture.part("word/settings.xml", of: document)
            == Fixture.declaration + "<w:settings \(Fixture.wordRoot)>"
            + "<w:zoom w:percent=\"100\"/>"
            + "<w:revisionView w:markup=\"true\" w:comments=\"true\" w:insDel=\"true\" w:formatting=\"true\"/>"
            + "<w:trackRevisions/>"
            + "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"en-GB\"/><w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
            + "</w:settings>")
        #expect(!Fixture.part("word/settings.xml", of: fixture.document([])).contains("trackRevisions"))
    }

    @Test func footerHasTextAndPageXOfYFields() throws {
        let fixture = try Fixture()
        let document = fixture.document([], header: DocxHeader(text: "OFFICIAL"), footer: DocxFooter(text: "CSA <update>"))
        let field = { (name: String) in
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(name) </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        #expect(Fixture.part("word/footer1.xml", of: document)
            == Fixture.declaration + "<w:ftr \(Fixture.wordRoot)><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">CSA &lt;update&gt;</w:t></w:r><w:r><w:tab/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>" + field("PAGE")
            + "<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>" + field("NUMPAGES")
            + "</w:p></w:ftr>")
        #expect(Fixture.part("word/header1.xml", of: document)
            == Fixture.declaration + "<w:hdr \(Fixture.wordRoot)><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">OFFICIAL</w:t></w:r></w:p></w:hdr>")
        let plain = fixture.document([], footer: DocxFooter(text: "Only\ttext\r\non one line", showsPageNumbers: false))
        #expect(Fixture.part("word/footer1.xml", of: plain)
            == Fixture.declaration + "<w:ftr \(Fixture.wordRoot)><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">Only text  on one line</w:t></w:r></w:p></w:ftr>")
    }

    @Test func stylesSetTheLanguageAndDefineHeadingsWithOutlineLevels() throws {
        let fixture = try Fixture()
        var properties = fixture.properties
        properties.language = "cy-GB"
        let styles = Fixture.part("word/styles.xml", of: DocxDocument(properties: properties, blocks: []))
        #expect(styles.contains("<w:lang w:val=\"cy-GB\" w:eastAsia=\"cy-GB\" w:bidi=\"ar-SA\"/>"))
        #expect(styles.contains("<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
            + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
            + "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>"))
        #expect(styles.contains("<w:outlineLvl w:val=\"1\"/>"))
        #expect(styles.contains("<w:outlineLvl w:val=\"2\"/>"))
        #expect(styles.contains("<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"))
        #expect(styles.contains("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"))
        for style in DocxParagraphStyle.allCases {
            #expect(styles.contains("<w:style w:type=\"paragraph\"\(style == .normal ? " w:default=\"1\"" : "") w:styleId=\"\(style.styleID)\">"), "\(style)")
        }
        for id in ["CodeChar", "FootnoteReference", "DefaultParagraphFont", "Header", "Footer"] {
            #expect(styles.contains("w:styleId=\"\(id)\""), "\(id)")
        }
    }
}
