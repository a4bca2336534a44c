/// `.csa-build-cache`, written into every site beside `.csa-site.json`: for each file the build made, the
/// key of what it was made from (`InputDigests.key(for:)`), the digest of its bytes and its size, so the
/// next build can keep a file whose key or bytes are unchanged instead of writing it again.
///
/// One line a file, `key digest size path`, after a first line naming the format and the digest of
/// everything the build read (`InputDigests.all`). It holds nothing but digests of the inputs and outputs,
/// so two builds of the same input write the same bytes. Read back with care: any line not in this form
/// is ignored, which only means that file is made again.
struct BuildCache: Equatable {
    static let fileName = ".csa-build-cache"
    static let header = "csa build cache 1"

    /// The digest of everything the build read.
    let inputs: Digest

    /// One file of the site.
    struct Entry: Equatable, Sendable {
        let path: String
        let key: Digest
        let digest: Digest
        let size: Int
    }

    /// By path.
    let entries: [String: Entry]

    init(inputs: Digest, _ entries: [Entry]) {
        self.inputs = inputs
        self.entries = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The file's bytes; paths with a line end cannot be written and are left out (those files are
    /// simply made again next time).
    var bytes: [UInt8] {
        var text = Self.header + " \(inputs)\n"
        for entry in entries.values.sorted(by: { $0.path < $1.path }) where !entry.path.contains("\n") && !entry.path.contains("\r") {
            text += "\(entry.key) \(entry.digest) \(entry.size) \(entry.path)\n"
        }
        return Array(text.utf8)
    }

    /// Reads a cache; nil when the bytes are not one this version writes.
    static func parse(_ bytes: [UInt8]) -> BuildCache? {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard let first = lines.first, first.hasPrefix(header + " "), let inputs = Digest(hex: first.dropFirst(header.count + 1)) else { return nil }
        lines = lines.dropFirst()
        var entries: [Entry] = []
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, let key = Digest(hex: fields[0]), let digest = Digest(hex: fields[1]),
                  let size = Int(fields[2]), size >= 0, SiteManifest.isSitePath(String(fields[3])) else { continue }
            entries.append(Entry(path: String(fields[3]), key: key, digest: digest, size: size))
        }
        return BuildCache(inputs: inputs, entries)
    }
}
