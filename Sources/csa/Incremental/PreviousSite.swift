#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The site an earlier build left at the output, with its build cache: which of its files a new build
/// may keep (hard-link into the new site, so they keep their inode and time and an upload skips them).
///
/// A file is kept only if the cache lists it with the same key (or the same digest, for a file made
/// again) and it is still as that build left it: a regular file of the listed size, not modified since
/// the build finished (its time is not after that of the site's `.csa-site.json`, which a build writes
/// last). A file someone edited in the site is made again.
struct PreviousSite: Sendable {
    let path: String
    let cache: BuildCache
    private let finished: timespec

    /// The previous site at `path`, or nil when it has no readable cache.
    static func load(_ path: String) -> PreviousSite? {
        var manifest = stat()
        guard lstat(path + "/" + SiteManifest.fileName, &manifest) == 0,
              let bytes = try? POSIXFiles.readFile(path + "/" + BuildCache.fileName, shown: BuildCache.fileName),
              let cache = BuildCache.parse(bytes) else { return nil }
        return PreviousSite(path: path, cache: cache, finished: modified(manifest))
    }

    /// The cache's entry for `relative` when the file is still as the build left it.
    func intact(_ relative: String) -> BuildCache.Entry? {
        guard let entry = cache.entries[relative] else { return nil }
        var info = stat()
        guard lstat(path + "/" + relative, &info) == 0, POSIXFiles.kind(of: info.st_mode) == .file, Int(info.st_size) == entry.size else { return nil }
        let time = Self.modified(info)
        guard time.tv_sec < finished.tv_sec || (time.tv_sec == finished.tv_sec && time.tv_nsec <= finished.tv_nsec) else { return nil }
        return entry
    }

    /// Whether the site is exactly what a build from `inputs` makes, so there is nothing to do: the cache
    /// was written from the same inputs, `manifest` lists exactly its files, and every one is as the build left it.
    func isUpToDate(inputs: Digest, manifest: SiteManifest) -> Bool {
        cache.inputs == inputs && manifest.files == cache.entries.keys.sorted() && cache.entries.keys.allSatisfy { intact($0) != nil }
    }

    private static func modified(_ info: stat) -> timespec {
        #if canImport(Glibc)
        info.st_mtim
        #else
        info.st_mtimespec
        #endif
    }
}
