import CSAMarkdown
import CSAModel
import Yams
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Markdown read from a content file: parsed with `MarkdownParser`, and text nested deeper than it converts
/// turned into a located error (the value is then an empty document, so reading carries on).
enum MarkdownText {
    /// Whether Markdown `text` may hold a character reference (`&#7;`, `&amp;`): only if it holds an '&'
    /// (looked for with `memchr`).
    static func mayHoldReferences(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "&")), bytes.count) != nil
        }
    }

    /// Parses `text`; `place` maps a 1-based line and libcmark's byte column (when it gives one) within `text`
    /// to a place in the file. `holder` names what holds the text in the message, e.g. "chapter".
    static func parse(_ text: String, holder: String, at place: (Int, Int?) -> SourceLocation,
                      _ diagnostics: inout Diagnostics) -> Document {
        parse(text[...], holder: holder, at: place, &diagnostics)
    }

    /// `parse` of part of a text, read in place.
    static func parse(_ text: Substring, holder: String, at place: (Int, Int?) -> SourceLocation,
                      _ diagnostics: inout Diagnostics) -> Document {
        do {
            return try MarkdownParser.parse(text)
        } catch {
            diagnostics.error(place(error.line, error.column), error.message(holder), hint: error.hint)
            return Document(blocks: [])
        }
    }

    /// The 1-based column, in characters, of the 1-based byte column `byteColumn` of `line`.
    static func column(_ byteColumn: Int?, in line: Substring?) -> Int {
        guard let byteColumn, let line else { return 1 }
        let bytes = line.utf8.prefix(max(0, byteColumn - 1))
        return String(decoding: bytes, as: UTF8.self).count + 1
    }

    /// A chapter body that starts on line `bodyStartLine` of a file whose lines are `lines`.
    static func chapterBody(_ text: Substring, file: String, lines: SourceLines, bodyStartLine: Int,
                            _ diagnostics: inout Diagnostics) -> Document {
        parse(text, holder: "chapter", at: { line, byteColumn in
            let fileLine = bodyStartLine + line - 1
            let lineText = lines.indices.contains(fileLine - 1) ? lines[fileLine - 1] : nil
            return SourceLocation(file: file, line: fileLine, column: column(byteColumn, in: lineText))
        }, &diagnostics)
    }
}

extension YAMLMapping {
    /// A text field read as Markdown. A literal block (`|`) keeps its lines, so a problem inside it is placed on
    /// its own line of the file; in any other style it is placed at the start of the value.
    func markdown(_ key: String, required: Bool = true, _ diagnostics: inout Diagnostics) -> Document? {
        guard let text = string(key, required: required, &diagnostics),
              let node = node(key, required: false, &diagnostics) else { return nil }
        let literal: Bool
        if case .scalar(let scalar) = node { literal = scalar.style == .literal } else { literal = false }
        let start = source.location(node)
        let holder = "field '\(key)' in \(what)"
        return MarkdownText.parse(text, holder: holder, at: { line, _ in
            guard literal else { return start }
            return SourceLocation(file: start.file, line: start.line + line, column: 1)
        }, &diagnostics)
    }
}
