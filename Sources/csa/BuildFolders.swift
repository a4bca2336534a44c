#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel

/// The folders `csa build` reads, checked before any work: a missing one is one error that says where
/// csa looked (the absolute path, and the current folder when the path was relative).
enum BuildFolders {
    /// Checks the content and templates folders together, so that `csa build` run from the wrong folder
    /// says in one error where it looked for both.
    static func check(content: String, templates: String) throws {
        let contentMissing = !isFolder(content), templatesMissing = !isFolder(templates)
        if contentMissing && templatesMissing && !content.isEmpty && !templates.isEmpty
            && !content.hasPrefix("/") && !templates.hasPrefix("/") {
            let cwd = POSIXFiles.currentFolder()
            throw CommandError("there is no \(DisplayText.escaped(content)) folder and no \(DisplayText.escaped(templates)) folder in the current folder, \(DisplayText.escaped(cwd)); run csa build from the folder that holds them, or pass --content FOLDER and --templates FOLDER")
        }
        if contentMissing { throw missing(content, role: "content", option: "--content") }
        if templatesMissing { throw missing(templates, role: "templates", option: "--templates") }
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return !path.isEmpty && stat(path, &info) == 0 && POSIXFiles.kind(of: info.st_mode) == .folder
    }

    /// `path` as a path Foundation will not rewrite: a leading `~` (which Foundation's file APIs
    /// expand to the home folder) is made `./~`, so `--content '~'` reads the folder named `~`.
    static func literal(_ path: String) -> String {
        path.hasPrefix("~") ? "./" + path : path
    }

    static func missing(_ path: String, role: String, option: String) -> CommandError {
        if path.isEmpty { return CommandError("\(option) is empty; name the \(role) folder") }
        let cwd = POSIXFiles.currentFolder()
        let absolute = path.hasPrefix("/") ? path : (cwd == "/" ? "" : cwd) + "/" + path
        var info = stat()
        let what = stat(path, &info) == 0 ? "is not a folder" : "is not there"
        let looked = path.hasPrefix("/") ? "" : " (looked in the current folder, \(DisplayText.escaped(cwd)))"
        return CommandError("the \(role) folder \(DisplayText.escaped(absolute)) \(what)\(looked); run csa from the folder that holds it, or pass \(option) FOLDER")
    }
}
