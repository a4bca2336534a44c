/// The package-level parts: `[Content_Types].xml` and `_rels/.rels`.
enum PackageParts {
    /// Which optional parts the document has.
    struct Contents {
        var header: Bool
        var footer: Bool
        var footnotes: Bool
    }

    static func contentTypes(_ contents: Contents) -> String {
        let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var overrides: [(String, String)] = [
            ("/word/document.xml", "\(wordML).document.main+xml"),
            ("/word/styles.xml", "\(wordML).styles+xml"),
            ("/word/numbering.xml", "\(wordML).numbering+xml"),
            ("/word/settings.xml", "\(wordML).settings+xml"),
        ]
        if contents.header {
            overrides.append(("/word/header1.xml", "\(wordML).header+xml"))
        }
        if contents.footer {
            overrides.append(("/word/footer1.xml", "\(wordML).footer+xml"))
        }
        if contents.footnotes {
            overrides.append(("/word/footnotes.xml", "\(wordML).footnotes+xml"))
        }
        overrides.append(("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
        overrides.append(("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"))
        return XMLText.declaration
            + "<Types xmlns=\"\(Namespaces.contentTypes)\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined()
            + "</Types>"
    }

    static func packageRelationships() -> String {
        XMLText.declaration
            + "<Relationships xmlns=\"\(Namespaces.packageRelationships)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(Namespaces.relationships)/officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(Namespaces.relationships)/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>"
    }

    /// `word/_rels/document.xml.rels`: the fixed parts as rId1 to rId6 (those the document has),
    /// then its hyperlinks.
    static func documentRelationships(_ contents: Contents, links: LinkRelationships) -> String {
        var elements = [
            relationship(1, "styles", "styles.xml"),
            relationship(2, "numbering", "numbering.xml"),
            relationship(3, "settings", "settings.xml"),
        ]
        if contents.footer {
            elements.append(relationship(DocumentRelationshipID.footer, "footer", "footer1.xml"))
        }
        if contents.header {
            elements.append(relationship(DocumentRelationshipID.header, "header", "header1.xml"))
        }
        if contents.footnotes {
            elements.append(relationship(DocumentRelationshipID.footnotes, "footnotes", "footnotes.xml"))
        }
        return XMLText.declaration
            + "<Relationships xmlns=\"\(Namespaces.packageRelationships)\">"
            + elements.joined() + links.elements
            + "</Relationships>"
    }

    /// `word/_rels/footnotes.xml.rels`: the footnotes' hyperlinks.
    static func footnoteRelationships(links: LinkRelationships) -> String {
        XMLText.declaration
            + "<Relationships xmlns=\"\(Namespaces.packageRelationships)\">"
            + links.elements
            + "</Relationships>"
    }

    private static func relationship(_ number: Int, _ type: String, _ target: String) -> String {
        "<Relationship Id=\"rId\(number)\" Type=\"\(Namespaces.relationships)/\(type)\" Target=\"\(target)\"/>"
    }
}

/// The fixed relationship numbers of `word/document.xml`; hyperlinks start at `firstLink`.
enum DocumentRelationshipID {
    static let footer = 4
    static let header = 5
    static let footnotes = 6
    static let firstLink = 10
}
