import Foundation

/// A built site read back from disk: every file by relative path.
struct SiteTree {
    let root: URL
    let files: [String: Data]

    init(_ root: URL) throws {
        self.root = root
        var files: [String: Data] = [:]
        let base = root.standardizedFileURL.path
        if let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in e where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
                let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
                files[path] = try Data(contentsOf: url)
            }
        }
        self.files = files
    }

    func text(_ path: String) -> String { files[path].map { String(decoding: $0, as: UTF8.self) } ?? "" }

    /// The text of the first `<tag>` element.
    func element(_ tag: String, in path: String) -> String? {
        let html = text(path)
        guard let open = html.range(of: "<\(tag)"), let start = html[open.upperBound...].range(of: ">"),
              let end = html[start.upperBound...].range(of: "</\(tag)>") else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    func count(_ needle: String, in path: String) -> Int { text(path).components(separatedBy: needle).count - 1 }
}

/// Temporary folders that clean up after themselves.
enum TempDir {
    static func make(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("csa-\(name)-\(UUID().uuidString)")
    }
}
