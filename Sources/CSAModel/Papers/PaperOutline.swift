/// A paper's body cut into its numbered sections and paragraphs as its layout numbers them. The
/// HTML and Word writers both walk this one outline, so a paragraph is 3.2 in both.
///
/// Sections start at level-2 headings (a level-1 heading counts as one too). Inside a numbered
/// section each top-level paragraph gets the next number; lists, quotations, tables and
/// sub-headings do not. A heading starting with the layout's appendix prefix starts an appendix:
/// no number, and neither it nor its paragraphs take one.
public struct PaperOutline: Hashable, Sendable {
    /// What comes before the first section heading (never numbered).
    public var opening: [PaperItem]
    public var sections: [PaperSection]
    /// The closing fields the paper shows, in the layout's order, with their section numbers.
    public var closing: [PaperClosingField]
    /// Each footnote label's number: 1 for the first footnote referred to, and so on.
    public var footnoteNumbers: [String: Int]

    public init(_ paper: Paper, layout: PaperLayout) {
        var opening: [PaperItem] = []
        var sections: [PaperSection] = []
        var numberedSections = 0
        for block in paper.body {
            if case .block(let b) = block, case .heading(let level, let content) = b.kind, level <= 2 {
                let isAppendix = layout.appendixPrefix.map { !$0.isEmpty && content.plainText.hasPrefix($0) } ?? false
                var number: String?
                if !isAppendix {
                    numberedSections += 1
                    number = layout.numbering.sectionLabel(numberedSections)
                }
                sections.append(PaperSection(number: number, ordinal: isAppendix ? nil : numberedSections,
                                             heading: content, line: b.line, isAppendix: isAppendix, items: []))
                continue
            }
            let item: PaperItem
            switch block {
            case .block(let b):
                if case .paragraph(let content) = b.kind {
                    item = .paragraph(number: nil, content, line: b.line)
                } else {
                    item = .block(b)
                }
            case .table(let table):
                item = .table(table)
            }
            if sections.isEmpty {
                opening.append(item)
            } else {
                sections[sections.count - 1].items.append(item)
            }
        }
        for index in sections.indices {
            guard let ordinal = sections[index].ordinal else { continue }
            let paragraphs = sections[index].items.filter { if case .paragraph = $0 { true } else { false } }.count
            guard paragraphs > 1 || (paragraphs == 1 && layout.numbersLoneParagraphs) else { continue }
            var count = 0
            sections[index].items = sections[index].items.map { item in
                guard case .paragraph(_, let content, let line) = item else { return item }
                count += 1
                return .paragraph(number: layout.numbering.paragraphLabel(section: ordinal, paragraph: count), content, line: line)
            }
        }
        var closing: [PaperClosingField] = []
        for spec in layout.closing where paper.header.has(spec.field) || spec.absent != nil {
            var number: String?
            if spec.numbered {
                numberedSections += 1
                number = layout.numbering.sectionLabel(numberedSections)
            }
            closing.append(PaperClosingField(spec: spec, number: number))
        }
        self.opening = opening
        self.sections = sections
        self.closing = closing
        self.footnoteNumbers = Dictionary(paper.footnotes.enumerated().map { ($1.label, $0 + 1) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A section of a paper: its number as printed ("3.", "3.0"; nil for an appendix), its heading and
/// what it holds.
public struct PaperSection: Hashable, Sendable {
    public var number: String?
    /// 1 for the first numbered section; nil for an appendix.
    public var ordinal: Int?
    public var heading: [Inline]
    /// The heading's source line.
    public var line: Int
    public var isAppendix: Bool
    public var items: [PaperItem]
}

/// One thing in a section: a paragraph with its number (nil where the layout numbers none), any
/// other Markdown block, or a drafted table.
public enum PaperItem: Hashable, Sendable {
    case paragraph(number: String?, [Inline], line: Int)
    case block(Block)
    case table(PaperTable)
}

/// A closing field the paper shows, and its section number when the layout numbers it.
public struct PaperClosingField: Hashable, Sendable {
    public var spec: PaperFieldSpec
    public var number: String?
}

extension PaperHeader {
    /// Whether the paper gives a value for the field (a layout may still show it as "N/A").
    public func has(_ field: PaperField) -> Bool {
        switch field {
        case .from: return !from.isEmpty
        case .by: return !by.isEmpty
        case .to: return !to.isEmpty
        case .meetingDate: return true
        case .subject: return !subject.isEmpty
        case .classification: return !classification.isEmpty
        case .pastPathway: return pastPathway != nil
        case .futurePathway: return futurePathway != nil
        case .electoralDivision: return electoralDivision != nil
        case .decisionNumber: return decisionNumber != nil
        case .summary: return !summary.isEmpty
        case .recommendations: return recommendations.map { !$0.items.isEmpty || !$0.leadIn.isEmpty } ?? false
        case .backgroundDocuments: return !backgroundDocuments.isEmpty
        case .appendices: return !appendices.isEmpty
        case .attachments: return !attachments.isEmpty
        case .contacts: return !contacts.isEmpty
        }
    }

    /// The contacts grouped under their headings, in the order each heading first appears.
    public var contactGroups: [(heading: String, contacts: [PaperContact])] {
        var groups: [(heading: String, contacts: [PaperContact])] = []
        for contact in contacts {
            if let index = groups.firstIndex(where: { $0.heading == contact.heading }) {
                groups[index].contacts.append(contact)
            } else {
                groups.append((contact.heading, [contact]))
            }
        }
        return groups
    }
}
