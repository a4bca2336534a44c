import CSADiff
import CSAModel

/// The comparison as JSON for tools, described by `docs/diff.schema.json`. It holds enough to rebuild
/// both editions' chapter texts exactly: kept, deleted and inserted blocks with their shapes and
/// runs, and each changed block's word pieces with their formatting on both sides.
public enum DiffJSONWriter {
    /// The version of the format; `docs/diff.schema.json` describes this one.
    public static let formatVersion = 1

    public static func write(_ c: EditionComparison) -> String {
        String(decoding: bytes(c), as: UTF8.self)
    }

    /// The comparison as UTF-8 JSON text, ending with a new line: what `write` gives, as bytes.
    public static func bytes(_ c: EditionComparison) -> [UInt8] {
        var out: [UInt8] = []
        write(c) { out.append(contentsOf: $0) }
        return out
    }

    /// The comparison as UTF-8 JSON text, ending with a new line, handed to `out` a piece at a time in
    /// order (the document's start, then each chapter, then its end), so that a long comparison is never
    /// copied whole into one buffer. The chapters are written in parallel, each handed out as soon as
    /// those before it have been (`InOrder`); `out` is called from any thread, one call at a time.
    public static func write<E: Error>(_ c: EditionComparison, to out: (UnsafeBufferPointer<UInt8>) throws(E) -> Void) throws(E) {
        var json = JSONStream(capacity: 1 << 16)
        json.begin(UInt8(ascii: "{"))
        json.member("format", "csa-diff")
        json.member("version", formatVersion)
        json.key("old"); edition(c.old, &json)
        json.key("new"); edition(c.new, &json)
        json.member("newIsOlder", c.newIsOlder)
        json.key("succession"); json.array(strings: c.succession)
        if let only = c.onlyChapter {
            // Narrowed to one chapter (--chapter): the data was not compared, and is left out.
            json.member("chapter", only)
            json.key("summary"); summary(c.summary, chaptersOnly: true, &json)
        } else {
            json.key("summary"); summary(c.summary, chaptersOnly: false, &json)
            json.key("items"); items(c.items, &json)
            json.key("actions"); actions(c.actions, &json)
            json.key("measures"); measures(c.measures, &json)
        }
        json.key("chapters")
        json.begin(UInt8(ascii: "["))
        // Each chapter is written on its own, in parallel, and handed out in order.
        try InOrder.write(c.chapters, into: &json, to: out) { chapter in
            var own = JSONStream(capacity: 4096 + chapter.blocks.count * 768)
            Self.chapter(chapter, &own)
            return own
        }
        json.end(UInt8(ascii: "]"))
        json.end(UInt8(ascii: "}"))
        json.newline()
        try json.flush(to: out)
    }

    private static func edition(_ e: EditionSide, _ json: inout JSONStream) {
        json.object { json in
            json.member("id", e.id)
            json.member("title", e.title)
            json.key("period")
            json.object { json in
                json.member("start", e.period.start.description)
                json.member("end", e.period.end.description)
            }
            json.member("status", e.status.rawValue)
        }
    }

    /// The summary's counts; `chaptersOnly` leaves out those of the data, for a comparison of one chapter.
    private static func summary(_ s: ComparisonSummary, chaptersOnly: Bool, _ json: inout JSONStream) {
        func items(_ i: ComparisonSummary.Items, _ json: inout JSONStream) {
            json.object { json in
                json.member("added", i.added); json.member("removed", i.removed); json.member("renamed", i.renamed)
                json.member("merged", i.merged); json.member("split", i.split); json.member("regrouped", i.regrouped)
                json.member("possiblyRenamed", i.possiblyRenamed); json.member("changed", i.changed); json.member("unchanged", i.unchanged)
            }
        }
        let a = s.actions, m = s.measures, c = s.chapters, b = s.chapters.blocks
        json.object { json in
            if !chaptersOnly {
                json.key("priorities"); items(s.priorities, &json)
                json.key("themes"); items(s.themes, &json)
                json.key("actions")
                json.object { json in
                    json.member("added", a.added); json.member("removed", a.removed); json.member("changed", a.changed)
                    json.member("unchanged", a.unchanged); json.member("statusChanges", a.statusChanges)
                    json.member("dueDatesMoved", a.dueDatesMoved); json.member("newUpdates", a.newUpdates)
                }
                json.key("measures")
                json.object { json in
                    json.member("added", m.added); json.member("removed", m.removed); json.member("better", m.better)
                    json.member("worse", m.worse); json.member("noChange", m.noChange); json.member("notComparable", m.notComparable)
                }
            }
            json.key("chapters")
            json.object { json in
                json.member("added", c.added); json.member("removed", c.removed); json.member("changed", c.changed)
                json.member("unchanged", c.unchanged); json.member("renamed", c.renamed); json.member("moved", c.moved)
                json.key("blocks")
                json.object { json in
                    json.member("unchanged", b.unchanged); json.member("changed", b.changed); json.member("deleted", b.deleted)
                    json.member("inserted", b.inserted); json.member("moved", b.moved)
                }
                json.member("wordsDeleted", c.wordsDeleted); json.member("wordsInserted", c.wordsInserted)
            }
        }
    }

    private static func item(_ i: ItemSide, _ json: inout JSONStream) {
        json.object { json in
            json.member("kind", i.kind.rawValue); json.member("id", i.id); json.member("title", i.title)
        }
    }

    private static func body(_ b: BodyName, _ json: inout JSONStream) {
        json.object { json in json.member("id", b.id); json.member("name", b.name) }
    }

    /// A change of value as `{"old": ..., "new": ...}`, or null when there is none.
    private static func change<T>(_ c: ValueChange<T>?, _ json: inout JSONStream, _ write: (T, inout JSONStream) -> Void) {
        guard let c else { json.null(); return }
        json.object { json in
            json.key("old"); write(c.old, &json)
            json.key("new"); write(c.new, &json)
        }
    }

    private static func items(_ items: ItemComparison, _ json: inout JSONStream) {
        json.object { json in
            json.key("links")
            json.array(items.links) { json, link in
                json.object { json in
                    json.member("relation", link.relation.rawValue)
                    json.key("old"); json.array(link.old) { item($1, &$0) }
                    json.key("new"); json.array(link.new) { item($1, &$0) }
                    json.key("changes")
                    if let ch = link.changes {
                        json.object { json in
                            json.key("title"); words(ch.title, &json)
                            json.key("lead"); change(ch.lead, &json, body)
                            json.key("themesAdded"); json.array(ch.themesAdded) { item($1, &$0) }
                            json.key("themesRemoved"); json.array(ch.themesRemoved) { item($1, &$0) }
                            json.key("description"); blocks(ch.description, &json)
                        }
                    } else {
                        json.null()
                    }
                }
            }
            json.key("added"); json.array(items.added) { item($1, &$0) }
            json.key("removed"); json.array(items.removed) { item($1, &$0) }
        }
    }

    private static func action(_ a: ActionSide, _ json: inout JSONStream) {
        json.object { json in
            json.member("id", a.id); json.member("description", a.description); json.member("status", a.status.rawValue)
            json.member("due", a.due.description)
            json.key("priorities"); json.array(strings: a.priorities)
        }
    }

    private static func actions(_ actions: ActionComparison, _ json: inout JSONStream) {
        json.object { json in
            json.key("added"); json.array(actions.added) { action($1, &$0) }
            json.key("removed"); json.array(actions.removed) { action($1, &$0) }
            json.key("changed")
            json.array(actions.changed) { json, a in
                json.object { json in
                    json.member("id", a.id)
                    json.key("description"); words(a.description, &json)
                    json.key("status"); change(a.status, &json) { $1.string($0.rawValue) }
                    json.key("due"); change(a.due, &json) { $1.string($0.description) }
                    json.key("lead"); change(a.lead, &json, body)
                    json.key("priorities"); change(a.priorities, &json) { $1.array(strings: $0) }
                    json.key("newUpdates")
                    json.array(a.newUpdates) { json, update in
                        json.object { json in json.member("date", update.date.description); json.member("text", update.text) }
                    }
                }
            }
            json.member("unchanged", actions.unchanged)
        }
    }

    private static func measure(_ m: MeasureSide, _ json: inout JSONStream) {
        json.object { json in
            json.member("id", m.id); json.member("title", m.title); json.member("unit", m.unit); json.member("better", m.better.rawValue)
            json.key("latest")
            if let latest = m.latest {
                json.object { json in
                    json.member("period", latest.period)
                    json.key("value"); json.number(latest.value)
                }
            } else {
                json.null()
            }
        }
    }

    private static func measures(_ measures: MeasureComparison, _ json: inout JSONStream) {
        json.object { json in
            json.key("added"); json.array(measures.added) { measure($1, &$0) }
            json.key("removed"); json.array(measures.removed) { measure($1, &$0) }
            json.key("compared")
            json.array(measures.compared) { json, m in
                json.object { json in
                    json.key("old"); measure(m.old, &json)
                    json.key("new"); measure(m.new, &json)
                    json.member("trend", m.trend.rawValue)
                }
            }
        }
    }

    private static func chapterSide(_ s: ChapterSide?, _ json: inout JSONStream) {
        guard let s else { json.null(); return }
        json.object { json in
            json.member("id", s.id); json.member("title", s.title); json.member("order", s.order)
            json.member("appendix", s.appendix); json.member("summary", s.summary)
        }
    }

    private static func chapter(_ c: ChapterComparison, _ json: inout JSONStream) {
        json.object { json in
            json.member("match", c.match.rawValue)
            json.key("old"); chapterSide(c.old, &json)
            json.key("new"); chapterSide(c.new, &json)
            json.member("moved", c.moved)
            json.key("title"); words(c.title, &json)
            json.key("summary"); words(c.summary, &json)
            json.key("blocks"); blocks(c.blocks, &json)
        }
    }

    // MARK: Text

    /// A style as an object holding only what is set; plain text has an empty object.
    static func style(_ s: RunStyle, _ json: inout JSONStream) {
        if !s.emphasis, !s.strong, !s.code, s.link == nil, s.image == nil {
            // Plain text, most runs: an empty object.
            json.emptyObject()
            return
        }
        json.object { json in
            if s.emphasis { json.member("emphasis", true) }
            if s.strong { json.member("strong", true) }
            if s.code { json.member("code", true) }
            if let link = s.link { json.member("link", link) }
            if let image = s.image { json.member("image", image) }
        }
    }

    static func words(_ pieces: [WordPiece], _ json: inout JSONStream) {
        json.array(inPlace: pieces) { json, piece in
            json.object { json in
                switch piece.pointee.change {
                case .equal: json.member("change", plain: "equal")
                case .deleted: json.member("change", plain: "deleted")
                case .inserted: json.member("change", plain: "inserted")
                }
                json.member("text", piece.pointee.text)
                json.key("style"); style(piece.pointee.style, &json)
                if let old = piece.pointee.oldStyle { json.key("oldStyle"); style(old, &json) }
                if let old = piece.pointee.oldText { json.member("oldText", old) }
            }
        }
    }

    /// A block's shape; a plain paragraph's (most blocks') copied from `plainParagraph`.
    static func shape(_ s: BlockShape, _ json: inout JSONStream) {
        if s.kind == .paragraph, s.level == 0, s.info.isEmpty, s.containers.isEmpty {
            json.value(plainParagraph)
        } else {
            shapeObject(s, &json)
        }
    }

    /// The shape of a paragraph outside any list or quote, written once.
    private static let plainParagraph = JSONTemplate { shapeObject(BlockShape(.paragraph), &$0) }

    private static func shapeObject(_ s: BlockShape, _ json: inout JSONStream) {
        json.object { json in
            json.member("kind", s.kind.rawValue); json.member("level", s.level); json.member("info", s.info)
            json.key("containers"); json.array(s.containers) { $0.string($1.rawValue) }
            json.member("marker", s.marker)
        }
    }

    static func block(_ b: BlockText, _ json: inout JSONStream) {
        json.object { json in
            json.key("shape"); shape(b.shape, &json)
            json.key("runs")
            json.array(inPlace: b.runs) { json, run in
                json.object { json in
                    json.member("text", run.pointee.text)
                    json.key("style"); style(run.pointee.style, &json)
                }
            }
        }
    }

    static func blocks(_ edits: [BlockEdit], _ json: inout JSONStream) {
        json.array(inPlace: edits) { json, edit in
            json.object { json in
                switch edit.pointee {
                case .unchanged(let b): json.member("edit", plain: "unchanged"); json.key("block"); block(b, &json)
                case .changed(let old, let new, let pieces):
                    json.member("edit", plain: "changed")
                    json.key("oldShape"); shape(old, &json)
                    json.key("newShape"); shape(new, &json)
                    json.key("words"); words(pieces, &json)
                case .deleted(let b): json.member("edit", plain: "deleted"); json.key("block"); block(b, &json)
                case .inserted(let b): json.member("edit", plain: "inserted"); json.key("block"); block(b, &json)
                case .movedAway(let b, let to):
                    json.member("edit", plain: "movedAway"); json.key("block"); block(b, &json); json.member("to", to)
                case .movedHere(let b, let from):
                    json.member("edit", plain: "movedHere"); json.key("block"); block(b, &json); json.member("from", from)
                case .movedHereChanged(let old, let new, let pieces, let from):
                    json.member("edit", plain: "movedHereChanged")
                    json.key("oldShape"); shape(old, &json)
                    json.key("newShape"); shape(new, &json)
                    json.key("words"); words(pieces, &json)
                    json.member("from", from)
                }
            }
        }
    }
}
