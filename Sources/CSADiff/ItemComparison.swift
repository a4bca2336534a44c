import CSAModel

/// A priority or theme as one side of a comparison names it.
public struct ItemSide: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case priority, theme
    }

    public var kind: Kind
    public var id: String
    public var title: String

    public init(kind: Kind, id: String, title: String) {
        self.kind = kind
        self.id = id
        self.title = title
    }
}

/// A body (`lead`) by id and name.
public struct BodyName: Hashable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// Priorities and themes of OLD carried on in NEW, and how.
public struct ItemLink: Hashable, Sendable {
    public enum Relation: String, Hashable, Sendable, CaseIterable {
        /// The same id on both sides.
        case same
        /// One item continues one other under a new id, as `replaces:` records.
        case renamed
        /// Several items of OLD continue in one of NEW, as `replaces:` records.
        case merged
        /// One item of OLD continues in several of NEW, as `replaces:` records.
        case split
        /// Several items of OLD continue in several of NEW, as `replaces:` records.
        case regrouped
        /// No record links them, but their titles and descriptions are clearly alike: a guess, never a fact.
        case possiblyRenamed = "possibly-renamed"
    }

    public var relation: Relation
    public var old: [ItemSide]
    public var new: [ItemSide]
    /// What changed, for a link of one item to one item.
    public var changes: ItemChanges?

    public init(relation: Relation, old: [ItemSide], new: [ItemSide], changes: ItemChanges?) {
        self.relation = relation
        self.old = old
        self.new = new
        self.changes = changes
    }

    /// True when a theme became a priority or a priority a theme.
    public var kindChanged: Bool { Set(old.map(\.kind)) != Set(new.map(\.kind)) }
}

/// What changed in one priority or theme carried on from OLD to NEW.
public struct ItemChanges: Hashable, Sendable {
    /// The title compared word by word.
    public var title: [WordPiece]
    /// The lead body, when it changed.
    public var lead: ValueChange<BodyName>?
    /// Themes the priority supports in NEW and not (under any name) in OLD.
    public var themesAdded: [ItemSide]
    /// Themes the priority supported in OLD and no longer does (under any name) in NEW.
    public var themesRemoved: [ItemSide]
    /// The description compared block by block.
    public var description: [BlockEdit]

    public init(title: [WordPiece], lead: ValueChange<BodyName>?, themesAdded: [ItemSide], themesRemoved: [ItemSide],
                description: [BlockEdit]) {
        self.title = title
        self.lead = lead
        self.themesAdded = themesAdded
        self.themesRemoved = themesRemoved
        self.description = description
    }

    /// True when nothing changed.
    public var isEmpty: Bool {
        title.isUnchanged && lead == nil && themesAdded.isEmpty && themesRemoved.isEmpty && description.isUnchanged
    }
}

/// How the priorities and themes of two editions compare.
public struct ItemComparison: Hashable, Sendable {
    /// Items carried on, in NEW's order (priorities, then themes).
    public var links: [ItemLink]
    /// Items only NEW has.
    public var added: [ItemSide]
    /// Items of OLD that nothing in NEW continues (ended).
    public var removed: [ItemSide]

    public init(links: [ItemLink], added: [ItemSide], removed: [ItemSide]) {
        self.links = links
        self.added = added
        self.removed = removed
    }
}
