import ArgumentParser
import CSAModel

/// The formats `csa diff` writes, and which one an `--output` file's extension asks for.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
    case terminal, markdown, html, json, docx

    /// The format a file name's extension stands for (`.md` and `.markdown`, `.html` and `.htm`, `.json`,
    /// `.docx`, `.txt` for the terminal's plain text; in any case), or nil for any other name.
    static func named(by path: String) -> DiffFormat? {
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown": return .markdown
        case "html", "htm": return .html
        case "json": return .json
        case "docx": return .docx
        case "txt": return .terminal
        default: return nil
        }
    }

    /// The format to write: `--format` when given, else the one `--output`'s extension names, else the
    /// terminal's. A `--format` the extension contradicts is refused, so that a file never holds one
    /// format under another's name.
    static func chosen(_ given: DiffFormat?, output: String?) throws -> DiffFormat {
        let named = output.flatMap(named(by:))
        guard let given else { return named ?? .terminal }
        if let named, let output, named != given {
            throw CommandError("--format \(given.rawValue) does not match --output '\(DisplayText.escaped(output))', whose extension is for \(named.description)",
                               hint: "leave out --format and the extension chooses \(named.rawValue), or name a file for \(given.description), such as --output \(given.exampleFile)")
        }
        return given
    }

    /// The format in words: "plain text", "Markdown", "HTML", "JSON", "a Word document".
    var description: String {
        switch self {
        case .terminal: return "plain text"
        case .markdown: return "Markdown"
        case .html: return "HTML"
        case .json: return "JSON"
        case .docx: return "a Word document"
        }
    }

    /// A file name for this format, for hints: "changes.html".
    var exampleFile: String {
        switch self {
        case .terminal: return "changes.txt"
        case .markdown: return "changes.md"
        case .html: return "changes.html"
        case .json: return "changes.json"
        case .docx: return "changes.docx"
        }
    }
}
