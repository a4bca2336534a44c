import Foundation

/// One file inside a .docx: its path in the ZIP and its XML.
public struct DocxPart: Sendable, Equatable {
    public let path: String
    public let content: String
}

/// Turns a `DocxDocument` into the parts of a WordprocessingML package and into the bytes of a .docx.
///
/// Identical documents give identical bytes: nothing is read from the clock or the environment,
/// parts come in a fixed order, and the ZIP entries carry a fixed date.
public struct DocxWriter: Sendable {
    public init() {}

    /// The bytes of the .docx file.
    public func data(for document: DocxDocument) throws(DocxError) -> Data {
        try DocxContainer.zip(parts(for: document))
    }

    /// Every part, in the order they go into the ZIP (`[Content_Types].xml` first).
    public func parts(for document: DocxDocument) -> [DocxPart] {
        let state = WritingState()
        var body = StoryWriter(state: state, links: LinkRelationships(firstNumber: DocumentRelationshipID.firstLink), allowsFootnotes: true)
        let bodyXML = body.blocks(document.blocks)

        var footnoteStory = StoryWriter(state: state, links: LinkRelationships(firstNumber: 1), allowsFootnotes: false)
        let footnoteParagraphs = state.footnotes.map { content in
            footnoteStory.paragraph(DocxParagraph(style: .footnoteText, content: content), leadingRuns: FootnotesPart.markRun)
        }

        let contents = PackageParts.Contents(
            header: document.header != nil,
            footer: document.footer != nil,
            footnotes: !footnoteParagraphs.isEmpty
        )
        let language = document.properties.language
        var parts = [
            DocxPart(path: "[Content_Types].xml", content: PackageParts.contentTypes(contents)),
            DocxPart(path: "_rels/.rels", content: PackageParts.packageRelationships()),
            DocxPart(path: "docProps/core.xml", content: PropertiesParts.core(document.properties)),
            DocxPart(path: "docProps/app.xml", content: PropertiesParts.app(document.properties)),
            DocxPart(path: "word/document.xml", content: DocumentPart.xml(body: bodyXML, contents: contents)),
            DocxPart(path: "word/_rels/document.xml.rels", content: PackageParts.documentRelationships(contents, links: body.links)),
            DocxPart(path: "word/styles.xml", content: StylesPart.xml(language: language)),
            DocxPart(path: "word/numbering.xml", content: NumberingPart.xml(lists: state.lists)),
            DocxPart(path: "word/settings.xml", content: SettingsPart.xml(
                language: language,
                trackFurtherChanges: document.trackFurtherChanges,
                hasFootnotes: contents.footnotes
            )),
        ]
        if let header = document.header {
            parts.append(DocxPart(path: "word/header1.xml", content: HeaderFooterParts.header(header)))
        }
        if let footer = document.footer {
            parts.append(DocxPart(path: "word/footer1.xml", content: HeaderFooterParts.footer(footer)))
        }
        if contents.footnotes {
            parts.append(DocxPart(path: "word/footnotes.xml", content: FootnotesPart.xml(footnotes: footnoteParagraphs)))
            if !footnoteStory.links.targets.isEmpty {
                parts.append(DocxPart(path: "word/_rels/footnotes.xml.rels", content: PackageParts.footnoteRelationships(links: footnoteStory.links)))
            }
        }
        return parts
    }
}
