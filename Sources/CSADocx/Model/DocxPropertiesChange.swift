/// A tracked change of a paragraph's form (`w:pPrChange`): its style and list numbering before the
/// change. The paragraph itself carries the new ones; rejecting the change in Word or LibreOffice
/// gives back these, accepting it keeps the new.
public struct DocxPropertiesChange: Sendable, Hashable {
    public var revision: DocxRevision
    /// The style before the change.
    public var style: DocxParagraphStyle
    /// The list and level before the change; nil when the paragraph was in no list.
    public var numbering: DocxNumbering?

    public init(revision: DocxRevision, style: DocxParagraphStyle = .normal, numbering: DocxNumbering? = nil) {
        self.revision = revision
        self.style = style
        self.numbering = numbering
    }
}
