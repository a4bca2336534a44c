/// The header block of a committee paper, as the seeds lay it out: who it is from and to, the
/// meeting, the subject, its pathway, the summary and the recommendations, and at the end the
/// background documents, appendices and contacts. Absent optional fields are `nil` or empty; a
/// layout's templates decide which fields it shows.
public struct PaperHeader: Hashable, Sendable {
    /// "From:" people (a cabinet member, a director); the partnership papers say "By:".
    public var from: [PaperPerson]
    public var by: [PaperPerson]
    /// The committee or board the paper goes to.
    public var to: String
    public var meetingDate: CalendarDate
    public var subject: String
    /// "Unrestricted", "For Information", …
    public var classification: String
    public var pastPathway: String?
    public var futurePathway: String?
    public var electoralDivision: String?
    /// A decision number, for a decision paper ("12/01876"), when there is one.
    public var decisionNumber: String?
    public var summary: [Block]
    public var recommendations: PaperRecommendations?
    public var backgroundDocuments: [[Inline]]
    public var appendices: [PaperAppendix]
    public var attachments: [[Inline]]
    public var contacts: [PaperContact]

    public init(from: [PaperPerson] = [], by: [PaperPerson] = [], to: String, meetingDate: CalendarDate,
                subject: String, classification: String, pastPathway: String? = nil,
                futurePathway: String? = nil, electoralDivision: String? = nil, decisionNumber: String? = nil,
                summary: [Block] = [], recommendations: PaperRecommendations? = nil,
                backgroundDocuments: [[Inline]] = [], appendices: [PaperAppendix] = [],
                attachments: [[Inline]] = [], contacts: [PaperContact] = []) {
        self.from = from
        self.by = by
        self.to = to
        self.meetingDate = meetingDate
        self.subject = subject
        self.classification = classification
        self.pastPathway = pastPathway
        self.futurePathway = futurePathway
        self.electoralDivision = electoralDivision
        self.decisionNumber = decisionNumber
        self.summary = summary
        self.recommendations = recommendations
        self.backgroundDocuments = backgroundDocuments
        self.appendices = appendices
        self.attachments = attachments
        self.contacts = contacts
    }
}

/// A person named in a header: "Mike Hill, Cabinet Member for Community & Regulatory Services".
public struct PaperPerson: Hashable, Sendable {
    public var name: String
    public var role: String?

    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }
}

/// The recommendations: an optional lead-in ("The Cabinet Committee is asked to:") and the items,
/// marked (a), (b) … or 1, 2 ….
public struct PaperRecommendations: Hashable, Sendable {
    public enum Marker: String, Hashable, Sendable { case lettered, numbered }
    public var leadIn: [Inline]
    public var marker: Marker
    public var items: [[Inline]]

    public init(leadIn: [Inline] = [], marker: Marker, items: [[Inline]]) {
        self.leadIn = leadIn
        self.marker = marker
        self.items = items
    }
}

/// An appendix the paper lists: "Appendix 1" / "Appendix A" and its title.
public struct PaperAppendix: Hashable, Sendable {
    public var label: String
    public var title: [Inline]

    public init(label: String, title: [Inline]) {
        self.label = label
        self.title = title
    }
}

/// A contact at the end of a paper: the heading it sits under ("Report Author", "Relevant
/// Director", "For further information"), a name, a role, a telephone number and an email address.
public struct PaperContact: Hashable, Sendable {
    public var heading: String
    public var name: String
    public var role: String?
    public var phone: String?
    public var email: String?

    public init(heading: String, name: String, role: String? = nil, phone: String? = nil, email: String? = nil) {
        self.heading = heading
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
    }
}
