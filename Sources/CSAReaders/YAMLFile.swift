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
            return .success(try Yams.compose(yaml: text, .basic, .default, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(Diagnostic(at: start, "could not read YAML: \(error)"))
        }
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
