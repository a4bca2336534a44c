import CSAModel
import Foundation
import Yams

/// A reference from one item to another by id, kept with its location and checked once every file is read.
struct Reference: Sendable {
    /// What kind of thing the id must name.
    enum Target {
        case body
        case priority
        case theme
        /// A priority or theme of the edition this one supersedes (`replaces:`).
        case supersededItem
        /// A source paper listed under `sources` in site.yml (`source:`).
        case source
    }

    let target: Target
    let id: Located<String>
    /// The edition the reference is written in.
    let edition: String
    /// The item that holds the reference, for messages: "action 'da-01'".
    let from: String
}

/// What reading collects besides the model: every diagnostic and every reference still to check.
struct ReadContext: Sendable {
    var diagnostics = Diagnostics()
    var references: [Reference] = []
    /// Each edition's links from one chapter to another, checked once all its chapter files are known.
    var chapterLinks: [String: [ChapterLink]] = [:]
    /// Items (`edition/kind/id`) and whole files (`edition/kind`) that could not be read: references to
    /// them are not reported again, as a compiler does not cascade one mistake into many.
    var unreadable: Set<String> = []
    /// True when site.yml lists source papers: then every item must name one or be marked illustrative.
    var requireSources = false

    /// Every id declared in each edition, by namespace (`priority or theme`, `action`, ...), in reading
    /// order: checked for duplicates even when the item itself had errors.
    var declarations: [String: [(namespace: String, id: Located<String>)]] = [:]

    mutating func declare(_ namespace: String, _ id: Located<String>?, edition: String) {
        if let id { declarations[edition, default: []].append((namespace, id)) }
    }

    mutating func markUnreadable(edition: String, kind: Reference.Target, id: String? = nil) {
        unreadable.insert(id.map { "\(edition)/\(kind)/\($0)" } ?? "\(edition)/\(kind)")
    }

    func isUnreadable(edition: String, kind: Reference.Target, id: String) -> Bool {
        unreadable.contains("\(edition)/\(kind)") || unreadable.contains("\(edition)/\(kind)/\(id)")
    }

    /// The ids of the items of a kind that are there but could not be read (their mistakes reported), sorted:
    /// a "did you mean" may name one, since it exists.
    func unreadableIDs(edition: String, kind: Reference.Target) -> [String] {
        let prefix = "\(edition)/\(kind)/"
        return unreadable.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
    }

    /// Adds what another context collected (reading one file on its own, in parallel with others) after
    /// what this one holds, as if that file had been read with this context.
    mutating func absorb(_ other: ReadContext) {
        diagnostics.append(contentsOf: other.diagnostics)
        references += other.references
        for (edition, links) in other.chapterLinks { chapterLinks[edition, default: []] += links }
        unreadable.formUnion(other.unreadable)
        for (edition, ids) in other.declarations { declarations[edition, default: []] += ids }
    }

    mutating func refer(_ target: Reference.Target, _ ids: [Located<String>], edition: String, from: String) {
        references += ids.map { Reference(target: target, id: $0, edition: edition, from: from) }
    }

    /// The file's text with its line endings normalised and its control characters reported and replaced
    /// (`SourceText`), or nil after adding a diagnostic (unreadable, or not UTF-8).
    mutating func text(of url: URL, display: String) -> String? {
        text(ofPath: url.path, display: display)
    }

    mutating func text(ofPath path: String, display: String) -> String? {
        let decoded: Result<UTF8Text.Decoded, Diagnostic>
        switch FileSystem.withContents(of: path, { UTF8Text.decode($0, file: display) }) {
        case .success(let result): decoded = result
        case .failure(let fault):
            diagnostics.error(SourceLocation(file: display), "cannot read this file: \(fault.reason)",
                              hint: "check that it is a readable text file, then run the check again")
            return nil
        }
        switch decoded {
        case .success(let read): return SourceText.prepare(read.text, mayNeedPreparing: read.mayNeedPreparing, file: display, &diagnostics)
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// The root node of a YAML file, or nil after adding a diagnostic.
    mutating func yaml(_ text: String, in source: YAMLFile) -> Node? {
        switch source.parse(text) {
        case .success(let node):
            if node == nil { diagnostics.error(source.start, "file is empty", hint: "see docs/CONTENT.md for what it should hold") }
            if let node { source.reportControlCharacters(in: node, &diagnostics) }
            return node
        case .failure(var diagnostic):
            if diagnostic.hint == nil { diagnostic.hint = "check the file's YAML (indentation, quotes, brackets); see docs/CONTENT.md" }
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// The entries of a file that holds a YAML list of items (priorities.yml, actions.yml, ...); `noun` names
    /// one item, `plural` several.
    mutating func listItems(of url: URL, display: String, noun: String, plural: String) -> (YAMLFile, [Node])? {
        guard let text = text(of: url, display: display) else { return nil }
        let source = YAMLFile(file: display, lineOffset: 0, lines: SourceText.lines(text))
        guard let root = yaml(text, in: source) else { return nil }
        guard case .sequence(let sequence) = root else {
            diagnostics.error(source.location(root), "\(display.split(separator: "/").last ?? "") must be a list of \(plural), but it is \(YAMLFile.describe(root))",
                              hint: "start each \(noun) with '- id: ...'; if the edition has no \(plural), write [] in the file")
            return nil
        }
        return (source, Array(sequence))
    }
}
