#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel
import Foundation

/// The folder `csa build` is asked to write, resolved (symbolic links and `..` followed by `realpath`,
/// never `~`) and checked before anything is touched. `csa build` replaces a folder only when it is
/// absent, empty, or a site csa built (it carries `.csa-site.json`); it refuses the root, a home folder,
/// the current folder, the content or templates folder or a folder holding one of them, and a file.
struct OutputTarget {
    /// What is at the output path now.
    enum State: Equatable {
        case absent
        case empty
        case site(SiteManifest)
    }

    /// `--output` as the user typed it, for messages.
    let given: String
    /// The absolute, resolved path the site goes to.
    let path: String
    let state: State
    /// `--output 'Site' (/abs/Site)`, as messages name it.
    let described: String
    /// Whether `--output` was a symbolic link to `path`.
    let viaLink: Bool

    /// The folder holding the output, and the output's own name.
    var parent: String { Self.parentFolder(of: path) }

    /// The folder holding an absolute path (`/` for `/` itself).
    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }
    var name: String { path.split(separator: "/").last.map(String.init) ?? "" }
    /// Where a path inside the site is shown in messages: `Site/2024-25/index.html`.
    func shown(_ relative: String) -> String {
        relative.isEmpty ? given : (given.hasSuffix("/") ? given : given + "/") + relative
    }
    /// A name beside the output, for csa's own use while it works: `.Site.csa-staging`, `.Site.csa-lock`.
    func sibling(_ suffix: String) -> String { (parent == "/" ? "" : parent) + "/." + name + suffix }

    /// Resolves `given` and refuses any output csa must not replace. Touches nothing.
    static func check(_ given: String, content: String, templates: String) throws -> OutputTarget {
        let quoted = "--output '\(DisplayText.escaped(given))'"
        let ownFolder = "; csa build replaces its whole output folder, so name a folder of its own, such as --output Site"
        guard !given.isEmpty else {
            throw CommandError("--output is empty; name the folder to build the site into, such as --output Site")
        }
        let cwd = POSIXFiles.currentFolder()
        var trimmed = given
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        let absolute = trimmed.hasPrefix("/") ? trimmed : cwd + "/" + trimmed
        let kind = try POSIXFiles.kind(absolute, shown: given)
        let path: String
        if kind == .missing {
            path = try resolveMissing(absolute, quoted: quoted)
        } else if let real = POSIXFiles.realPath(absolute) {
            path = real
        } else if kind == .link {
            throw CommandError("\(quoted) is a symbolic link that leads nowhere; remove the link or name another folder, such as --output Site")
        } else {
            throw FileFault(action: "resolve", path: given, code: errno)
        }
        let described = path == given ? quoted : "\(quoted) (\(DisplayText.escaped(path)))"

        if path == "/" { throw CommandError("\(quoted) is the root of the file system\(ownFolder)") }
        for home in homeFolders() {
            if path == home { throw CommandError("\(described) is a home folder\(ownFolder)") }
            if home.hasPrefix(path + "/") { throw CommandError("\(described) holds the home folder \(DisplayText.escaped(home))\(ownFolder)") }
        }
        if path == "/home" { throw CommandError("\(described) is the folder of home folders\(ownFolder)") }
        if path.hasPrefix("/home/") && !path.dropFirst(6).contains("/") { throw CommandError("\(described) is a home folder\(ownFolder)") }
        if path == cwd { throw CommandError("\(described) is the current folder\(ownFolder)") }
        if cwd.hasPrefix(path + "/") { throw CommandError("\(described) holds the current folder (\(DisplayText.escaped(cwd)))\(ownFolder)") }
        for (folder, role) in [(content, "content"), (templates, "templates")] {
            guard let real = POSIXFiles.realPath(folder) else { continue }
            if path == real { throw CommandError("\(described) is the \(role) folder\(ownFolder)") }
            if real.hasPrefix(path + "/") { throw CommandError("\(described) holds the \(role) folder (\(DisplayText.escaped(real)))\(ownFolder)") }
            if path.hasPrefix(real + "/") { throw CommandError("\(described) is inside the \(role) folder (\(DisplayText.escaped(real))); name a folder outside it, such as --output Site") }
        }
        var here = stat(), above = stat()
        if stat(path, &here) == 0, POSIXFiles.kind(of: here.st_mode) == .folder,
           stat(parentFolder(of: path), &above) == 0,
           here.st_dev != above.st_dev {
            throw CommandError("\(described) is the root of a mounted file system, which csa cannot swap in one step; name a folder inside it, such as --output \(DisplayText.escaped(given.hasSuffix("/") ? given : given + "/"))Site")
        }
        let state = try currentState(of: path, shown: given, described: described, viaLink: kind == .link)
        return OutputTarget(given: given, path: path, state: state, described: described, viaLink: kind == .link)
    }

    /// Reads what is at `path` now: absent, an empty folder, or a site csa built. Anything else is refused.
    static func currentState(of path: String, shown: String, described: String, viaLink: Bool) throws -> State {
        let what = try POSIXFiles.kind(path, shown: shown)
        switch what {
        case .missing: return .absent
        case .file: throw CommandError("\(described) is a file, not a folder; move it away or name another folder, such as --output Site")
        case .other, .link: throw CommandError("\(described) is not a folder; name another folder, such as --output Site")
        case .folder: break
        }
        let names = try POSIXFiles.names(in: path, shown: shown)
        if names.isEmpty && !viaLink { return .empty }
        let manifestPath = path + "/" + SiteManifest.fileName
        guard try POSIXFiles.kind(manifestPath, shown: shown) == .file else {
            if viaLink {
                throw CommandError("\(described) is a symbolic link to a folder that is not a site csa built (it has no \(SiteManifest.fileName)); remove the link or name another folder, such as --output Site")
            }
            throw CommandError("\(described) already holds files that csa did not write (it has no \(SiteManifest.fileName)); move them away or name another folder, such as --output Site")
        }
        let bytes = try POSIXFiles.readFile(manifestPath, shown: shown + "/" + SiteManifest.fileName)
        guard let manifest = SiteManifest.parse(bytes) else {
            throw CommandError("\(described) holds a \(SiteManifest.fileName) that csa did not write; move the folder away or name another folder, such as --output Site")
        }
        return .site(manifest)
    }

    /// A path that does not exist yet: the longest part that exists, resolved, plus the rest.
    private static func resolveMissing(_ absolute: String, quoted: String) throws -> String {
        let parts = absolute.split(separator: "/").map(String.init)
        for count in stride(from: parts.count - 1, through: 0, by: -1) {
            guard let base = POSIXFiles.realPath("/" + parts[..<count].joined(separator: "/")) else { continue }
            let rest = parts[count...].filter { $0 != "." }
            guard !rest.contains("..") else {
                throw CommandError("\(quoted) goes through a folder that does not exist and then '..'; give the path without '..'")
            }
            return (base == "/" ? "" : base) + "/" + rest.joined(separator: "/")
        }
        return absolute
    }

    /// `$HOME`, `/root` and every folder in `/home`, resolved.
    private static func homeFolders() -> [String] {
        var homes: [String] = []
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, let real = POSIXFiles.realPath(home) { homes.append(real) }
        if let root = POSIXFiles.realPath("/root") { homes.append(root) }
        homes.append("/root")
        if let names = try? POSIXFiles.names(in: "/home", shown: "/home") {
            for name in names { homes.append(POSIXFiles.realPath("/home/" + name) ?? "/home/" + name) }
        }
        return homes
    }
}
