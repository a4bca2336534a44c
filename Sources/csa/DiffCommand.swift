import ArgumentParser
import CSAModel

/// `csa diff OLD NEW`: what changed between two editions of the content folder, as a report for the
/// terminal, Markdown for a paper, a standalone HTML page, or JSON for tools.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        _superCommandName: "csa",
        abstract: "Compare two editions: priorities and themes, actions, measures, and every chapter word by word.",
        discussion: "Either edition may be the earlier one. Without --output, text formats go to standard output. Only the two editions' chapters are read (and every edition's YAML, which following renames needs); 'csa check' checks the rest."
    )

    @Argument(help: "The id of the edition to compare from, such as 2018-19.")
    var old: String

    @Argument(help: "The id of the edition to compare with, such as 2024-25.")
    var new: String

    @Option(name: .long, help: "The content folder to read.")
    var content: String = "Content"

    @Option(name: .long, help: "terminal, markdown, html, json, or docx (a Word document with tracked changes; needs --output or a redirect). Default: the one --output's extension names (.txt, .md, .html, .json, .docx), else terminal.")
    var format: DiffFormat?

    @Option(name: .long, help: "Write to this file instead of standard output. It is replaced if it is a file you can write (keeping its permissions); a folder is never touched.")
    var output: String?

    @Option(name: .long, help: "Compare only this chapter (by id), without the priorities, actions and measures.")
    var chapter: String?

    @Option(name: .long, help: "Only with --format docx: who the tracked changes are by (default: the partnership in site.yml).")
    var author: String?

    func run() throws {
        try DiffRun(old: old, new: new, content: content, format: format, output: output, chapter: chapter, author: author).run()
    }
}

/// The messages for an edition or chapter that is not there: the ids that are, and the nearest one.
enum DiffMessages {
    static func unknownEdition(_ id: String, known: [String], content: String) -> CommandError {
        CommandError("there is no edition '\(DisplayText.escaped(id))' in \(DisplayText.escaped(content)); the editions there are \(list(known))",
                     hint: hint(id, from: known))
    }

    static func unknownChapter(_ id: String, known: [String], old: String, new: String) -> CommandError {
        CommandError("neither \(DisplayText.escaped(old)) nor \(DisplayText.escaped(new)) has a chapter '\(DisplayText.escaped(id))'; their chapters are \(list(known))",
                     hint: hint(id, from: known))
    }

    /// "did you mean 'x'?": the one known id that starts with what was given ('2018' for '2018-19'), else
    /// the nearest by spelling (`NearestName`); nil when neither finds one.
    static func hint(_ id: String, from known: [String]) -> String? {
        let given = id.lowercased()
        let completions = given.isEmpty ? [] : known.filter { $0.lowercased().hasPrefix(given) }
        if completions.count == 1, let only = completions.first { return "did you mean '\(DisplayText.escaped(only))'?" }
        return NearestName.hint(id, from: known)
    }

    /// "a, b and c".
    static func list(_ names: [String]) -> String {
        names.isEmpty ? "none" : EnglishList.and(names.map(DisplayText.escaped))
    }
}
