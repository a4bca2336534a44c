#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the sites `csa build` owns around a folder: a folder with a `.csa-site.json` that csa wrote,
/// or a staging folder of a build under way (it holds the `.csa-staging` marker). `csa build` replaces
/// or removes everything in such a folder that its manifest does not list as a user's, so no other
/// command may write into one. Faults while looking (a folder that cannot be read) are not errors:
/// such a folder is not taken for a site.
enum BuiltSites {
    /// The nearest folder at or above the absolute, resolved `path` that is a site csa built (or is
    /// building), or nil. `path` itself need not exist.
    static func enclosing(_ path: String) -> String? {
        var folder = path
        while true {
            if isBuiltSite(folder) { return folder }
            if folder == "/" || folder.isEmpty { return nil }
            folder = OutputTarget.parentFolder(of: folder)
        }
    }

    /// How many folders down `inside` looks: a site in the folder, in a project in it, or in a folder of
    /// projects, without reading the whole of a large folder (a home folder) through.
    static let depth = 3

    /// The first folder below the resolved folder `path`, at most `depth` folders down (in name order,
    /// depth first, never through a symbolic link), that is a site csa built (or is building), or nil.
    static func inside(_ path: String, depth: Int = depth) -> String? {
        guard depth > 0, let names = try? POSIXFiles.names(in: path, shown: path) else { return nil }
        for name in names {
            let child = (path == "/" ? "" : path) + "/" + name
            guard (try? POSIXFiles.kind(child, shown: child)) == .folder else { continue }
            if isBuiltSite(child) { return child }
            if let found = inside(child, depth: depth - 1) { return found }
        }
        return nil
    }

    /// Whether `folder` holds a `.csa-site.json` that csa wrote, or the marker of a build's staging folder.
    static func isBuiltSite(_ folder: String) -> Bool {
        let base = folder == "/" ? "" : folder
        if (try? POSIXFiles.kind(base + "/" + SiteManifest.stagingMarker, shown: folder)) == .file { return true }
        let manifest = base + "/" + SiteManifest.fileName
        guard (try? POSIXFiles.kind(manifest, shown: manifest)) == .file,
              let bytes = try? POSIXFiles.readFile(manifest, shown: manifest) else { return false }
        return SiteManifest.parse(bytes) != nil
    }
}
