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
    /// says in one error where it looked for both. With `command`, what to do is a `hint:` line naming that
    /// command (`csa paper`); without, it ends the one line, as `csa build`, `csa check` and `csa diff` say it.
    static func check(content: String, templates: String, command: String? = nil) throws {
        let contentMissing = !isFolder(content), templatesMissing = !isFolder(templates)
        if contentMissing && templatesMissing && !content.isEmpty && !templates.isEmpty
            && !content.hasPrefix("/") && !templates.hasPrefix("/") {
            let cwd = POSIXFiles.currentFolder()
            throw error("there is no \(DisplayText.escaped(content)) folder and no \(DisplayText.escaped(templates)) folder in the current folder, \(DisplayText.escaped(cwd))",
                        advice: "run \(command ?? "csa build") from the folder that holds them, or pass --content FOLDER and --templates FOLDER", hinted: command != nil)
        }
        if contentMissing { throw missing(content, role: "content", option: "--content", hinted: command != nil) }
        if templatesMissing { throw missing(templates, role: "templates", option: "--templates", hinted: command != nil) }
    }

    /// A problem and what to do about it: on one line, or with the advice as a `hint:` line.
    private static func error(_ message: String, advice: String, hinted: Bool) -> CommandError {
        hinted ? CommandError(message, hint: advice) : CommandError("\(message); \(advice)")
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

    static func missing(_ path: String, role: String, option: String, hinted: Bool = false) -> CommandError {
        if path.isEmpty { return error("\(option) is empty", advice: "name the \(role) folder", hinted: hinted) }
        let cwd = POSIXFiles.currentFolder()
        let absolute = path.hasPrefix("/") ? path : (cwd == "/" ? "" : cwd) + "/" + path
        var info = stat()
        let what = stat(path, &info) == 0 ? "is not a folder" : "is not there"
        let looked = path.hasPrefix("/") ? "" : " (looked in the current folder, \(DisplayText.escaped(cwd)))"
        return error("the \(role) folder \(DisplayText.escaped(absolute)) \(what)\(looked)",
                     advice: "run csa from the folder that holds it, or pass \(option) FOLDER", hinted: hinted)
    }
}
