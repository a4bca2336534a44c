/// The words every writer of a paper uses for its header values, so the web page and the Word
/// document say the same: the meeting, people with their roles, recommendation markers, appendices.
public enum PaperWording {
    /// "Kent Community Safety Partnership – 21 November 2024", as the seeds write "To:".
    public static func meeting(_ header: PaperHeader) -> String {
        "\(header.to) – \(header.meetingDate.longForm)"
    }

    /// "Mike Hill, Cabinet Member for Community & Regulatory Services".
    public static func person(_ person: PaperPerson) -> String {
        person.role.map { "\(person.name), \($0)" } ?? person.name
    }

    /// The marker of recommendation `index` (0-based): (a), (b) … (z), (aa) …, or 1., 2. ….
    public static func marker(_ index: Int, _ marker: PaperRecommendations.Marker) -> String {
        switch marker {
        case .numbered:
            return "\(index + 1)."
        case .lettered:
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            var n = index
            var text = ""
            repeat {
                text = String(letters[n % 26]) + text
                n = n / 26 - 1
            } while n >= 0
            return "(\(text))"
        }
    }

    /// "Appendix 1: The Kent Community Safety Agreement".
    public static func appendixLine(_ appendix: PaperAppendix) -> [Inline] {
        [Inline(.text(appendix.label + ": "), line: 0)] + appendix.title
    }

    /// A plain-text field's value as lines: people one to a line, the others as written. Fields
    /// written in Markdown or as lists (summary, recommendations, documents, contacts) give their
    /// plain text, one item to a line.
    public static func lines(_ field: PaperField, _ header: PaperHeader) -> [String] {
        switch field {
        case .from: return header.from.map(person)
        case .by: return header.by.map(person)
        case .to: return [meeting(header)]
        case .meetingDate: return [header.meetingDate.longForm]
        case .subject: return [header.subject]
        case .classification: return [header.classification]
        case .pastPathway: return header.pastPathway.map { [$0] } ?? []
        case .futurePathway: return header.futurePathway.map { [$0] } ?? []
        case .electoralDivision: return header.electoralDivision.map { [$0] } ?? []
        case .decisionNumber: return header.decisionNumber.map { [$0] } ?? []
        case .summary: return header.summary.map(\.plainText)
        case .recommendations: return header.recommendations?.items.map(\.plainText) ?? []
        case .backgroundDocuments: return header.backgroundDocuments.map(\.plainText)
        case .appendices: return header.appendices.map { appendixLine($0).plainText }
        case .attachments: return header.attachments.map(\.plainText)
        case .contacts: return header.contacts.map { [$0.name, $0.role].compactMap { $0 }.joined(separator: ", ") }
        }
    }
}
