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

    /// Reads a cache; nil when the bytes are not one this version writes. Works on the bytes: a site's cache
    /// has a line for every file, and every rebuild reads it.
    static func parse(_ bytes: [UInt8]) -> BuildCache? {
        bytes.withUnsafeBufferPointer { buffer -> BuildCache? in
            var lines = buffer.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)[...]
            let prefix = Array((header + " ").utf8)
            guard let first = lines.popFirst(), first.count == prefix.count + 32, first.starts(with: prefix),
                  let inputs = digest(first[(first.startIndex + prefix.count)...]) else { return nil }
            var entries: [Entry] = []
            entries.reserveCapacity(lines.count)
            let space = UInt8(ascii: " ")
            for line in lines {
                // `key digest size path`: two digests of 32 hex digits, a size in decimal digits, and the rest.
                let start = line.startIndex
                guard line.count > 68, line[start + 32] == space, line[start + 65] == space,
                      let key = digest(line[start..<(start + 32)]), let digest = digest(line[(start + 33)..<(start + 65)]),
                      let sizeEnd = line[(start + 66)...].firstIndex(of: space), sizeEnd > start + 66 else { continue }
                var size = 0
                var valid = true
                for byte in line[(start + 66)..<sizeEnd] {
                    guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), size < Int.max / 10 - 9 else { valid = false; break }
                    size = size * 10 + Int(byte - UInt8(ascii: "0"))
                }
                let path = String(decoding: UnsafeBufferPointer(rebasing: line[(sizeEnd + 1)...]), as: UTF8.self)
                guard valid, SiteManifest.isSitePath(path) else { continue }
                entries.append(Entry(path: path, key: key, digest: digest, size: size))
            }
            return BuildCache(inputs: inputs, entries)
        }
    }

    /// A digest written as 32 lower- or upper-case hex digits; nil for anything else.
    private static func digest(_ hex: Slice<UnsafeBufferPointer<UInt8>>) -> Digest? {
        guard hex.count == 32 else { return nil }
        var halves: [UInt64] = [0, 0]
        for (i, byte) in hex.enumerated() {
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            halves[i / 16] = halves[i / 16] << 4 | UInt64(value)
        }
        return Digest(high: halves[0], low: halves[1])
    }
}
