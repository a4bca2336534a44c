import CSAModel
import CSAPapers
import Foundation

/// A paper as read from its file, before drafting: the paper with an empty body (nil when its header
/// could not be read), the edition it reports on, and the body's Markdown blocks and directives, which
/// are drafted even when the header has mistakes, so that every mistake is reported in one run.
struct ReadPaper {
    var paper: Paper?
    var edition: String?
    var body: [PaperSourceBlock]
    /// False when the directives' default edition is unknown (`edition:` names no edition).
    var draftable = true
}

/// Reads one committee paper, `papers/<id>.md`: YAML front matter between `---` lines for the header,
/// then the Markdown body with its directives and footnotes. Every problem is reported; the paper is
/// returned only when its header could be read.
enum PaperReader {
    static let frontMatterHint = "start the file with a line '---', then 'layout:', 'to:', 'meeting_date:', 'subject:' and 'classification:' lines, then another '---' line; see docs/PAPERS.md"

    /// `editions` are the edition ids a paper may report on (nil: not all known, so not checked); `layouts` the layouts the templates offer (nil:
    /// not known); `site` (when it could be read) lists the source papers.
    static func read(_ url: URL, display: String, editions: [String]?, layouts: [String]?, site: SiteInfo?,
                     _ context: inout ReadContext) -> ReadPaper? {
        parse(url, display: display, &context).map { check($0, editions: editions, layouts: layouts, site: site, &context) }
    }

    /// The text's lines, split on its bytes: a line feed always ends a character (and the text has no
    /// carriage returns), so they are the lines `split(separator: "\n")` gives, found many times faster.
    static func lines(of text: String) -> [Substring] {
        var copy = text
        let ends = copy.withUTF8 { bytes in bytes.indices.filter { bytes[$0] == 0x0A } }
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        var start = text.utf8.startIndex
        for end in ends {
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: end)
            lines.append(text[start..<index])
            start = text.utf8.index(after: index)
        }
        lines.append(text[start...])
        return lines
    }

    /// True for a line that closes the front matter: `---` or `...` between white space. An ASCII line
    /// (nearly every one) is trimmed of spaces and tabs, its only white space, without Foundation.
    static func isFrontMatterEnd(_ line: Substring) -> Bool {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else { return ["---", "..."].contains(line.trimmingCharacters(in: .whitespaces)) }
        let trimmed = line.utf8.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }
        return trimmed.count == 3 && (trimmed.allSatisfy { $0 == 0x2D } || trimmed.allSatisfy { $0 == 0x2E })
    }

    /// A paper's file read and parsed, before its header is checked against the content (`check`).
    struct Parsed {
        /// The file name without `.md`.
        let name: String
        let body: PaperBodyReader.Body
        /// The front matter, when it is a mapping of known fields (nil after an error).
        let header: YAMLMapping?
    }

    /// Reads the file: its front matter (unknown fields reported) and its body (directives parsed and
    /// footnotes lifted out, every problem reported); nil when it has no front matter to read.
    static func parse(_ url: URL, display: String, _ context: inout ReadContext) -> Parsed? {
        let name = url.deletingPathExtension().lastPathComponent
        let start = SourceLocation(file: display)
        if let problem = Identifier.problem(name) {
            context.diagnostics.error(start, "paper file name: \(problem)", hint: "name paper files like 'kcsp-2024-11.md': the paper's id and '.md'")
        }
        guard let text = context.text(of: url, display: display) else { return nil }
        let lines = PaperReader.lines(of: text)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            context.diagnostics.error(start, "paper has no front matter", hint: frontMatterHint)
            return nil
        }
        guard let close = lines.indices.dropFirst().first(where: { isFrontMatterEnd(lines[$0]) }) else {
            context.diagnostics.error(start, "paper's front matter is not closed", hint: "end the front matter with a line '---'")
            return nil
        }
        let body = PaperBodyReader.read(lines: lines, bodyStartLine: close + 2, file: display, &context.diagnostics)
        let source = YAMLFile(file: display, lineOffset: 1, lines: lines)
        let header = context.yaml(lines[1..<close].joined(separator: "\n"), in: source).flatMap { root in
            YAMLMapping(root, in: source, what: "paper '\(DisplayText.escaped(name))'", allowed: PaperHeaderReader.fields,
                        diagnostics: &context.diagnostics)
        }
        return Parsed(name: name, body: body, header: header)
    }

    /// The paper with its header checked: the layout (one of `layouts`), the edition it reports on (one of
    /// `editions`), the source papers `site` lists, and every other field.
    static func check(_ parsed: Parsed, editions: [String]?, layouts: [String]?, site: SiteInfo?, _ context: inout ReadContext) -> ReadPaper {
        guard let m = parsed.header else { return ReadPaper(paper: nil, edition: nil, body: parsed.body.blocks) }
        let read = PaperHeaderReader.read(m, editions: editions, layouts: layouts, site: site, &context)
        guard Identifier.problem(parsed.name) == nil, let layout = read.layout, let header = read.header else {
            return ReadPaper(paper: nil, edition: read.edition, body: parsed.body.blocks, draftable: !read.editionUnknown)
        }
        let paper = Paper(id: parsed.name, layout: layout, header: header, body: [], footnotes: parsed.body.footnotes,
                          edition: read.edition, provenance: read.provenance)
        return ReadPaper(paper: paper, edition: read.edition, body: parsed.body.blocks, draftable: !read.editionUnknown)
    }
}

/// The `papers` folder: one Markdown file per paper, and nothing else. The folder is optional.
enum PapersFolder {
    static let hint = "the papers folder holds only Markdown papers, named like 'kcsp-2024-11.md'"

    /// Every paper in `papers/`, sorted by id; unexpected entries are reported.
    static func read(root: URL, display: (String) -> String, files: FileSystem, editions: [String]?, layouts: [String]?,
                     site: SiteInfo?, _ context: inout ReadContext) -> [ReadPaper] {
        let url = root.appendingPathComponent("papers")
        switch files.entry(url.path, display: display("papers"), &context.diagnostics) {
        case .none, .reported: return []
        case .file:
            context.diagnostics.error(SourceLocation(file: display("papers")), "papers is a file, not a folder",
                                      hint: "make papers a folder with one Markdown file per paper; see docs/PAPERS.md")
            return []
        case .folder: break
        }
        let names: [String]
        switch FileSystem.names(in: url.path) {
        case .success(let found): names = found.filter { !$0.hasPrefix(".") }.sorted()
        case .failure(let fault):
            context.diagnostics.error(SourceLocation(file: display("papers")), "cannot read this folder: \(fault.reason)",
                                      hint: "check that it is a readable folder, then run the check again")
            return []
        }
        var papers: [ReadPaper] = []
        for name in names {
            let shown = display("papers/\(name)")
            switch files.entry(url.appendingPathComponent(name).path, display: shown, &context.diagnostics) {
            case .none, .reported: continue
            case .folder:
                context.diagnostics.error(SourceLocation(file: shown), "unexpected folder '\(DisplayText.escaped(name))' in the papers folder", hint: hint)
            case .file where !name.hasSuffix(".md"):
                context.diagnostics.error(SourceLocation(file: shown), "unexpected file '\(DisplayText.escaped(name))' in the papers folder", hint: hint)
            case .file:
                if let paper = PaperReader.read(url.appendingPathComponent(name), display: shown, editions: editions, layouts: layouts,
                                                site: site, &context) {
                    papers.append(paper)
                }
            }
        }
        return papers
    }
}
