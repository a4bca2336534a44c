import CSAModel
import Foundation

/// The entries of one edition folder, checked against what belongs there: the five YAML files and a
/// `chapters` folder of Markdown files. Each missing file is reported at the path it should have, each
/// unexpected entry at its own path; hidden entries (names starting with '.') are ignored.
struct EditionFolder {
    /// The YAML files every edition folder holds, with what their items are called in hints.
    static let yamlFiles: [(name: String, items: String?)] = [
        ("edition.yml", nil), ("priorities.yml", "priorities"), ("themes.yml", "themes"),
        ("actions.yml", "actions"), ("measures.yml", "measures"),
    ]
    static let contentsHint = "an edition folder holds only edition.yml, priorities.yml, themes.yml, actions.yml, measures.yml and a chapters folder"
    static let chaptersHint = "the chapters folder holds only Markdown chapter files named like '01-introduction.md'"

    let id: String
    let url: URL
    /// The folder's path (`url.path`).
    let path: String
    /// The folder's path as shown in diagnostics.
    let display: String
    /// The YAML files that are there, by name.
    private(set) var present: Set<String> = []
    /// The chapter files (`*.md`), sorted by name; empty when the chapters folder is missing.
    private(set) var chapterFiles: [String] = []

    /// Lists the folder, reporting every missing and unexpected entry.
    init(id: String, url: URL, display: String, files: FileSystem, _ diagnostics: inout Diagnostics) {
        // The id as shown in messages: a folder's name may hold any character.
        let id = DisplayText.escaped(id)
        self.id = id
        self.url = url
        self.path = url.path
        self.display = display
        guard let entries = Self.entries(of: path, display: display, files, &diagnostics) else { return }
        let names = Self.yamlFiles.map(\.name)
        var hasChapters = false
        for (name, isFolder) in entries {
            if names.contains(name) && !isFolder {
                present.insert(name)
            } else if name == "chapters" && isFolder {
                hasChapters = true
            } else {
                let near = NearestName.suggest(name, from: (names + ["chapters"]).filter { $0 != name }).map { "did you mean '\($0)'? " } ?? ""
                diagnostics.error(location(name), "unexpected \(isFolder ? "folder" : "file") '\(DisplayText.escaped(name))' in edition \(id)",
                                  hint: near + Self.contentsHint)
            }
        }
        for (name, items) in Self.yamlFiles where !present.contains(name) {
            let hint = items.map { "every edition folder needs \(name); if the edition has no \($0), write [] in it" }
                ?? "every edition folder needs an edition.yml with title, period and status"
            diagnostics.error(location(name), "missing \(name) for edition \(id)", hint: hint)
        }
        guard hasChapters else {
            diagnostics.error(location("chapters"), "missing chapters folder for edition \(id)",
                              hint: "every edition folder needs a chapters folder with one Markdown file per chapter, such as 01-introduction.md")
            return
        }
        for (name, isFolder) in Self.entries(of: "\(path)/chapters", display: "\(display)/chapters", files, &diagnostics) ?? [] {
            if !isFolder && name.hasSuffix(".md") {
                chapterFiles.append(name)
            } else {
                diagnostics.error(location("chapters/\(name)"),
                                  "unexpected \(isFolder ? "folder" : "file") '\(DisplayText.escaped(name))' in the chapters folder of edition \(id)",
                                  hint: Self.chaptersHint)
            }
        }
    }

    /// Where an entry of the folder is, for diagnostics.
    func location(_ relative: String) -> SourceLocation { SourceLocation(file: "\(display)/\(relative)") }

    /// The URL and shown path of a YAML file that is there.
    func file(_ name: String) -> (url: URL, display: String)? {
        present.contains(name) ? (url.appendingPathComponent(name), "\(display)/\(name)") : nil
    }

    /// The folder's visible entries, sorted by name, each with whether it is a folder; nil after an error.
    /// Symbolic links that lead outside the content folder or nowhere are reported and left out.
    private static func entries(of path: String, display: String, _ files: FileSystem,
                                _ diagnostics: inout Diagnostics) -> [(name: String, isFolder: Bool)]? {
        let names: [String]
        switch FileSystem.names(in: path) {
        case .success(let found): names = found
        case .failure(let fault):
            diagnostics.error(SourceLocation(file: display), "cannot read this folder: \(fault.reason)",
                              hint: "check that it is a readable folder, then run the check again")
            return nil
        }
        return names.filter { !$0.hasPrefix(".") }.compactMap { name in
            switch files.entry("\(path)/\(name)", display: "\(display)/\(name)", &diagnostics) {
            case .folder: return (name, true)
            case .file: return (name, false)
            case .none: return nil
            }
        }
    }
}
