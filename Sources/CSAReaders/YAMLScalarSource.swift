import CSAModel
import Yams

/// Where the characters of a YAML scalar were written in its file, for placing a problem found in its
/// value: the lines a folded, plain or quoted scalar spans (its value no longer has the file's line
/// breaks), and the escapes of a double-quoted one (`\a`, `\x07`, ...), each where it stands.
struct YAMLScalarSource {
    /// The file's lines (normalised to `\n`), counted from 0.
    let lines: SourceLines
    /// Where the scalar starts: its opening quote, its `>` or `|`, or its first character.
    let start: SourceLocation
    let style: Node.Scalar.Style

    /// The file lines (counted from 1) the scalar was written on.
    var region: ClosedRange<Int> {
        let first = start.line
        guard lines.indices.contains(first - 1) else { return first...first }
        switch style {
        case .doubleQuoted, .singleQuoted:
            return first...(quotedEnd()?.line ?? first)
        default:
            // A block or plain scalar goes on while its lines are blank or indented deeper than its key.
            let keyColumn = Self.keyIndentation(lines[first - 1])
            var last = first
            var line = first + 1
            while lines.indices.contains(line - 1) {
                let text = lines[line - 1]
                let indentation = text.prefix { $0 == " " }.count
                if text.allSatisfy({ $0 == " " || $0 == "\t" }) {
                    line += 1
                    continue
                }
                guard indentation > keyColumn, !(style == .plain && text.dropFirst(indentation).hasPrefix("#")) else { break }
                last = line
                line += 1
            }
            return first...last
        }
    }

    /// Each escape of a double-quoted scalar that stands for a character no content may hold, where its
    /// backslash is, with the character's name.
    var forbiddenEscapes: [(location: SourceLocation, name: String)] {
        guard style == .doubleQuoted else { return [] }
        var found: [(SourceLocation, String)] = []
        walkQuoted { line, column, escaped in
            guard let escaped else { return }
            let names = SourceText.forbiddenNames(in: String(Character(escaped)))
            if let name = names.first { found.append((SourceLocation(file: start.file, line: line, column: column), name)) }
        }
        return found
    }

    /// The line and column of the closing quote.
    private func quotedEnd() -> (line: Int, column: Int)? {
        var end: (Int, Int)?
        walkQuoted { line, column, escaped in if escaped == nil { end = (line, column) } }
        return end
    }

    /// Walks a quoted scalar from its opening quote: `visit(line, column, scalar)` for each escape (at its
    /// backslash, with the character it stands for; double quotes only), and `visit(line, column, nil)`
    /// for the closing quote, after which the walk stops.
    private func walkQuoted(_ visit: (Int, Int, Unicode.Scalar?) -> Void) {
        let quote: Unicode.Scalar = style == .doubleQuoted ? "\"" : "'"
        var lineIndex = start.line - 1
        guard lines.indices.contains(lineIndex) else { return }
        var scalars = Array(lines[lineIndex].unicodeScalars)
        var i = start.column     // just after the opening quote (columns count from 1)
        while true {
            if i >= scalars.count {
                lineIndex += 1
                guard lines.indices.contains(lineIndex) else { return }
                scalars = Array(lines[lineIndex].unicodeScalars)
                i = 0
                continue
            }
            let c = scalars[i]
            if c == quote {
                if style == .singleQuoted, i + 1 < scalars.count, scalars[i + 1] == "'" { i += 2; continue }
                visit(lineIndex + 1, i + 1, nil)
                return
            }
            if style == .doubleQuoted, c == "\\" {
                guard i + 1 < scalars.count else { i += 1; continue }     // a line break escaped
                let (escaped, length) = Self.escape(scalars, after: i)
                if let escaped { visit(lineIndex + 1, i + 1, escaped) }
                i += 1 + length
                continue
            }
            i += 1
        }
    }

    /// The character an escape stands for (the backslash at `i`) and how many characters follow the
    /// backslash, as YAML 1.2 reads double-quoted text.
    private static func escape(_ s: [Unicode.Scalar], after i: Int) -> (Unicode.Scalar?, Int) {
        let c = s[i + 1]
        let simple: [Unicode.Scalar: UInt32] = ["0": 0, "a": 7, "b": 8, "t": 9, "\t": 9, "n": 10, "v": 11, "f": 12, "r": 13, "e": 27,
                                                " ": 32, "\"": 34, "/": 47, "\\": 92, "N": 0x85, "_": 0xA0, "L": 0x2028, "P": 0x2029]
        if let value = simple[c] { return (Unicode.Scalar(value), 1) }
        let digits = c == "x" ? 2 : c == "u" ? 4 : c == "U" ? 8 : 0
        guard digits > 0, i + 1 + digits < s.count else { return (nil, 1) }
        let hex = String(String.UnicodeScalarView(s[(i + 2)...(i + 1 + digits)]))
        guard let value = UInt32(hex, radix: 16) else { return (nil, 1) }
        return (Unicode.Scalar(value), 1 + digits)
    }

    /// The column (from 0) of the key on a line such as `  - description: >`: past its indentation and
    /// any `- ` of the lists it opens.
    private static func keyIndentation(_ line: Substring) -> Int {
        var column = 0
        var rest = line[...]
        while true {
            let spaces = rest.prefix { $0 == " " }.count
            column += spaces
            rest = rest.dropFirst(spaces)
            guard rest.hasPrefix("- ") else { return column }
            column += 2
            rest = rest.dropFirst(2)
        }
    }
}
