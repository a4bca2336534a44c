/// `docProps/core.xml` (title, subject, author, language, dates) and `docProps/app.xml`.
enum PropertiesParts {
    static func core(_ properties: DocxProperties) -> String {
        XMLText.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escape(properties.title))</dc:title>"
            + "<dc:subject>\(XMLText.escape(properties.subject))</dc:subject>"
            + "<dc:creator>\(XMLText.escape(properties.creator))</dc:creator>"
            + "<cp:lastModifiedBy>\(XMLText.escape(properties.creator))</cp:lastModifiedBy>"
            + "<dc:language>\(XMLText.escape(properties.language))</dc:language>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(properties.created.iso8601)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(properties.modified.iso8601)</dcterms:modified>"
            + "</cp:coreProperties>"
    }

    static func app(_ properties: DocxProperties) -> String {
        XMLText.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
            + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<Application>csa</Application>"
            + (properties.company.map { "<Company>\(XMLText.escape($0))</Company>" } ?? "")
            + "</Properties>"
    }
}
