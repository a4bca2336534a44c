/// The partnership that publishes the agreement, and what every page of every edition shares.
public struct SiteInfo: Hashable, Sendable {
    /// The partnership's name, e.g. "Kent Community Safety Partnership".
    public var partnership: String
    /// The document's name, e.g. "Kent Community Safety Agreement".
    public var title: String
    /// Where the site will be published, ending in `/`; used only for absolute links (sitemap, feed).
    public var baseURL: String
    /// BCP 47 language tag of the content, e.g. `en-GB`.
    public var language: String
    public var licence: Licence
    /// Who to contact about the accessibility of the site.
    public var accessibilityContact: Contact
    /// The bodies and agencies that approve, lead and receive: referred to by id elsewhere.
    public var bodies: [Body]
    /// The published papers facts are taken from, referred to by id in `source:` fields.
    public var sources: [SourcePaper]
    /// Editions that existed between published ones but are not published here.
    public var unpublished: [UnpublishedEditions]
    /// The dated parts of the accessibility statement.
    public var accessibility: AccessibilityStatement?
    public var location: SourceLocation

    public init(partnership: String, title: String, baseURL: String, language: String, licence: Licence,
                accessibilityContact: Contact, bodies: [Body], sources: [SourcePaper] = [],
                unpublished: [UnpublishedEditions] = [], accessibility: AccessibilityStatement? = nil,
                location: SourceLocation) {
        self.partnership = partnership
        self.title = title
        self.baseURL = baseURL
        self.language = language
        self.licence = licence
        self.accessibilityContact = accessibilityContact
        self.bodies = bodies
        self.sources = sources
        self.unpublished = unpublished
        self.accessibility = accessibility
        self.location = location
    }

    /// The body with this id, if there is one.
    public func body(_ id: String) -> Body? { bodies.first { $0.id == id } }

    /// The source paper with this id, if there is one.
    public func source(_ id: String) -> SourcePaper? { sources.first { $0.id == id } }
}

/// The licence the content and its open data are published under.
public struct Licence: Hashable, Sendable {
    public var name: String
    public var url: String

    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }
}

/// A named contact: a team or person, with an email address and optionally a phone number.
public struct Contact: Hashable, Sendable {
    public var name: String
    public var email: String
    public var phone: String?

    public init(name: String, email: String, phone: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
    }
}

/// A partnership, agency, council or committee: approves editions, leads priorities and actions.
public struct Body: Hashable, Sendable {
    public var id: String
    public var name: String
    /// A short form such as "KCSP", when the documents use one.
    public var abbreviation: String?
    /// What the body does in the agreement's governance, in a sentence.
    public var role: String?
    /// Ids of the source papers its role is taken from.
    public var sources: [String]
    public var location: SourceLocation

    public init(id: String, name: String, abbreviation: String? = nil, role: String? = nil, sources: [String] = [],
                location: SourceLocation) {
        self.id = id
        self.name = name
        self.abbreviation = abbreviation
        self.role = role
        self.sources = sources
        self.location = location
    }
}
