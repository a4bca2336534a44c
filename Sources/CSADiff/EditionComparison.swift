import CSAModel

/// An edition as one side of a comparison names it.
public struct EditionSide: Hashable, Sendable {
    public var id: String
    public var title: String
    public var period: Period
    public var status: EditionStatus

    public init(_ edition: Edition) {
        id = edition.id
        title = edition.title
        period = edition.period
        status = edition.status
    }
}

/// Everything that differs between two editions of one publication: priorities and themes, actions,
/// measures, and the prose of every chapter and appendix. Plain values, for any writer to walk.
public struct EditionComparison: Hashable, Sendable {
    public var old: EditionSide
    public var new: EditionSide
    /// True when NEW is the earlier edition (it covers an earlier period): the comparison then runs
    /// back in time, and "added" means "not yet there".
    public var newIsOlder: Bool
    /// The editions from OLD to NEW along `supersedes:`, both included; empty when the two are not on
    /// one line of succession (items are then matched by id only, as `replaces:` cannot be followed).
    public var succession: [String]
    public var items: ItemComparison
    public var actions: ActionComparison
    public var measures: MeasureComparison
    /// Every chapter and appendix of either side, in NEW's order, each removed one after the one before it in OLD.
    public var chapters: [ChapterComparison]
    /// The id of the one chapter the comparison was narrowed to (`narrowed(toChapter:)`), or nil for the
    /// whole comparison. When set, the priorities and themes, actions and measures were not compared,
    /// and writers leave them out.
    public var onlyChapter: String? = nil

    /// OLD's chapters, rebuilt from the comparison alone, in OLD's order.
    public var oldChapters: [ChapterText] { chapters.compactMap(\.oldText).sorted { $0.side.order < $1.side.order } }
    /// NEW's chapters, rebuilt from the comparison alone, in NEW's order.
    public var newChapters: [ChapterText] { chapters.compactMap(\.newText).sorted { $0.side.order < $1.side.order } }
}

/// Why two editions could not be compared.
public enum ComparisonError: Error, Hashable, Sendable {
    /// No edition has this id; `known` lists the ids there are.
    case unknownEdition(String, known: [String])
}

extension EditionComparison {
    /// Compares edition `old` with edition `new` of `publication`. Either may be the later one.
    /// Pairs of chapters that `ahead` compared while the editions were read are taken from it.
    public static func compare(_ publication: Publication, old oldID: String, new newID: String,
                               ahead: ChaptersAhead? = nil) throws(ComparisonError) -> EditionComparison {
        let known = publication.editions.map(\.id)
        guard let old = publication.edition(oldID) else { throw .unknownEdition(oldID, known: known) }
        guard let new = publication.edition(newID) else { throw .unknownEdition(newID, known: known) }
        return compare(publication, old: old, new: new, ahead: ahead)
    }

    /// Compares two editions of `publication` that the caller already holds. Either may be the later one.
    public static func compare(_ publication: Publication, old: Edition, new: Edition, ahead: ChaptersAhead? = nil) -> EditionComparison {
        let bodies = { (id: String) in BodyName(id: id, name: publication.site.body(id)?.name ?? id) }
        return EditionComparison(
            old: EditionSide(old), new: EditionSide(new),
            newIsOlder: (new.period.start, new.period.end) < (old.period.start, old.period.end),
            succession: publication.succession(from: old.id, to: new.id)?.map(\.id) ?? [],
            items: ItemMatching.compare(publication, old: old, new: new),
            actions: ActionComparison.compare(old.actions, new.actions, bodies: bodies),
            measures: MeasureComparison.compare(old.measures, new.measures),
            chapters: ChapterMatching.compare(old.chapters, new.chapters, ahead: ahead))
    }
}
