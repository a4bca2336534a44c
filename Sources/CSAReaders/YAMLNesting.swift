/// How deeply YAML may nest lists and mappings, and where a text goes deeper: libyaml (inside Yams) stops at
/// its limit with "Maximum nesting level reached", placed where its scanner had got to, which for brackets
/// (`[[[[...`) is the first one, since the scanner reads every bracket ahead before the parser counts them.
enum YAMLNesting {
    /// The deepest nesting libyaml takes: its `MAX_NESTING_LEVEL` is 1000, which it reaches at the 1000th level
    /// (its C library is not visible from Swift, so the number is written here).
    static let limit = 999

    /// True for libyaml's problem when the limit is passed.
    static func isTooDeep(_ problem: String) -> Bool { problem.hasPrefix("Maximum nesting level reached") }

    /// The 1-based line and column (in Unicode scalars) of the first `[` or `{` that opens a level deeper than
    /// `limit`, counting flow brackets only, outside quoted text and comments; nil when brackets alone never go
    /// that deep (the nesting is by indentation, and libyaml's own place is kept).
    static func firstTooDeep(in text: String) -> (line: Int, column: Int)? {
        var depth = 0, line = 1, column = 0
        var quote: Unicode.Scalar?
        var escaped = false, inComment = false
        // The last character on this line that is not a space or tab ("\n" at its start), and the one just before.
        var lastNonBlank: Unicode.Scalar = "\n", justBefore: Unicode.Scalar = "\n"
        let valueStarts = "\n:-,[{?".unicodeScalars
        for scalar in text.unicodeScalars {
            column += 1
            defer {
                justBefore = scalar
                if scalar != " " && scalar != "\t" { lastNonBlank = scalar }
            }
            if scalar == "\n" {
                line += 1
                column = 0
                inComment = false
                lastNonBlank = "\n"
                continue
            }
            if inComment { continue }
            if let open = quote {
                if open == "\"" && scalar == "\\" && !escaped { escaped = true; continue }
                if scalar == open && !escaped { quote = nil }
                escaped = false
                continue
            }
            let startsValue = depth > 0 || valueStarts.contains(lastNonBlank)
            if (scalar == "[" || scalar == "{") && startsValue {
                depth += 1
                if depth > limit { return (line, column) }
            } else if scalar == "]" || scalar == "}" {
                depth = max(0, depth - 1)
            } else if (scalar == "\"" || scalar == "'") && startsValue {
                quote = scalar
            } else if scalar == "#" && (justBefore == " " || justBefore == "\t" || justBefore == "\n") {
                inComment = true
            }
        }
        return nil
    }
}
