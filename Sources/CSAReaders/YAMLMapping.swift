import CSAModel
import Yams

/// One YAML mapping being read field by field into typed values. Every problem (a missing field, a
/// wrong type, an unknown key) is added to the diagnostics with its location; reading carries on.
struct YAMLMapping {
    let source: YAMLFile
    let location: SourceLocation
    /// What the mapping is, for messages: "edition.yml", "priority 'domestic-abuse'".
    var what: String
    private let entries: [String: (key: Node, value: Node)]

    /// Fields absent from the mapping whose name an unknown field comes near (`leads` for `lead`): the
    /// unknown field is reported with "did you mean", and the field it misspells is not reported missing too.
    private let misspelt: Set<String>
    /// True when a field's name is not plain text (`? [a, b]`): it may be any field, so none is reported missing.
    private let hasUnreadableName: Bool

    /// Reads `node` as a mapping whose keys must be among `allowed`; nil (with an error) if it is not a mapping.
    /// An item with an id (`kind`: "action", "body", ...) is named by it in every message, unknown fields
    /// included ("action 'da-01'"), as soon as its `id` (or `idKey`) is a valid id; until then it is called `what`.
    init?(_ node: Node, in source: YAMLFile, what: String, kind: String? = nil, idKey: String = "id", allowed: [String],
          diagnostics: inout Diagnostics) {
        self.source = source
        self.location = source.location(node)
        self.what = what
        guard case .mapping(let mapping) = node else {
            diagnostics.error(source.location(node), "\(what) must be a mapping of 'field: value' lines, but it is \(YAMLFile.describe(node))",
                              hint: "write its fields one per line as 'name: value'\(allowed.isEmpty ? "" : ", such as '\(allowed[0]): ...'"); see docs/CONTENT.md for the fields it takes")
            return nil
        }
        // The id found by comparing each key's text: `mapping[Node(idKey)]` would make a node with Yams's
        // default tag, whose resolver compiles its regular expressions on first use (8.8 M instructions).
        if let kind, let id = mapping.first(where: { if case .scalar(let k) = $0.key { return k.string == idKey } else { return false } })?.value,
           case .scalar(let scalar) = id, Identifier.problem(scalar.string) == nil {
            self.what = "\(kind) '\(scalar.string)'"
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        var unknown: [(name: String, key: Node)] = []
        var hasUnreadableName = false
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                hasUnreadableName = true
                diagnostics.error(source.location(key), "a field name in \(self.what) must be plain text, but it is \(YAMLFile.describe(key))",
                                  hint: "write each field as 'name: value', with a plain name such as '\(allowed.first ?? "title")'; a '?' or a list or mapping before the ':' is not a field name")
                continue
            }
            let name = scalar.string
            if allowed.contains(name) {
                entries[name] = (key, value)
            } else {
                unknown.append((name, key))
            }
        }
        var misspelt: Set<String> = []
        for (name, key) in unknown {
            let near = NearestName.suggest(name, from: allowed)
            if let near, entries[near] == nil { misspelt.insert(near) }
            diagnostics.error(source.location(key), "unknown field '\(DisplayText.escaped(name))' in \(self.what)",
                              hint: near.map { "did you mean '\($0)'?" } ?? "known fields are \(allowed.joined(separator: ", "))")
        }
        self.entries = entries
        self.misspelt = misspelt
        self.hasUnreadableName = hasUnreadableName
    }

    func has(_ key: String) -> Bool { entries[key] != nil }

    /// True when the field is there, or may be written under a name already reported (misspelt, or not plain
    /// text): checks that depend on whether a field was written ("names no source") then stay quiet, one
    /// mistake, one error.
    func written(_ key: String) -> Bool { entries[key] != nil || isMisspelt(key) }

    /// True when the field is not there but may be written under a name already reported: an unknown field
    /// that misspells it, or a field name that is not plain text.
    func isMisspelt(_ key: String) -> Bool { entries[key] == nil && (misspelt.contains(key) || hasUnreadableName) }

    /// Where a field's name was written, when the field is there.
    func keyLocation(_ key: String) -> SourceLocation? { entries[key].map { source.location($0.key) } }

    /// Where a field's value was written, when the field is there.
    func valueLocation(_ key: String) -> SourceLocation? { entries[key].map { source.location($0.value) } }

    /// The value of a field; when it is absent and required, an error saying what to add.
    func node(_ key: String, required: Bool, _ diagnostics: inout Diagnostics) -> Node? {
        if let entry = entries[key] {
            if case .scalar(let s) = entry.value, s.style == .plain || s.style == .any, ["", "~", "null", "Null", "NULL"].contains(s.string) {
                if required {
                    diagnostics.error(source.location(entry.key), "field '\(key)' in \(what) is empty", hint: "give '\(key)' a value")
                }
                return nil
            }
            return entry.value
        }
        // A misspelt field ('leads' for 'lead') was reported as unknown, with the name it should have.
        if required && !isMisspelt(key) {
            diagnostics.error(location, "missing required field '\(key)' in \(what)", hint: "add a line '\(key): ...'")
        }
        return nil
    }

    func typeError(_ key: String, _ node: Node, _ expected: String, _ diagnostics: inout Diagnostics, hint: String) {
        diagnostics.error(source.location(node), "field '\(key)' in \(what) must be \(expected), but it is \(YAMLFile.describe(node))", hint: hint)
    }

    /// An id such as the field holds, for hints.
    static func exampleID(_ key: String) -> String {
        switch key {
        case "supersedes", "after", "edition": return "2023-24"
        case "lead", "body": return "kcst"
        case "source": return "kcsp-2024-11"
        case "priority": return "domestic-abuse"
        default: return "da-01"
        }
    }

    /// What to write instead of a list or mapping where one value belongs.
    private func oneValueHint(_ key: String, _ node: Node, _ example: String) -> String {
        "write one value after '\(key): ' on the same line, such as '\(key): \(example)', not \(YAMLFile.describe(node))"
    }

    /// A text field: any scalar.
    func string(_ key: String, required: Bool = true, _ diagnostics: inout Diagnostics) -> String? {
        guard let node = node(key, required: required, &diagnostics) else { return nil }
        guard case .scalar(let scalar) = node else {
            typeError(key, node, "text", &diagnostics,
                      hint: "write the text after '\(key): ' (in double quotes if it contains ': ' or starts with '[', '{' or '-'), or under '\(key): |' for several lines")
            return nil
        }
        return scalar.string
    }

    func bool(_ key: String, _ diagnostics: inout Diagnostics) -> Bool? {
        guard let node = node(key, required: false, &diagnostics) else { return nil }
        switch plainScalar(node) {
        case "true": return true
        case "false": return false
        default:
            typeError(key, node, "true or false", &diagnostics, hint: "write '\(key): true' or '\(key): false'")
            return nil
        }
    }

    func date(_ key: String, required: Bool = true, _ diagnostics: inout Diagnostics) -> CalendarDate? {
        guard let node = node(key, required: required, &diagnostics) else { return nil }
        guard case .scalar(let scalar) = node else {
            typeError(key, node, "a date written YYYY-MM-DD", &diagnostics, hint: oneValueHint(key, node, "2025-03-31"))
            return nil
        }
        guard let date = CalendarDate(iso: scalar.string) else {
            diagnostics.error(source.location(node), "field '\(key)' in \(what) is not a valid date: '\(DisplayText.escaped(scalar.string))'",
                              hint: "write dates as YYYY-MM-DD, e.g. 2011-05-20, and check the day exists")
            return nil
        }
        return date
    }

    /// One of a fixed set of words, e.g. a status.
    func choice<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type, required: Bool = true,
                                                    _ diagnostics: inout Diagnostics) -> E? where E.RawValue == String {
        guard let node = node(key, required: required, &diagnostics) else { return nil }
        let words = E.allCases.map(\.rawValue)
        guard case .scalar(let scalar) = node else {
            typeError(key, node, "one of \(words.joined(separator: ", "))", &diagnostics, hint: oneValueHint(key, node, words[0]))
            return nil
        }
        guard let value = E(rawValue: scalar.string) else {
            diagnostics.error(source.location(node),
                              "field '\(key)' in \(what) must be one of \(words.joined(separator: ", ")), but it is '\(DisplayText.escaped(scalar.string))'",
                              hint: NearestName.hint(scalar.string, from: words)
                                  ?? "write one of these words exactly as shown, in lowercase: \(words.joined(separator: ", "))")
            return nil
        }
        return value
    }

    /// An id field, checked against the id rule.
    func id(_ key: String, required: Bool = true, _ diagnostics: inout Diagnostics) -> Located<String>? {
        guard let node = node(key, required: required, &diagnostics) else { return nil }
        guard case .scalar(let scalar) = node else {
            typeError(key, node, "an id", &diagnostics, hint: oneValueHint(key, node, YAMLMapping.exampleID(key)))
            return nil
        }
        if let problem = Identifier.problem(scalar.string) {
            diagnostics.error(source.location(node), problem, hint: Identifier.hint)
            return nil
        }
        return Located(value: scalar.string, location: source.location(node))
    }

    /// A list of ids, each with its own location; a missing optional list is empty. An id listed twice is
    /// reported at its second place and taken once.
    func idList(_ key: String, required: Bool = false, _ diagnostics: inout Diagnostics) -> [Located<String>] {
        guard let items = sequence(key, required: required, &diagnostics) else { return [] }
        var ids: [Located<String>] = []
        for item in items {
            guard case .scalar(let scalar) = item else {
                diagnostics.error(source.location(item), "each entry of '\(key)' in \(what) must be an id, but one is \(YAMLFile.describe(item))",
                                  hint: "write each id as a plain word, one '- id' line each or [a, b] on one line, with no lists or mappings inside")
                continue
            }
            if let problem = Identifier.problem(scalar.string) {
                diagnostics.error(source.location(item), problem, hint: Identifier.hint)
                continue
            }
            if ids.contains(where: { $0.value == scalar.string }) {
                diagnostics.error(source.location(item), "'\(key)' in \(what) names '\(DisplayText.escaped(scalar.string))' twice",
                                  hint: "list each id once")
                continue
            }
            ids.append(Located(value: scalar.string, location: source.location(item)))
        }
        return ids
    }

    func sequence(_ key: String, required: Bool = true, _ diagnostics: inout Diagnostics) -> [Node]? {
        guard let node = node(key, required: required, &diagnostics) else { return nil }
        guard case .sequence(let sequence) = node else {
            typeError(key, node, "a list", &diagnostics, hint: "write one '- item' per line under '\(key):', or [a, b] on one line")
            return nil
        }
        return Array(sequence)
    }

    func mapping(_ key: String, what: String, allowed: [String], required: Bool = true,
                 _ diagnostics: inout Diagnostics) -> YAMLMapping? {
        guard let node = node(key, required: required, &diagnostics) else { return nil }
        return YAMLMapping(node, in: source, what: what, allowed: allowed, diagnostics: &diagnostics)
    }
}
