import CSASite
import Foundation

/// `.csa-site.json`, written into every site `csa build` makes: the files it wrote, sorted, so a later
/// build knows which files are its own to replace and which a user put there. The bytes depend only
/// on the list, so two builds of the same content stay byte-identical.
struct SiteManifest: Equatable {
    /// The manifest's file name at the top of the site.
    static let fileName = ".csa-site.json"
    /// The marker a staging folder carries from the moment it is made until it is complete.
    static let stagingMarker = ".csa-staging"

    /// Paths relative to the site folder, `/`-separated.
    let files: [String]

    init(files: [String]) { self.files = files.sorted() }

    var bytes: [UInt8] {
        var text = "{\n  \"generator\" : \"csa\",\n  \"format\" : 1,\n  \"files\" : ["
        text += files.map { "\n    " + JSONText.quoted($0) }.joined(separator: ",")
        text += files.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return Array(text.utf8)
    }

    /// Reads a manifest; nil when the bytes are not one csa wrote (not JSON, another generator, or a
    /// path that is absolute or climbs out of the site).
    static func parse(_ bytes: [UInt8]) -> SiteManifest? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              object["generator"] as? String == "csa", (object["format"] as? NSNumber)?.intValue == 1,
              let files = object["files"] as? [String],
              files.allSatisfy(isSitePath) else { return nil }
        return SiteManifest(files: files)
    }

    /// A relative path with no empty, `.` or `..` part.
    static func isSitePath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0")
        }
    }
}
