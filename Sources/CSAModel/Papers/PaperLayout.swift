/// How a kind of committee paper is laid out: which header fields it shows, in what order and with
/// what labels, which fields close the paper, and how sections and paragraphs are numbered.
///
/// Read from `Templates/papers/<name>.yml` (see `PaperLayoutReader`); the HTML and Word writers
/// both follow it, so the web page and the Word document of a paper always agree.
public struct PaperLayout: Hashable, Sendable {
    /// The file name without `.yml`: what a paper's `layout:` names.
    public var name: String
    /// What the layout is for, in a few words ("County council committee paper").
    public var description: String
    public var numbering: PaperNumberingScheme
    /// The fields of the header block, before the body, in order.
    public var header: [PaperFieldSpec]
    /// The fields after the body (background documents, appendices, contacts), in order.
    public var closing: [PaperFieldSpec]
    /// Whether a section with a single paragraph numbers it. A decision paper numbers its
    /// sub-paragraphs (1), (2) only where a section has more than one.
    public var numbersLoneParagraphs: Bool
    /// A level-2 heading starting with this text ("Appendix") starts an appendix: a new page, no
    /// number, and its paragraphs are not numbered. Nil when the layout has no such rule.
    public var appendixPrefix: String?

    public init(name: String, description: String, numbering: PaperNumberingScheme, header: [PaperFieldSpec],
                closing: [PaperFieldSpec], numbersLoneParagraphs: Bool = true, appendixPrefix: String? = nil) {
        self.name = name
        self.description = description
        self.numbering = numbering
        self.header = header
        self.closing = closing
        self.numbersLoneParagraphs = numbersLoneParagraphs
        self.appendixPrefix = appendixPrefix
    }
}

/// One field a layout shows: which, under what label, and what to say when the paper leaves it out.
public struct PaperFieldSpec: Hashable, Sendable {
    public var field: PaperField
    /// The label as the paper prints it, without the colon: "Past Pathway of Paper".
    public var label: String
    /// Shown when the paper has no value ("N/A"); nil leaves the field out.
    public var absent: String?
    /// A closing field that is a numbered section, continuing the body's section numbers, as a
    /// decision paper's "7. Background Documents" is.
    public var numbered: Bool

    public init(field: PaperField, label: String, absent: String? = nil, numbered: Bool = false) {
        self.field = field
        self.label = label
        self.absent = absent
        self.numbered = numbered
    }
}

/// The fields of `PaperHeader` a layout can show; the raw value is the name a layout file uses.
public enum PaperField: String, Hashable, Sendable, CaseIterable {
    case from
    case by
    /// The committee and the meeting date: "Kent Community Safety Partnership – 21 November 2024".
    case to
    case meetingDate = "meeting_date"
    case subject
    case classification
    case pastPathway = "past_pathway"
    case futurePathway = "future_pathway"
    case electoralDivision = "electoral_division"
    case decisionNumber = "decision_number"
    case summary
    case recommendations
    case backgroundDocuments = "background_documents"
    case appendices
    case attachments
    case contacts
}

/// How a layout numbers its sections and their paragraphs. Numbers are never typed in a paper's
/// text: the writers make them (as text on the web page, as Word list numbering in the DOCX).
public enum PaperNumberingScheme: String, Hashable, Sendable, CaseIterable {
    /// Sections 1., 2.; paragraphs 1.1, 1.2 (county council committee papers).
    case sections
    /// Sections 1.0, 2.0; paragraphs 1.1, 1.2 (partnership papers).
    case sectionsPointZero = "sections-point-zero"
    /// Sections 1., 2.; paragraphs (1), (2) within each section (decision papers).
    case sectionsParenthesised = "sections-parenthesised"

    /// The number of section `section` (1-based), as printed before its heading.
    public func sectionLabel(_ section: Int) -> String {
        switch self {
        case .sections, .sectionsParenthesised: return "\(section)."
        case .sectionsPointZero: return "\(section).0"
        }
    }

    /// The number of paragraph `paragraph` (1-based) of section `section`.
    public func paragraphLabel(section: Int, paragraph: Int) -> String {
        switch self {
        case .sections, .sectionsPointZero: return "\(section).\(paragraph)"
        case .sectionsParenthesised: return "(\(paragraph))"
        }
    }
}
