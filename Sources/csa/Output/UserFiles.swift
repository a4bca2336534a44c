#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel

/// Files a user put into a site folder csa built: everything its `.csa-site.json` does not list. They
/// are carried over, untouched, into the new site. A user file at a path the new build writes (or where
/// it needs a folder) stops the build with an error naming the file: csa never overwrites one.
enum UserFiles {
    /// The user's entries in the current output (a folder stands for everything in it), by relative path.
    static func find(in target: OutputTarget, state: OutputTarget.State, newPaths: [String]) throws -> [String] {
        guard case .site(let manifest) = state else { return [] }
        let listed = Set(manifest.files)
        let ourFolders = folders(of: manifest.files)
        let newFiles = Set(newPaths).union(SiteOutput.markers)
        let newFolders = folders(of: newPaths)
        var found: [String] = []

        func conflict(_ relative: String) -> CommandError {
            let shown = DisplayText.escaped(target.shown(relative))
            let manifestShown = DisplayText.escaped(target.shown(SiteManifest.fileName))
            return CommandError("\(shown) is not a file csa wrote (\(manifestShown) does not list it), and this build would write that path; move it away, then build again")
        }
        func walk(_ folder: String, userOnly: Bool) throws {
            let path = folder.isEmpty ? target.path : target.path + "/" + folder
            for name in try POSIXFiles.names(in: path, shown: target.shown(folder)) {
                let relative = folder.isEmpty ? name : folder + "/" + name
                if relative == SiteManifest.fileName || relative == BuildCache.fileName { continue }
                let kind = try POSIXFiles.kind(target.path + "/" + relative, shown: target.shown(relative))
                if !userOnly {
                    if kind == .folder && ourFolders.contains(relative) { try walk(relative, userOnly: false); continue }
                    if kind != .folder && listed.contains(relative) { continue }
                }
                if newFiles.contains(relative) { throw conflict(relative) }
                if let clash = folders(of: [relative]).first(where: newFiles.contains) { throw conflict(clash) }
                if kind == .folder {
                    if newFolders.contains(relative) { try walk(relative, userOnly: true) } else { found.append(relative) }
                } else {
                    if newFolders.contains(relative) { throw conflict(relative) }
                    found.append(relative)
                }
            }
        }
        try walk("", userOnly: false)
        return found
    }

    /// Every folder that holds one of `paths`, as relative paths.
    static func folders(of paths: [String]) -> Set<String> {
        var folders: Set<String> = []
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                guard folders.insert(parts.joined(separator: "/")).inserted else { break }
                parts = parts.dropLast()
            }
        }
        return folders
    }

    /// Copies a user's file, link or folder with its permissions and modification time. Regular files
    /// are hard-linked when the file system allows (the same file, nothing to copy), otherwise copied.
    static func copy(_ source: String, to destination: String, shown: String) throws {
        guard let info = try POSIXFiles.status(source, shown: shown) else {
            throw FileFault(action: "copy", path: shown, code: ENOENT)
        }
        switch POSIXFiles.kind(of: info.st_mode) {
        case .folder:
            try POSIXFiles.makeFolder(destination, shown: shown, mode: 0o700)
            for name in try POSIXFiles.names(in: source, shown: shown) {
                try copy(source + "/" + name, to: destination + "/" + name, shown: shown + "/" + name)
            }
            try POSIXFiles.setMode(destination, info.st_mode, shown: shown)
            setTimes(destination, info)
        case .file:
            if link(source, destination) == 0 { return }
            try POSIXFiles.createFile(destination, bytes: POSIXFiles.readFile(source, shown: shown), mode: 0o600, shown: shown)
            try POSIXFiles.setMode(destination, info.st_mode, shown: shown)
            setTimes(destination, info)
        case .link:
            guard symlink(try POSIXFiles.linkTarget(source, shown: shown) + [0], destination) == 0 else {
                throw FileFault(action: "copy the link", path: shown, code: errno)
            }
        case .other, .missing:
            throw CommandError("\(DisplayText.escaped(shown)) is not a file, folder or link (a device, pipe or socket), so csa cannot carry it into the new site; move it away, then build again")
        }
    }

    private static func setTimes(_ path: String, _ info: stat) {
        #if canImport(Glibc)
        var times = [info.st_atim, info.st_mtim]
        #else
        var times = [info.st_atimespec, info.st_mtimespec]
        #endif
        _ = utimensat(AT_FDCWD, path, &times, AT_SYMLINK_NOFOLLOW)
    }
}
