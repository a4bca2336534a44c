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
        // Names already reported (a link leading outside or nowhere, a folder where a file belongs, a misspelt
        // name): what should be there is not reported missing as well, one mistake, one error.
        var accounted: Set<String> = []
        for (name, kind) in entries {
            switch kind {
            case .file where names.contains(name):
                present.insert(name)
                continue
            case .folder where name == "chapters":
                hasChapters = true
                continue
            case .reported:
                accounted.insert(name)
                continue
            default:
                break
            }
            let isFolder = kind == .folder
            let near = NearestName.suggest(name, from: (names + ["chapters"]).filter { $0 != name })
            if let near { accounted.insert(near) }
            let hint: String
            if names.contains(name) || name == "chapters" {
                accounted.insert(name)
                hint = name == "chapters"
                    ? "'chapters' must be a folder of Markdown chapter files: rename the file, and make a folder 'chapters'"
                    : "\(name) must be a file, not a folder: move the folder's contents away and write the file \(name) in its place"
            } else {
                hint = (near.map { "did you mean '\($0)'? " } ?? "") + Self.contentsHint
            }
            diagnostics.error(location(name), "unexpected \(isFolder ? "folder" : "file") '\(DisplayText.escaped(name))' in edition \(id)", hint: hint)
        }
        for (name, items) in Self.yamlFiles where !present.contains(name) && !accounted.contains(name) {
            let hint = items.map { "every edition folder needs \(name); if the edition has no \($0), write [] in it" }
                ?? "every edition folder needs an edition.yml with title, period and status"
            diagnostics.error(location(name), "missing \(name) for edition \(id)", hint: hint)
        }
        guard hasChapters else {
            if !accounted.contains("chapters") {
                diagnostics.error(location("chapters"), "missing chapters folder for edition \(id)",
                                  hint: "every edition folder needs a chapters folder with one Markdown file per chapter, such as 01-introduction.md")
            }
            return
        }
        for (name, kind) in Self.entries(of: "\(path)/chapters", display: "\(display)/chapters", files, &diagnostics) ?? [] {
            switch kind {
            case .file where name.hasSuffix(".md"):
                chapterFiles.append(name)
            case .reported:
                continue
            default:
                diagnostics.error(location("chapters/\(name)"),
                                  "unexpected \(kind == .folder ? "folder" : "file") '\(DisplayText.escaped(name))' in the chapters folder of edition \(id)",
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

    /// The folder's visible entries, sorted by name, each with what it is; nil after an error. Symbolic links
    /// that lead outside the content folder or nowhere are reported, and listed as `.reported`.
    private static func entries(of path: String, display: String, _ files: FileSystem,
                                _ diagnostics: inout Diagnostics) -> [(name: String, kind: FileSystem.Entry)]? {
        let names: [String]
        switch FileSystem.names(in: path) {
        case .success(let found): names = found
        case .failure(let fault):
            diagnostics.error(SourceLocation(file: display), "cannot read this folder: \(fault.reason)",
                              hint: "check that it is a readable folder, then run the check again")
            return nil
        }
        return names.filter { !$0.hasPrefix(".") }.compactMap { name in
            let kind = files.entry("\(path)/\(name)", display: "\(display)/\(name)", &diagnostics)
            return kind == .none ? nil : (name, kind)
        }
    }
}
