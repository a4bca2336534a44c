import CSAModel

/// Reads the body of a `csa` block into a `PaperDirective`: one line, the directive's name and then
/// `name=value` options separated by spaces. Every mistake (an unknown directive or option, a value
/// that is not one of the allowed words, a repeated option, a second directive) is reported at its
/// line and column, with a "did you mean" hint where a known name is near.
public enum DirectiveParser {
    /// The info string that marks a fenced code block as a directive.
    public static let infoString = "csa"

    static var namesHint: String {
        "the directives are \(DirectiveName.allCases.map(\.rawValue).joined(separator: ", ")); see docs/PAPERS.md"
    }

    /// Parses `literal`, the text of a `csa` block whose opening fence is on line `fenceLine` of `file`;
    /// `lines` are the file's lines, to find columns.
    public static func parse(_ literal: String, file: String, fenceLine: Int, lines: [Substring]) -> Result<PaperDirective, DirectiveErrors> {
        let read = read(literal, file: file, fenceLine: fenceLine, lines: lines)
        guard let directive = read.directive, read.errors.isEmpty else { return .failure(DirectiveErrors(read.errors)) }
        return .success(directive)
    }

    /// Reads `literal` as `parse` does, giving every mistake and, whenever its name is known, the directive
    /// with the options that were read (the others named in `misread`), so that drafting can still check them:
    /// a mistake in one option does not hide a mistake in another (`edition=2042-25 as=tabel`).
    public static func read(_ literal: String, file: String, fenceLine: Int, lines: [Substring]) -> (directive: PaperDirective?, errors: [Diagnostic]) {
        var errors: [Diagnostic] = []
        let written = literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { (line: fenceLine + 1 + $0.offset, text: $0.element) }
            .filter { !$0.text.allSatisfy { $0 == " " || $0 == "\t" } }
        guard let first = written.first else {
            return (nil, [Diagnostic(at: SourceLocation(file: file, line: fenceLine, column: 1), "the csa block is empty",
                                     hint: "write one directive in it, such as 'priorities edition=2024-25'; \(namesHint)")])
        }
        for extra in written.dropFirst() {
            let text = lines.indices.contains(extra.line - 1) ? lines[extra.line - 1] : extra.text
            let indent = text.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
            errors.append(Diagnostic(at: SourceLocation(file: file, line: extra.line, column: indent + 1),
                                     "a csa block holds one directive, but this block has another line",
                                     hint: "put each directive in its own block: a line ```csa, the directive, and a line ```"))
        }
        let fileLine = lines.indices.contains(first.line - 1) ? lines[first.line - 1] : first.text
        var searchFrom = fileLine.startIndex
        func place(_ token: Substring) -> SourceLocation {
            let found = column(of: token, in: fileLine, from: searchFrom)
            searchFrom = found.end
            return SourceLocation(file: file, line: first.line, column: found.column)
        }
        let tokens = first.text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        // The line has a character other than a space or tab, so it has a first word.
        guard let nameToken = tokens.first else { return (nil, errors) }
        let nameLocation = place(nameToken)
        guard let name = DirectiveName(rawValue: String(nameToken)) else {
            let known = DirectiveName.allCases.map(\.rawValue)
            errors.append(Diagnostic(at: nameLocation, "unknown directive '\(DisplayText.escaped(String(nameToken)))'",
                                     hint: NearestName.hint(String(nameToken), from: known).map { "\($0) \(namesHint)" } ?? namesHint))
            return (nil, errors)
        }
        let rules = name.options
        let ruleNames = rules.map(\.name)
        var options: [String: DirectiveOption] = [:]
        // Every option written, read or not, so that one given twice is reported even when the first was wrong.
        var given: Set<String> = []
        var misread: Set<String> = []
        for token in tokens.dropFirst() {
            let at = place(token)
            let parts = token.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                let meant = String(parts[0])
                if let named = ruleNames.contains(meant) ? meant : NearestName.suggest(meant, from: ruleNames) { misread.insert(named) }
                errors.append(Diagnostic(at: at, "option '\(DisplayText.escaped(String(token)))' of directive '\(name.rawValue)' is not written name=value",
                                         hint: "write each option as a name, '=' and a value, with no spaces, such as \(example(rules.first { $0.name == parts[0] } ?? rules.first))"))
                continue
            }
            let key = String(parts[0]), value = String(parts[1])
            let valueAt = SourceLocation(file: file, line: at.line, column: at.column + parts[0].unicodeScalars.count + 1)
            guard let rule = rules.first(where: { $0.name == key }) else {
                if let meant = NearestName.suggest(key, from: ruleNames) { misread.insert(meant) }
                let known = "its options are \(ruleNames.joined(separator: ", "))"
                errors.append(Diagnostic(at: at, "directive '\(name.rawValue)' has no option '\(DisplayText.escaped(key))'",
                                         hint: NearestName.hint(key, from: ruleNames).map { "\($0) \(known)" } ?? known))
                continue
            }
            guard given.insert(key).inserted else {
                errors.append(Diagnostic(at: at, "option '\(key)' is given twice in directive '\(name.rawValue)'", hint: "give each option once"))
                continue
            }
            if let words = rule.values, !words.contains(value) {
                misread.insert(key)
                errors.append(Diagnostic(at: valueAt, "option '\(key)' of directive '\(name.rawValue)' must be \(DraftText.alternatives(words)), but it is '\(DisplayText.escaped(value))'",
                                         hint: NearestName.hint(value, from: words) ?? "write \(words.map { "\(key)=\($0)" }.joined(separator: " or "))"))
                continue
            }
            options[key] = DirectiveOption(value: value, location: valueAt)
        }
        // Options that were read are not misread, whatever else was written near them.
        misread.subtract(options.keys)
        return (PaperDirective(name: name, options: options, location: nameLocation, line: fenceLine, misread: misread), errors)
    }

    private static func example(_ rule: DirectiveOptionRule?) -> String {
        guard let rule else { return "edition=2024-25" }
        return "\(rule.name)=\(rule.values?.first ?? (rule.name == "priority" ? "domestic-abuse" : "2024-25"))"
    }

    /// The 1-based column (in Unicode scalars) of `token` in `line`, searching from `start`, and where it ends.
    private static func column(of token: Substring, in line: Substring, from start: Substring.Index) -> (column: Int, end: Substring.Index) {
        guard let range = PaperTextSearch.firstRange(of: String(token), in: line[start...]) else { return (1, start) }
        return (PaperTextSearch.column(of: range.lowerBound, in: line), range.upperBound)
    }
}
