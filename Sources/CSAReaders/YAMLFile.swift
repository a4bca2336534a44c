import CSAModel
import Yams

/// YAML text from one file (or one file's front matter), parsed into Yams nodes whose marks map
/// back to the file's own lines.
struct YAMLFile {
    /// The path shown in diagnostics.
    let file: String
    /// Lines before the YAML in the file (front matter starts after the opening `---`).
    let lineOffset: Int
    /// The file's lines, for finding columns inside a scalar (Markdown descriptions); may be empty.
    var lines: [Substring] = []

    /// The location of a node in the file.
    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return location(mark)
    }

    func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(file: file, line: max(1, mark.line) + lineOffset, column: max(1, mark.column))
    }

    var start: SourceLocation { SourceLocation(file: file, line: lineOffset + 1, column: 1) }

    /// Parses `text`; an empty document gives nil, a syntax error gives a located diagnostic.
    func parse(_ text: String) -> Result<Node?, Diagnostic> {
        do {
            // UTF-8 named outright: Yams's default looks the encoding up in the environment on every call.
            // The basic resolver: the readers take every scalar as text and read numbers, booleans and
            // dates themselves, so Yams's default one would only compile and run its regular expressions.
            // Aliases are looked for before the text is read as it is: Yams compares the keys of every
            // mapping, and a key that is an alias of aliases would take it forever. With every '*' made
            // a letter, no alias is left, and the anchors they would need are found in that copy.
            if let anchor = YAMLAnchors.firstAnchorWithAliases(text) {
                let problem: Diagnostic?
                do {
                    problem = try anchorProblem(in: YAMLAnchors.withoutAliases(text))
                } catch YamlError.duplicatedKeysInMapping {
                    // Keys that are the same alias, as the copy has them.
                    problem = anchorDiagnostic(anchor.name, at: SourceLocation(file: file, line: anchor.line + lineOffset, column: anchor.column), others: anchor.others)
                }
                if let problem { return .failure(problem) }
            }
            let parser = try Yams.Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8)
            let root = try parser.singleRoot()
            if let root, YAMLAnchors.mayHoldAnchors(text), let problem = withExtendedLifetime(parser, { anchorProblem(in: root) }) {
                return .failure(problem)
            }
            return .success(root)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(Diagnostic(at: start, "could not read YAML: \(error)"))
        }
    }

    /// The error for a tree that uses YAML anchors and aliases (`&name`, `*name`, and the `<<` merge key
    /// built on them), or nil. Content files do not take them: an alias makes one node stand in several
    /// places, so that a problem in it could be reported only where it was first written, and aliases of
    /// aliases make a few lines stand for billions of values. The search does not go into an anchored
    /// node, so it takes one step per node written in the file, however the aliases multiply.
    private func anchorProblem(in text: String) throws -> Diagnostic? {
        // The parser is kept until the tree has been searched: a node's anchor is held only weakly, by it.
        let parser = try Yams.Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8)
        guard let root = try parser.singleRoot() else { return nil }
        return withExtendedLifetime(parser) { anchorProblem(in: root) }
    }

    private func anchorProblem(in root: Node) -> Diagnostic? {
        var stack = [root]
        var anchored: [(name: String, mark: Mark?)] = []
        while let node = stack.popLast() {
            if let anchor = node.anchor {
                anchored.append((anchor.rawValue, node.mark))
                continue
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() { stack += [value, key] }
            case .sequence(let sequence):
                stack += sequence.reversed()
            case .scalar, .alias:
                break
            }
        }
        guard let first = anchored.min(by: { ($0.mark?.line ?? 0, $0.mark?.column ?? 0) < ($1.mark?.line ?? 0, $1.mark?.column ?? 0) })
        else { return nil }
        return anchorDiagnostic(first.name, at: first.mark.map(location) ?? start, others: Set(anchored.map(\.name)).count - 1)
    }

    private func anchorDiagnostic(_ name: String, at location: SourceLocation, others: Int) -> Diagnostic {
        Diagnostic(at: location,
                   "YAML anchors and aliases ('&\(name)' here, used as '*\(name)') are not read in content files"
                       + (others > 0 ? " (this file has \(others) more)" : ""),
                   hint: "write the value out in full in each place it is needed, and remove the '&name' and '*name' marks")
    }

    private static let syntaxHint = "check the indentation, and put text that contains ': ' or starts with a special character in quotes"

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, let yaml),
             .parser(let context, let problem, let mark, let yaml),
             .composer(let context, let problem, let mark, let yaml):
            if YAMLNesting.isTooDeep(problem) {
                // libyaml's words name its C function, and its place is where its scanner had got to.
                let at = YAMLNesting.firstTooDeep(in: yaml).map { SourceLocation(file: file, line: $0.line + lineOffset, column: $0.column) }
                return Diagnostic(at: at ?? location(mark), "the YAML is nested more than \(YAMLNesting.limit) levels deep",
                                  hint: "lists and mappings may go at most \(YAMLNesting.limit) levels inside each other, and content needs only a few: look here for a long run of '[', '{' or '- ', or ever deeper indentation, and remove it")
            }
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line + lineOffset))" }
            return Diagnostic(at: location(mark), message, hint: YAMLFile.syntaxHint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(at: location(context.mark), "duplicate key \(keys) in the same mapping",
                              hint: "each field may appear once; remove or rename the repeated one")
        case .reader(let problem, _, _, _):
            return Diagnostic(at: start, "YAML reader error: \(problem)", hint: "save the file as plain UTF-8 text in your editor, then run the check again")
        default:
            return Diagnostic(at: start, "could not read YAML: \(error)", hint: YAMLFile.syntaxHint)
        }
    }

    /// Reports every scalar (key or value) that holds a control character, at the scalar: raw ones were
    /// already replaced (`SourceText`), so these come from escapes such as `"\0"`, `"\x07"` or `"\e"`.
    func reportControlCharacters(in root: Node, _ diagnostics: inout Diagnostics) {
        // A stack, not recursion: however deeply the YAML nests, this cannot overflow.
        var stack = [root]
        var found: [Node] = []
        while let node = stack.popLast() {
            switch node {
            case .scalar(let scalar):
                if !SourceText.forbiddenNames(in: scalar.string).isEmpty { found.append(node) }
            case .mapping(let mapping):
                for (key, value) in mapping { stack += [key, value] }
            case .sequence(let sequence):
                stack += sequence
            case .alias:
                break
            }
        }
        for node in found {
            guard case .scalar(let scalar) = node else { continue }
            // Each escape where it is written, when the file's lines are at hand.
            let escapes = lines.isEmpty ? [] : YAMLScalarSource(lines: SourceLines(lines), start: location(node), style: scalar.style).forbiddenEscapes
            if !escapes.isEmpty {
                for escape in escapes {
                    diagnostics.error(escape.location, "text holds the control character \(escape.name), written as an escape",
                                      hint: "remove the escape (such as \\0, \\a, \\e or \\x07) from the quoted text")
                }
                continue
            }
            let names = SourceText.forbiddenNames(in: scalar.string)
            diagnostics.error(location(node), "text holds the control character\(names.count == 1 ? "" : "s") \(names.joined(separator: ", ")), written as an escape",
                              hint: "remove the escape (such as \\0, \\a, \\e or \\x07) from the quoted text")
        }
    }

    /// How a node reads in an error message: "a list", "a mapping" or "the text 'x'".
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if scalar.string.isEmpty && scalar.style != .singleQuoted && scalar.style != .doubleQuoted { return "empty" }
            return MarkdownCheck.quoted(scalar.string)
        }
    }
}

/// A value read from YAML together with where it was written.
struct Located<Value> {
    let value: Value
    let location: SourceLocation
}

extension Located: Sendable where Value: Sendable {}
