import CSADiff
import Foundation

/// Rebuilds both sides' chapter texts from `csa diff --format json` output alone, by the rules the
/// schema (docs/diff.schema.json) states: an independent reading of the JSON, not the engine's own code.
enum JSONRebuild {
    struct Failure: Error, CustomStringConvertible { let description: String }

    static func chapters(_ json: String) throws -> (old: [ChapterText], new: [ChapterText]) {
        guard let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let chapters = root["chapters"] as? [[String: Any]] else { throw Failure(description: "no chapters") }
        var old: [ChapterText] = [], new: [ChapterText] = []
        for chapter in chapters {
            let edits = try array(chapter["blocks"])
            if let side = chapter["old"] as? [String: Any] {
                old.append(ChapterText(side: try chapterSide(side), blocks: try edits.compactMap { try block($0, old: true) }))
            }
            if let side = chapter["new"] as? [String: Any] {
                new.append(ChapterText(side: try chapterSide(side), blocks: try edits.compactMap { try block($0, old: false) }))
            }
        }
        return (old.sorted { $0.side.order < $1.side.order }, new.sorted { $0.side.order < $1.side.order })
    }

    private static func array(_ value: Any?) throws -> [[String: Any]] {
        guard let a = value as? [[String: Any]] else { throw Failure(description: "expected an array of objects") }
        return a
    }

    private static func string(_ o: [String: Any], _ key: String) throws -> String {
        guard let s = o[key] as? String else { throw Failure(description: "no string \(key)") }
        return s
    }

    private static func chapterSide(_ o: [String: Any]) throws -> ChapterSide {
        guard let order = o["order"] as? Int else { throw Failure(description: "no order") }
        return ChapterSide(id: try string(o, "id"), title: try string(o, "title"), order: order, appendix: o["appendix"] as? String,
                           summary: try string(o, "summary"))
    }

    private static func style(_ value: Any?) throws -> RunStyle {
        guard let o = value as? [String: Any] else { throw Failure(description: "no style") }
        return RunStyle(emphasis: o["emphasis"] as? Bool ?? false, strong: o["strong"] as? Bool ?? false, code: o["code"] as? Bool ?? false,
                        link: o["link"] as? String, image: o["image"] as? String)
    }

    private static func shape(_ value: Any?) throws -> BlockShape {
        guard let o = value as? [String: Any], let kind = BlockShape.Kind(rawValue: try string(o, "kind")), let level = o["level"] as? Int,
              let containers = o["containers"] as? [String] else { throw Failure(description: "bad shape") }
        return BlockShape(kind, level: level, info: try string(o, "info"), containers: try containers.map {
            guard let c = BlockShape.Container(rawValue: $0) else { throw Failure(description: "bad container \($0)") }
            return c
        })
    }

    private static func runs(_ value: Any?) throws -> [TextRun] {
        try array(value).map { TextRun(try string($0, "text"), style: try style($0["style"])) }
    }

    /// The block one side has at this step, or nil when the step belongs to the other side.
    private static func block(_ edit: [String: Any], old: Bool) throws -> BlockText? {
        let kind = try string(edit, "edit")
        switch (kind, old) {
        case ("unchanged", _), ("deleted", true), ("movedAway", true), ("inserted", false), ("movedHere", false):
            guard let b = edit["block"] as? [String: Any] else { throw Failure(description: "no block") }
            return BlockText(shape: try shape(b["shape"]), runs: try runs(b["runs"]))
        case ("movedHereChanged", true):
            return nil
        case ("changed", _), ("movedHereChanged", false):
            var out: [TextRun] = []
            for piece in try array(edit["words"]) {
                let change = try string(piece, "change")
                if change == (old ? "inserted" : "deleted") { continue }
                let s = old && piece["oldStyle"] != nil ? try style(piece["oldStyle"]) : try style(piece["style"])
                let text = old && change == "equal" && piece["oldText"] != nil ? try string(piece, "oldText") : try string(piece, "text")
                out.append(TextRun(text, style: s))
            }
            return BlockText(shape: try shape(edit[old ? "oldShape" : "newShape"]), runs: out)
        case ("deleted", false), ("movedAway", false), ("inserted", true), ("movedHere", true):
            return nil
        default:
            throw Failure(description: "unknown edit \(kind)")
        }
    }
}
