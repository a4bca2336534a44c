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

    /// Reads `node` as a mapping whose keys must be among `allowed`; nil (with an error) if it is not a mapping.
    init?(_ node: Node, in source: YAMLFile, what: String, allowed: [String], diagnostics: inout Diagnostics) {
        self.source = source
        self.location = source.location(node)
        self.what = what
        guard case .mapping(let mapping) = node else {
            diagnostics.error(source.location(node), "\(what) must be a mapping of 'field: value' lines, but it is \(YAMLFile.describe(node))")
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                diagnostics.error(source.location(key), "a field name in \(what) must be plain text")
                continue
            }
            let name = scalar.string
            if allowed.contains(name) {
                entries[name] = (key, value)
            } else {
                diagnostics.error(source.location(key), "unknown field '\(DisplayText.escaped(name))' in \(what)",
                                  hint: NearestName.hint(name, from: allowed) ?? "known fields are \(allowed.joined(separator: ", "))")
            }
        }
        self.entries = entries
    }

    func has(_ key: String) -> Bool { entries[key] != nil }

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
        if required {
            diagnostics.error(location, "missing required field '\(key)' in \(what)", hint: "add a line '\(key): ...'")
        }
        return nil
    }

    private func typeError(_ key: String, _ node: Node, _ expected: String, _ diagnostics: inout Diagnostics, hint: String? = nil) {
        diagnostics.error(source.location(node), "field '\(key)' in \(what) must be \(expected), but it is \(YAMLFile.describe(node))", hint: hint)
    }

    /// A text field: any scalar.
    func string(_ key: String, required: Bool = true, _ diagnostics: inout Diagnostics) -> String? {
        guard let node = node(key, required: required, &diagnostics) else { return nil }
        guard case .scalar(let scalar) = node else {
            typeError(key, node, "text", &diagnostics)
            return nil
        }
        return scalar.string
    }

    private func plainScalar(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return nil }
        return scalar.string
    }

    /// A whole number within `range`; one outside it (however many digits it has) is a located error.
    func int(_ key: String, in range: ClosedRange<Int>, required: Bool = true, _ diagnostics: inout Diagnostics) -> Int? {
        guard let node = node(key, required: required, &diagnostics) else { return nil }
        let expected = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        // Too many digits for an Int is out of range too: the same message, not a different kind of mistake.
        guard let text = plainScalar(node), let value = Int(text), range.contains(value) else {
            typeError(key, node, expected, &diagnostics)
            return nil
        }
        return value
    }

    func double(_ key: String, required: Bool = true, _ diagnostics: inout Diagnostics) -> Double? {
        guard let node = node(key, required: required, &diagnostics) else { return nil }
        guard let text = plainScalar(node), let value = Double(text.replacingOccurrences(of: "_", with: "")), value.isFinite else {
            typeError(key, node, "a number", &diagnostics)
            return nil
        }
        return value
    }

    func bool(_ key: String, _ diagnostics: inout Diagnostics) -> Bool? {
        guard let node = node(key, required: false, &diagnostics) else { return nil }
        switch plainScalar(node) {
        case "true": return true
        case "false": return false
        default:
            typeError(key, node, "true or false", &diagnostics)
            return nil
        }
    }

    func date(_ key: String, required: Bool = true, _ diagnostics: inout Diagnostics) -> CalendarDate? {
        guard let node = node(key, required: required, &diagnostics) else { return nil }
        guard case .scalar(let scalar) = node else {
            typeError(key, node, "a date written YYYY-MM-DD", &diagnostics)
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
            typeError(key, node, "one of \(words.joined(separator: ", "))", &diagnostics)
            return nil
        }
        guard let value = E(rawValue: scalar.string) else {
            diagnostics.error(source.location(node),
                              "field '\(key)' in \(what) must be one of \(words.joined(separator: ", ")), but it is '\(DisplayText.escaped(scalar.string))'",
                              hint: NearestName.hint(scalar.string, from: words))
            return nil
        }
        return value
    }

    /// An id field, checked against the id rule.
    func id(_ key: String, required: Bool = true, _ diagnostics: inout Diagnostics) -> Located<String>? {
        guard let node = node(key, required: required, &diagnostics) else { return nil }
        guard case .scalar(let scalar) = node else {
            typeError(key, node, "an id", &diagnostics)
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
                diagnostics.error(source.location(item), "each entry of '\(key)' in \(what) must be an id, but one is \(YAMLFile.describe(item))")
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
