#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The paper layouts a templates folder offers: the names of its `papers/<name>.yml` files (or links
/// to files). A paper's `layout:` must name one of them (`csa check`, `csa build` and `csa paper` give
/// them to the readers), so a new layout needs only its file.
public enum PaperLayoutFolder {
    /// The layout names in `<templates>/papers/`, sorted; nil when that folder cannot be listed.
    public static func names(templates: String) -> [String]? {
        let folder = templates + "/papers"
        guard case .success(let names) = FileSystem.names(in: folder) else { return nil }
        return names.filter { name in
            var info = stat()
            return name.hasSuffix(".yml") && !name.hasPrefix(".") && stat(folder + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        }.map { String($0.dropLast(".yml".count)) }
    }
}
