/// A line of Markdown source read as the parser reads its text: character references (`&#115;`,
/// `&#x73;`, and the named ones a link is most often disguised with, such as `&colon;`) and backslash
/// escapes (`\*`) decoded, each character with the column it was written at. It serves only to place a
/// problem found in the parsed text (`MarkdownPlace`); the parser itself is libcmark.
enum MarkdownDecoding {
    /// The named references looked for; any other is kept as written.
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "Tab": "\t", "NewLine": "\n",
        "nbsp": "\u{A0}", "lpar": "(", "rpar": ")", "sol": "/", "bsol": "\\", "period": ".", "comma": ",",
        "excl": "!", "num": "#", "percnt": "%", "semi": ";", "equals": "=", "quest": "?", "commat": "@",
        "lsqb": "[", "rsqb": "]", "lbrace": "{", "rbrace": "}", "ast": "*", "plus": "+", "dollar": "$", "lowbar": "_",
    ]

    /// The decoded characters of `line`, and for each the column (from 1) where it starts in `line`.
    static func decode(_ line: Substring) -> (scalars: [Unicode.Scalar], columns: [Int]) {
        let source = Array(line.unicodeScalars)
        var scalars: [Unicode.Scalar] = [], columns: [Int] = []
        var i = 0
        while i < source.count {
            let c = source[i]
            if c == "\\", i + 1 < source.count, source[i + 1].isASCII, isPunctuation(source[i + 1]) {
                scalars.append(source[i + 1]); columns.append(i + 1)
                i += 2
                continue
            }
            if c == "&", let (decoded, length) = reference(source, at: i) {
                scalars.append(decoded); columns.append(i + 1)
                i += length
                continue
            }
            scalars.append(c); columns.append(i + 1)
            i += 1
        }
        return (scalars, columns)
    }

    /// The character a reference starting at `i` stands for, and its length up to and including `;`.
    private static func reference(_ s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        guard let semicolon = s[(i + 1)...].prefix(34).firstIndex(of: ";"), semicolon > i + 1 else { return nil }
        let body = String(String.UnicodeScalarView(s[(i + 1)..<semicolon]))
        let length = semicolon - i + 1
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            guard let value = UInt32(body.dropFirst(2), radix: 16) else { return nil }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
        if body.hasPrefix("#") {
            guard let value = UInt32(body.dropFirst(), radix: 10) else { return nil }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
        return named[body].map { ($0, length) }
    }

    /// ASCII punctuation, which a backslash escapes in CommonMark.
    private static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(c)
    }
}
