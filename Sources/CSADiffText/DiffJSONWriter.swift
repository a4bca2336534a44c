import CSADiff
import CSAModel

/// The comparison as JSON for tools, described by `docs/diff.schema.json`. It holds enough to rebuild
/// both editions' chapter texts exactly: kept, deleted and inserted blocks with their shapes and
/// runs, and each changed block's word pieces with their formatting on both sides.
public enum DiffJSONWriter {
    /// The version of the format; `docs/diff.schema.json` describes this one.
    public static let formatVersion = 1

    public static func write(_ c: EditionComparison) -> String {
        let s = c.summary
        let value: JSONValue = .object([
            ("format", .string("csa-diff")),
            ("version", .int(formatVersion)),
            ("old", edition(c.old)),
            ("new", edition(c.new)),
            ("newIsOlder", .bool(c.newIsOlder)),
            ("succession", .array(c.succession.map(JSONValue.string))),
            ("summary", summary(s)),
            ("items", items(c.items)),
            ("actions", actions(c.actions)),
            ("measures", measures(c.measures)),
            // Each chapter written on its own, in parallel, at its depth in the document (the top object's
            // members are one level deep, the items of their arrays two).
            ("chapters", .array(ParallelMap.map(c.chapters) { JSONValue.written(chapter($0).bytes(depth: 2)) })),
        ])
        return value.text() + "\n"
    }

    private static func edition(_ e: EditionSide) -> JSONValue {
        .object([("id", .string(e.id)), ("title", .string(e.title)),
                 ("period", .object([("start", .string(e.period.start.description)), ("end", .string(e.period.end.description))])),
                 ("status", .string(e.status.rawValue))])
    }

    private static func summary(_ s: ComparisonSummary) -> JSONValue {
        func items(_ i: ComparisonSummary.Items) -> JSONValue {
            .object([("added", .int(i.added)), ("removed", .int(i.removed)), ("renamed", .int(i.renamed)), ("merged", .int(i.merged)),
                     ("split", .int(i.split)), ("regrouped", .int(i.regrouped)), ("possiblyRenamed", .int(i.possiblyRenamed)),
                     ("changed", .int(i.changed)), ("unchanged", .int(i.unchanged))])
        }
        let a = s.actions, m = s.measures, c = s.chapters, b = s.chapters.blocks
        return .object([
            ("priorities", items(s.priorities)),
            ("themes", items(s.themes)),
            ("actions", .object([("added", .int(a.added)), ("removed", .int(a.removed)), ("changed", .int(a.changed)), ("unchanged", .int(a.unchanged)),
                                 ("statusChanges", .int(a.statusChanges)), ("dueDatesMoved", .int(a.dueDatesMoved)), ("newUpdates", .int(a.newUpdates))])),
            ("measures", .object([("added", .int(m.added)), ("removed", .int(m.removed)), ("better", .int(m.better)), ("worse", .int(m.worse)),
                                  ("noChange", .int(m.noChange)), ("notComparable", .int(m.notComparable))])),
            ("chapters", .object([("added", .int(c.added)), ("removed", .int(c.removed)), ("changed", .int(c.changed)), ("unchanged", .int(c.unchanged)),
                                  ("renamed", .int(c.renamed)), ("moved", .int(c.moved)),
                                  ("blocks", .object([("unchanged", .int(b.unchanged)), ("changed", .int(b.changed)), ("deleted", .int(b.deleted)),
                                                      ("inserted", .int(b.inserted)), ("moved", .int(b.moved))])),
                                  ("wordsDeleted", .int(c.wordsDeleted)), ("wordsInserted", .int(c.wordsInserted))])),
        ])
    }

    private static func item(_ i: ItemSide) -> JSONValue {
        .object([("kind", .string(i.kind.rawValue)), ("id", .string(i.id)), ("title", .string(i.title))])
    }

    private static func body(_ b: BodyName) -> JSONValue { .object([("id", .string(b.id)), ("name", .string(b.name))]) }

    private static func change<T>(_ c: ValueChange<T>?, _ f: (T) -> JSONValue) -> JSONValue {
        c.map { .object([("old", f($0.old)), ("new", f($0.new))]) } ?? .null
    }

    private static func items(_ items: ItemComparison) -> JSONValue {
        .object([
            ("links", .array(items.links.map { link in
                .object([
                    ("relation", .string(link.relation.rawValue)),
                    ("old", .array(link.old.map(item))),
                    ("new", .array(link.new.map(item))),
                    ("changes", link.changes.map { ch in
                        .object([("title", words(ch.title)), ("lead", change(ch.lead, body)),
                                 ("themesAdded", .array(ch.themesAdded.map(item))), ("themesRemoved", .array(ch.themesRemoved.map(item))),
                                 ("description", blocks(ch.description))])
                    } ?? .null),
                ])
            })),
            ("added", .array(items.added.map(item))),
            ("removed", .array(items.removed.map(item))),
        ])
    }

    private static func action(_ a: ActionSide) -> JSONValue {
        .object([("id", .string(a.id)), ("description", .string(a.description)), ("status", .string(a.status.rawValue)),
                 ("due", .string(a.due.description)), ("priorities", .array(a.priorities.map(JSONValue.string)))])
    }

    private static func actions(_ actions: ActionComparison) -> JSONValue {
        .object([
            ("added", .array(actions.added.map(action))),
            ("removed", .array(actions.removed.map(action))),
            ("changed", .array(actions.changed.map { a in
                .object([("id", .string(a.id)), ("description", words(a.description)),
                         ("status", change(a.status) { .string($0.rawValue) }),
                         ("due", change(a.due) { .string($0.description) }),
                         ("lead", change(a.lead, body)),
                         ("priorities", change(a.priorities) { .array($0.map(JSONValue.string)) }),
                         ("newUpdates", .array(a.newUpdates.map { .object([("date", .string($0.date.description)), ("text", .string($0.text))]) }))])
            })),
            ("unchanged", .int(actions.unchanged)),
        ])
    }

    private static func measure(_ m: MeasureSide) -> JSONValue {
        .object([("id", .string(m.id)), ("title", .string(m.title)), ("unit", .string(m.unit)), ("better", .string(m.better.rawValue)),
                 ("latest", m.latest.map { .object([("period", .string($0.period)), ("value", .number($0.value))]) } ?? .null)])
    }

    private static func measures(_ measures: MeasureComparison) -> JSONValue {
        .object([
            ("added", .array(measures.added.map(measure))),
            ("removed", .array(measures.removed.map(measure))),
            ("compared", .array(measures.compared.map { .object([("old", measure($0.old)), ("new", measure($0.new)), ("trend", .string($0.trend.rawValue))]) })),
        ])
    }

    private static func chapterSide(_ s: ChapterSide?) -> JSONValue {
        guard let s else { return .null }
        return .object([("id", .string(s.id)), ("title", .string(s.title)), ("order", .int(s.order)),
                        ("appendix", s.appendix.map(JSONValue.string) ?? .null), ("summary", .string(s.summary))])
    }

    private static func chapter(_ c: ChapterComparison) -> JSONValue {
        .object([("match", .string(c.match.rawValue)), ("old", chapterSide(c.old)), ("new", chapterSide(c.new)), ("moved", .bool(c.moved)),
                 ("title", words(c.title)), ("summary", words(c.summary)), ("blocks", blocks(c.blocks))])
    }

    // MARK: Text

    /// A style as an object holding only what is set; plain text has an empty object.
    static func style(_ s: RunStyle) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if s.emphasis { members.append(("emphasis", .bool(true))) }
        if s.strong { members.append(("strong", .bool(true))) }
        if s.code { members.append(("code", .bool(true))) }
        if let link = s.link { members.append(("link", .string(link))) }
        if let image = s.image { members.append(("image", .string(image))) }
        return .object(members)
    }

    static func words(_ pieces: [WordPiece]) -> JSONValue {
        .array(pieces.map { p in
            var members: [(String, JSONValue)] = [("change", .string(p.change.rawValue)), ("text", .string(p.text)), ("style", style(p.style))]
            if let old = p.oldStyle { members.append(("oldStyle", style(old))) }
            return .object(members)
        })
    }

    static func shape(_ s: BlockShape) -> JSONValue {
        .object([("kind", .string(s.kind.rawValue)), ("level", .int(s.level)), ("info", .string(s.info)),
                 ("containers", .array(s.containers.map { .string($0.rawValue) })), ("marker", .string(s.marker))])
    }

    static func block(_ b: BlockText) -> JSONValue {
        .object([("shape", shape(b.shape)),
                 ("runs", .array(b.runs.map { .object([("text", .string($0.text)), ("style", style($0.style))]) }))])
    }

    static func blocks(_ edits: [BlockEdit]) -> JSONValue {
        .array(edits.map { edit in
            switch edit {
            case .unchanged(let b): return .object([("edit", .string("unchanged")), ("block", block(b))])
            case .changed(let old, let new, let pieces):
                return .object([("edit", .string("changed")), ("oldShape", shape(old)), ("newShape", shape(new)), ("words", words(pieces))])
            case .deleted(let b): return .object([("edit", .string("deleted")), ("block", block(b))])
            case .inserted(let b): return .object([("edit", .string("inserted")), ("block", block(b))])
            case .movedAway(let b, let to): return .object([("edit", .string("movedAway")), ("block", block(b)), ("to", .int(to))])
            case .movedHere(let b, let from): return .object([("edit", .string("movedHere")), ("block", block(b)), ("from", .int(from))])
            case .movedHereChanged(let old, let new, let pieces, let from):
                return .object([("edit", .string("movedHereChanged")), ("oldShape", shape(old)), ("newShape", shape(new)), ("words", words(pieces)),
                                ("from", .int(from))])
            }
        })
    }
}
