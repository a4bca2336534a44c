import CSADiff
import CSAModel

/// How a line-based report (terminal or Markdown) marks up its parts: headings, entries, and text
/// kept, deleted and inserted. Every piece of content passes through `text`, `deleted`, `inserted` or
/// `literal`, which escape it for the format. A deletion or insertion of nothing is not marked at all.
protocol ReportMarkup {
    /// A heading: level 1 for the title, 2 for a section, 3 for a chapter or item.
    func heading(_ text: String, level: Int) -> String
    /// One entry at a depth (0 is the top), already marked up; continuation lines are indented under it.
    func entry(_ text: String, depth: Int) -> String
    /// Text kept as it was.
    func text(_ s: String) -> String
    func deleted(_ s: String) -> String
    func inserted(_ s: String) -> String
    /// A paragraph of explanation.
    func paragraph(_ s: String) -> String
    /// An entry for a literal block (code, raw HTML): `label`, then the block's text line by line, each
    /// line whole with its indentation (`LiteralLines`); `info` is a code block's info string.
    func literal(_ label: String, _ pieces: [WordPiece], info: String, depth: Int) -> String
    /// What goes between two parts of the report.
    var separator: String { get }
}

/// Text for a terminal: plain with `[-deleted-]` and `{+inserted+}` markers, or coloured with ANSI
/// escapes (red struck-through deletions, green underlined insertions). Control characters in content
/// are shown as escapes (`\u{1B}`), so content cannot drive the terminal.
struct TerminalMarkup: ReportMarkup {
    var colour: Bool

    func heading(_ text: String, level: Int) -> String {
        if colour { return "\u{1B}[1m" + text + "\u{1B}[0m" }
        return level == 2 ? text + "\n" + String(repeating: "-", count: text.count) : text
    }

    func entry(_ text: String, depth: Int) -> String {
        let indent = String(repeating: "  ", count: depth + 1)
        return indent + text.replacing("\n", with: "\n" + indent + "  ")
    }

    func text(_ s: String) -> String { Self.clean(s) }

    func deleted(_ s: String) -> String {
        guard !s.isEmpty else { return "" }
        return colour ? Self.lines(s, "\u{1B}[31;9m") : "[-" + Self.clean(s) + "-]"
    }

    func inserted(_ s: String) -> String {
        guard !s.isEmpty else { return "" }
        return colour ? Self.lines(s, "\u{1B}[32;4m") : "{+" + Self.clean(s) + "+}"
    }

    func paragraph(_ s: String) -> String { Self.clean(s) }

    /// The label, then each line of the block under it, indented, its changes marked within the line.
    func literal(_ label: String, _ pieces: [WordPiece], info: String, depth: Int) -> String {
        let lines = LiteralLines.lines(pieces).map { line in
            line.map { span in
                switch span.change {
                case .equal: return text(span.text)
                case .deleted: return deleted(span.text)
                case .inserted: return inserted(span.text)
                }
            }.joined()
        }
        guard !lines.isEmpty else { return entry(text(label + " (empty)"), depth: depth) }
        return entry(([text(label + ":")] + lines).joined(separator: "\n"), depth: depth)
    }

    var separator: String { "\n" }

    /// Each line wrapped in the escape and a reset, so a colour never runs on past a line end.
    private static func lines(_ s: String, _ code: String) -> String {
        clean(s).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : code + $0 + "\u{1B}[0m" }.joined(separator: "\n")
    }

    /// Content made safe for a terminal: line ends and tabs kept, every other control character (and
    /// the line and paragraph separators) shown as an escape such as `\u{1B}`.
    static func clean(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if scalar != "\n" && scalar != "\t" && (v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029) {
                out += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Markdown ready to paste into a committee paper: headings, nested lists, deleted words struck
/// through (`~~like this~~`) and inserted words in bold (`**like this**`). Content is escaped so that
/// it reads as text, never as markup.
struct MarkdownMarkup: ReportMarkup {
    func heading(_ text: String, level: Int) -> String { String(repeating: "#", count: level) + " " + text }

    func entry(_ text: String, depth: Int) -> String {
        let indent = String(repeating: "  ", count: depth)
        return indent + "- " + text.replacing("\n", with: "\\\n" + indent + "  ")
    }

    func text(_ s: String) -> String { Self.escape(s) }

    func deleted(_ s: String) -> String { Self.wrap(s, "~~") }

    func inserted(_ s: String) -> String { Self.wrap(s, "**") }

    func paragraph(_ s: String) -> String { Self.escape(s) }

    /// The label, then the block as a fenced code block inside the entry: as it is when unchanged, else
    /// compared line by line as a `diff` block (`-` for OLD's lines, `+` for NEW's), so that every line
    /// keeps its indentation and nothing inside it is read as Markdown.
    func literal(_ label: String, _ pieces: [WordPiece], info: String, depth: Int) -> String {
        let lines = LiteralLines.lineChanges(pieces)
        guard !lines.isEmpty else { return entry(text(label + " (empty)"), depth: depth) }
        let kept = lines.allSatisfy { $0.change == .equal }
        let body = lines.map { line -> String in
            let mark = kept ? "" : (line.change == .deleted ? "-" : line.change == .inserted ? "+" : " ")
            return mark + Self.literalText(line.text)
        }
        // A fence longer than any run of backticks inside, so that none closes it early.
        var longest = 0, run = 0
        for character in body.joined() {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let language = kept ? Self.literalText(info) : "diff"
        let indent = String(repeating: " ", count: depth * 2 + 2)
        let block = ([fence + (language.contains("`") ? "" : language)] + body + [fence]).map { $0.isEmpty ? "" : indent + $0 }
        return ([entry(text(label + ":"), depth: depth)] + block).joined(separator: "\n")
    }

    /// Literal text for inside a fenced code block: as written, but for the characters no output may hold.
    static func literalText(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if (v < 0x20 && scalar != "\t") || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 {
                out.unicodeScalars.append("\u{FFFD}")
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    var separator: String { "\n" }

    /// `s` between delimiters, line by line; white space at either end stays outside, where Markdown
    /// needs it to be for the delimiters to count.
    private static func wrap(_ s: String, _ mark: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let text = String(line)
            let core = text.trimmingCharacters(in: " \t")
            guard !core.isEmpty else { return escape(text) }
            let lead = text.prefix { $0 == " " || $0 == "\t" }, trail = String(text.reversed().prefix { $0 == " " || $0 == "\t" })
            return String(lead) + mark + escape(core) + mark + trail
        }.joined(separator: "\n")
    }

    /// Backslash before every character Markdown could read as inline markup, and before what would
    /// start a block at the start of a line (`#`, `-`, `+`, `=`, `1.`); characters no output may hold
    /// replaced.
    static func escape(_ s: String) -> String {
        var out = ""
        for (index, line) in s.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += "\n" }
            var atStart = true
            var digits = false
            for scalar in line.unicodeScalars {
                let v = scalar.value
                switch scalar {
                case "\\", "`", "*", "_", "[", "]", "<", ">", "~", "|", "&", "!":
                    out.unicodeScalars.append("\\")
                    out.unicodeScalars.append(scalar)
                case "#", "-", "+", "=", ".", ")":
                    let starts = (scalar == "." || scalar == ")") ? digits : atStart
                    if starts { out.unicodeScalars.append("\\") }
                    out.unicodeScalars.append(scalar)
                case "\t": out += " "
                default:
                    if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 {
                        out.unicodeScalars.append("\u{FFFD}")
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
                let isSpace = scalar == " " || scalar == "\t"
                digits = (atStart || digits) && ("0"..."9").contains(scalar)
                atStart = atStart && isSpace
            }
        }
        return out
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}
