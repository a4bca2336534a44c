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
/// 3. Fill `.Site.csa-staging` (the caller writes every file as it is made, `StagedFiles`, hard-linking
///    the old site's unchanged files), copy over the files a user put in the old site (those its
///    `.csa-site.json` does not list), and write the new `.csa-site.json` last.
/// 4. Swap the staging folder and the output in one step (`renameat2` with `RENAME_EXCHANGE`), or
///    rename it into place when there was no output, then remove the old site.
///
/// The old site is never written to: files kept from it are hard links in the staging folder, so
/// removing either folder leaves the other whole.
enum SiteOutput {
    static let stagingSuffix = ".csa-staging"
    static let retiredSuffix = ".csa-old"
    static let lockSuffix = ".csa-lock"
    /// Names that say a folder is ours, removed last so an interrupted removal still says so.
    static let markers = [SiteManifest.fileName, SiteManifest.stagingMarker]

    /// Replaces the output with a site of the files at `paths` and whatever else `fill` adds (the search
    /// index): `fill` writes them into the staging folder and returns every path it wrote.
    static func replace(_ target: OutputTarget, paths: [String], fill: (StagedFiles) throws -> [String]) throws {
        try check(paths)
        try POSIXFiles.makeFolders(target.parent, shown: target.parent)
        let lock = try OutputLock.acquire(target.sibling(lockSuffix), shownOutput: target.given)
        defer { lock.release() }
        let staging = target.sibling(stagingSuffix), retired = target.sibling(retiredSuffix)
        try recover(target, staging: staging, retired: retired)
        // Another build may have changed the output while this one waited for the lock.
        let state = try OutputTarget.currentState(of: target.path, shown: target.given, described: target.described, viaLink: target.viaLink)
        var carried = try UserFiles.find(in: target, state: state, newPaths: paths)
        let previous: PreviousSite? = if case .site = state { PreviousSite.load(target.path) } else { nil }

        try POSIXFiles.makeFolder(staging, shown: staging)
        do {
            try POSIXFiles.createFile(staging + "/" + SiteManifest.stagingMarker, bytes: [], shown: staging + "/" + SiteManifest.stagingMarker)
            let staged = StagedFiles(staging: staging, target: target, previous: previous)
            let written = try fill(staged)
            if written.count != paths.count {
                try check(written)
                carried = try UserFiles.find(in: target, state: state, newPaths: written)
            }
            for relative in carried {
                try staged.makeParents(relative)
                try UserFiles.copy(target.path + "/" + relative, to: staging + "/" + relative, shown: target.shown(relative))
            }
            try POSIXFiles.createFile(staging + "/" + SiteManifest.fileName, bytes: SiteManifest(files: written).bytes,
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

    /// Whether the output is a site built from exactly these inputs, complete and untouched, with nothing an
    /// interrupted build left beside it: then a build would make the same files, and need not run.
    static func isUpToDate(_ target: OutputTarget, inputs: Digest) throws -> Bool {
        guard case .site(let manifest) = try OutputTarget.currentState(of: target.path, shown: target.given, described: target.described, viaLink: target.viaLink),
              try [stagingSuffix, retiredSuffix, lockSuffix].allSatisfy({ try POSIXFiles.kind(target.sibling($0), shown: target.sibling($0)) == .missing }),
              let previous = PreviousSite.load(target.path) else { return false }
        return previous.isUpToDate(inputs: inputs, manifest: manifest)
    }

    /// Refuses a path the site writer or the search index should never produce.
    private static func check(_ paths: [String]) throws {
        for path in paths where !SiteManifest.isSitePath(path) || markers.contains(path) || path == BuildCache.fileName {
            throw CommandError("the site writer produced the path '\(DisplayText.escaped(path))', which is not a plain path inside the site; nothing was written")
        }
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
            StandardStreams.error("warning: the new site is in place, but the old one was not removed: \(error); the next csa build removes it\n")
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
