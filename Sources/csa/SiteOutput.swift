#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel
import CSASite
import Foundation

/// Puts a built site at its output folder so that, whenever the build stops (an error, a full disk,
/// a kill), the output holds either the complete old site or the complete new one:
///
/// 1. Lock `.Site.csa-lock` beside the output (one build at a time).
/// 2. Remove what an interrupted build left (`.Site.csa-staging`, `.Site.csa-old`), but only folders
///    that are ours: empty, marked `.csa-staging`, or carrying `.csa-site.json`.
/// 3. Write every file into `.Site.csa-staging`, copy over the files a user put in the old site (those
///    its `.csa-site.json` does not list), and write the new `.csa-site.json` last.
/// 4. Swap the staging folder and the output in one step (`renameat2` with `RENAME_EXCHANGE`), or
///    rename it into place when there was no output, then remove the old site.
enum SiteOutput {
    static let stagingSuffix = ".csa-staging"
    static let retiredSuffix = ".csa-old"
    static let lockSuffix = ".csa-lock"
    /// Names that say a folder is ours, removed last so an interrupted removal still says so.
    static let markers = [SiteManifest.fileName, SiteManifest.stagingMarker]

    static func replace(_ target: OutputTarget, with files: [OutputFile]) throws {
        for file in files where !SiteManifest.isSitePath(file.path) || markers.contains(file.path) {
            throw CommandError("the site writer produced the path '\(DisplayText.escaped(file.path))', which is not a plain path inside the site; nothing was written")
        }
        try POSIXFiles.makeFolders(target.parent, shown: target.parent)
        let lock = try OutputLock.acquire(target.sibling(lockSuffix), shownOutput: target.given)
        defer { lock.release() }
        let staging = target.sibling(stagingSuffix), retired = target.sibling(retiredSuffix)
        try recover(target, staging: staging, retired: retired)
        // Another build may have changed the output while this one waited for the lock.
        let state = try OutputTarget.currentState(of: target.path, shown: target.given, described: target.described, viaLink: target.viaLink)
        let newPaths = files.map(\.path)
        let carried = try UserFiles.find(in: target, state: state, newPaths: newPaths)

        try POSIXFiles.makeFolder(staging, shown: staging)
        do {
            try POSIXFiles.createFile(staging + "/" + SiteManifest.stagingMarker, bytes: [], shown: staging + "/" + SiteManifest.stagingMarker)
            var made: Set<String> = [""]
            func makeParents(_ relative: String) throws {
                var folder = ""
                for part in relative.split(separator: "/").dropLast() {
                    folder += (folder.isEmpty ? "" : "/") + part
                    if made.insert(folder).inserted, try POSIXFiles.kind(staging + "/" + folder, shown: target.shown(folder)) != .folder {
                        try POSIXFiles.makeFolder(staging + "/" + folder, shown: target.shown(folder))
                    }
                }
            }
            for file in files {
                try makeParents(file.path)
                try POSIXFiles.createFile(staging + "/" + file.path, bytes: file.bytes, shown: target.shown(file.path))
            }
            for relative in carried {
                try makeParents(relative)
                try UserFiles.copy(target.path + "/" + relative, to: staging + "/" + relative, shown: target.shown(relative))
            }
            try POSIXFiles.createFile(staging + "/" + SiteManifest.fileName, bytes: SiteManifest(files: newPaths).bytes,
                                      shown: target.shown(SiteManifest.fileName))
            guard unlink(staging + "/" + SiteManifest.stagingMarker) == 0 else {
                throw FileFault(action: "remove", path: staging + "/" + SiteManifest.stagingMarker, code: errno)
            }
            if state != .absent, let old = try POSIXFiles.status(target.path, shown: target.given) {
                try POSIXFiles.setMode(staging, old.st_mode, shown: staging)
            }
        } catch {
            try? POSIXFiles.removeTree(staging, shown: staging, last: markers)
            throw error
        }
        try swap(target, state: state, staging: staging, retired: retired)
    }

    /// Puts the complete staging folder at the output, then removes the old site.
    private static func swap(_ target: OutputTarget, state: OutputTarget.State, staging: String, retired: String) throws {
        if state == .absent {
            do { try POSIXFiles.move(staging, to: target.path, shown: target.given) } catch {
                try? POSIXFiles.removeTree(staging, shown: staging, last: markers)
                throw error
            }
            return
        }
        let swapped: Bool
        do { swapped = try POSIXFiles.exchange(staging, target.path, shown: target.given) } catch {
            try? POSIXFiles.removeTree(staging, shown: staging, last: markers)
            throw error
        }
        if swapped {
            removeOldSite(staging)
            return
        }
        // No exchange on this file system: two renames. A build killed between them leaves the old
        // site at `.Site.csa-old`, and the next build puts it back (`recover`).
        try POSIXFiles.move(target.path, to: retired, shown: target.given)
        do { try POSIXFiles.move(staging, to: target.path, shown: target.given) } catch {
            try? POSIXFiles.move(retired, to: target.path, shown: target.given)
            try? POSIXFiles.removeTree(staging, shown: staging, last: markers)
            throw error
        }
        removeOldSite(retired)
    }

    /// Removes the old site once the new one is in place. A failure here does not undo the build: it is
    /// a warning, and the next build removes what is left.
    private static func removeOldSite(_ path: String) {
        do { try POSIXFiles.removeTree(path, shown: path, last: markers) } catch {
            FileHandle.standardError.write(Data("warning: the new site is in place, but the old one was not removed: \(error); the next csa build removes it\n".utf8))
        }
    }

    /// Finishes or cleans up what an interrupted build left beside the output.
    private static func recover(_ target: OutputTarget, staging: String, retired: String) throws {
        if try isOurs(retired) {
            if try POSIXFiles.kind(target.path, shown: target.given) == .missing {
                try POSIXFiles.move(retired, to: target.path, shown: target.given)
            } else {
                try POSIXFiles.removeTree(retired, shown: retired, last: markers)
            }
        }
        if try isOurs(staging) { try POSIXFiles.removeTree(staging, shown: staging, last: markers) }
    }

    /// Whether a leftover folder is one csa made; false when nothing is there. Anything else in its
    /// place is refused, never removed.
    private static func isOurs(_ path: String) throws -> Bool {
        switch try POSIXFiles.kind(path, shown: path) {
        case .missing: return false
        case .folder:
            let names = try POSIXFiles.names(in: path, shown: path)
            if names.isEmpty { return true }
            if try POSIXFiles.kind(path + "/" + SiteManifest.stagingMarker, shown: path) == .file { return true }
            let manifest = path + "/" + SiteManifest.fileName
            if try POSIXFiles.kind(manifest, shown: path) == .file,
               SiteManifest.parse(try POSIXFiles.readFile(manifest, shown: manifest)) != nil { return true }
        default: break
        }
        throw CommandError("'\(DisplayText.escaped(path))' is in the way: csa build uses that name while it works, and what is there is not something csa made; move it away, then build again")
    }
}
