/// A county-wide community safety priority of one edition, e.g. "Domestic Abuse".
public struct Priority: Hashable, Sendable {
    /// Stable across editions while the priority continues under the same name.
    public var id: String
    public var title: String
    /// Markdown, as a document tree.
    public var description: Document
    /// The id of the lead body.
    public var lead: String
    /// Ids of this edition's cross-cutting themes that support the priority.
    public var themes: [String]
    /// Ids of the superseded edition's priorities or themes this one continues (a rename or a merge).
    public var replaces: [String]
    /// The papers that report it and which of its fields are examples.
    public var provenance: Provenance
    public var location: SourceLocation

    public init(id: String, title: String, description: Document, lead: String, themes: [String], replaces: [String],
                provenance: Provenance = Provenance(), location: SourceLocation) {
        self.id = id
        self.title = title
        self.description = description
        self.lead = lead
        self.themes = themes
        self.replaces = replaces
        self.provenance = provenance
        self.location = location
    }
}

/// A cross-cutting theme of one edition: work that supports several priorities, e.g. "Reducing re-offending".
public struct Theme: Hashable, Sendable {
    public var id: String
    public var title: String
    public var description: Document
    /// The id of the lead body.
    public var lead: String
    /// Ids of the superseded edition's priorities or themes this one continues.
    public var replaces: [String]
    /// The papers that report it and which of its fields are examples.
    public var provenance: Provenance
    public var location: SourceLocation

    public init(id: String, title: String, description: Document, lead: String, replaces: [String],
                provenance: Provenance = Provenance(), location: SourceLocation) {
        self.id = id
        self.title = title
        self.description = description
        self.lead = lead
        self.replaces = replaces
        self.provenance = provenance
        self.location = location
    }
}
