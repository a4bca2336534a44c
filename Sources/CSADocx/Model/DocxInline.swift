/// Text inside a paragraph, as a small tree the caller can nest freely.
///
/// The writer flattens the tree into runs with their formatting, link and tracked change, then
/// regroups them in the order WordprocessingML requires (`w:hyperlink` outside, `w:ins` and `w:del`
/// inside it, runs innermost), so that a link inside an insertion and an insertion inside a link
/// both come out valid. Where changes nest, the innermost one wins.
public indirect enum DocxInline: Sendable, Hashable {
    /// Plain text. A line feed becomes a line break (`w:br`) and a tab a tab (`w:tab`).
    case text(String)
    /// Bold.
    case strong([DocxInline])
    /// Italic.
    case emphasis([DocxInline])
    /// Inline code, in the "Code Char" character style.
    case code(String)
    /// A hyperlink. A target starting with `#` is a link to a bookmark in the document (`w:anchor`);
    /// any other target is an external address, written as a relationship.
    case link(target: String, [DocxInline])
    /// A line break inside the paragraph.
    case lineBreak
    /// A footnote: its reference mark here, its text (one paragraph) at the foot of the page.
    case footnote([DocxInline])
    /// A tracked insertion or deletion of these inlines.
    case change(DocxChange, [DocxInline])

    /// A tracked insertion.
    public static func inserted(_ revision: DocxRevision, _ content: [DocxInline]) -> DocxInline {
        .change(.inserted(revision), content)
    }

    /// A tracked deletion.
    public static func deleted(_ revision: DocxRevision, _ content: [DocxInline]) -> DocxInline {
        .change(.deleted(revision), content)
    }
}
