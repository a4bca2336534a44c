#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel

/// The folder `csa paper --output DIR` writes the paper's files into (`<id>.html`, `<id>.docx`,
/// `<id>.pdf`), resolved and checked before any work, without touching anything.
///
/// It is refused when it is not a folder, is the content folder or inside it (csa check would report
/// the files), or is, is inside or holds a site csa built (`BuiltSites`: csa build owns those files).
/// An absent folder is made only when the paper is ready to be written, and removed again if the
/// writing fails; `PaperFolderWrite` writes the files all or none, never over a file csa did not write.
struct PaperOutput {
    /// The folder, resolved (it may not exist yet).
    let folder: String
    /// The folder as the user wrote it, for messages.
    let shown: String
    /// Whether the folder is absent, so that writing makes it.
    let isNew: Bool

    static let elsewhere = "such as --output papers"

    /// Resolves `given` and refuses a folder csa paper must not write into. Makes nothing.
    static func prepare(_ given: String, content: String) throws -> PaperOutput {
        let quoted = "--output '\(DisplayText.escaped(given))'"
        guard !given.isEmpty else {
            throw CommandError("--output is empty", hint: "name the folder to write the paper into, \(elsewhere)")
        }
        var trimmed = given
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        let cwd = POSIXFiles.currentFolder()
        let absolute = trimmed.hasPrefix("/") ? trimmed : (cwd == "/" ? "" : cwd) + "/" + trimmed
        let real: String, isNew: Bool
        switch try POSIXFiles.kind(absolute, shown: given) {
        case .missing:
            let parent = OutputTarget.parentFolder(of: absolute)
            guard BuildFolders.isFolder(parent), let realParent = POSIXFiles.realPath(parent) else {
                throw CommandError("\(quoted): the folder \(DisplayText.escaped(parent)) does not exist",
                                   hint: "create it first, or name a folder in another place")
            }
            let name = absolute.split(separator: "/").last.map(String.init) ?? ""
            guard name != ".", name != ".." else {
                throw CommandError("\(quoted) cannot be resolved", hint: "name the folder without '.' or '..' at its end")
            }
            real = (realParent == "/" ? "" : realParent) + "/" + name
            isNew = true
        case .folder, .link:
            guard BuildFolders.isFolder(absolute), let resolved = POSIXFiles.realPath(absolute) else {
                throw CommandError("\(quoted) is not a folder", hint: "csa paper writes its files into a folder; name one, \(elsewhere)")
            }
            real = resolved
            isNew = false
        case .file, .other:
            throw CommandError("\(quoted) is not a folder", hint: "csa paper writes its files into a folder; name one, \(elsewhere)")
        }
        try refuseOwnedFolders(real, isNew: isNew, quoted: quoted, content: content)
        return PaperOutput(folder: real, shown: given, isNew: isNew)
    }

    /// Refuses the content folder and anything in it, and any folder that is, is inside or holds a site csa built.
    private static func refuseOwnedFolders(_ real: String, isNew: Bool, quoted: String, content: String) throws {
        if let contentPath = POSIXFiles.realPath(content), real == contentPath || real.hasPrefix(contentPath + "/") {
            throw CommandError("\(quoted) is inside the content folder \(DisplayText.escaped(content)), where csa check would report its files",
                               hint: "write them somewhere else, \(elsewhere)")
        }
        if !isNew, try POSIXFiles.kind(real + "/" + SiteManifest.fileName, shown: real) != .missing {
            throw CommandError("\(quoted) is a site csa built, whose papers csa build writes",
                               hint: "name another folder, \(elsewhere)")
        }
        if let site = BuiltSites.enclosing(isNew ? OutputTarget.parentFolder(of: real) : real) {
            if site == real {
                throw CommandError("\(quoted) is a folder csa build is writing a site into", hint: "name another folder, \(elsewhere)")
            }
            throw CommandError("\(quoted) is inside \(DisplayText.escaped(site)), a site csa built, whose files csa build replaces or removes",
                               hint: "name a folder outside the site, \(elsewhere); csa build publishes the papers in the site itself")
        }
        if !isNew, let site = BuiltSites.inside(real) {
            throw CommandError("\(quoted) holds \(DisplayText.escaped(site)), a site csa built",
                               hint: "name a folder that holds no site, \(elsewhere)")
        }
    }

    /// Writes the files (name → bytes), all or none: refuses before writing anything when one of them is
    /// there and is not csa's own unchanged file; makes the folder if it is absent, and removes it again
    /// if the writing fails.
    func write(_ files: [(name: String, bytes: [UInt8])]) throws {
        var made = false
        if isNew {
            if mkdir(folder, 0o777) == 0 {
                made = true
            } else if errno != EEXIST || !BuildFolders.isFolder(folder) {
                throw leftAsItWas(FileFault(action: "create the folder", path: shown, code: errno))
            }
        }
        do {
            try PaperFolderWrite(folder: folder, shown: shown).write(files)
        } catch let fault as FileFault {
            if made { _ = rmdir(folder) }
            throw leftAsItWas(fault)
        } catch {
            if made { _ = rmdir(folder) }
            throw error
        }
    }

    /// A file fault while writing, saying that the output was left as it was.
    private func leftAsItWas(_ fault: FileFault) -> CommandError {
        CommandError("\(fault); \(isNew ? "nothing was written" : "\(DisplayText.escaped(shown)) was left as it was")", hint: FileFault.hint(fault.code))
    }
}
