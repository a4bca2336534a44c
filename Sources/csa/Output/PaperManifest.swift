import CSASite
import Foundation

/// `.csa-papers.json`, kept in a `csa paper --output` folder: the files csa wrote there, each with a
/// checksum of its bytes, so that csa replaces only its own files, unchanged since it wrote them.
///
/// While a run puts its files in place, the manifest also lists the checksums they are about to have
/// (`pending`): a run killed half way then leaves every file either as it was or as the run wrote it,
/// and both count as csa's, so the next run can replace them. A complete run's manifest has no
/// `pending` entries.
struct PaperManifest: Equatable {
    static let fileName = ".csa-papers.json"

    /// File name → checksum of the bytes csa wrote.
    var files: [String: String]
    /// File name → checksum of the bytes a run was putting in place when it stopped.
    var pending: [String: String] = [:]

    /// Whether the file `name` with these bytes is one csa wrote and nobody has changed since.
    func owns(_ name: String, bytes: [UInt8]) -> Bool {
        let sum = Self.checksum(bytes)
        return files[name] == sum || pending[name] == sum
    }

    /// The manifest in `folder`; an absent, unreadable or foreign manifest is empty, so nothing in the
    /// folder counts as csa's.
    static func read(folder: String) -> PaperManifest {
        guard let bytes = try? POSIXFiles.readFile(folder + "/" + fileName, shown: folder),
              let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              object["generator"] as? String == "csa", let files = object["files"] as? [String: String] else { return PaperManifest(files: [:]) }
        let pending = object["pending"] as? [String: String] ?? [:]
        return PaperManifest(files: files.filter { isFileName($0.key) }, pending: pending.filter { isFileName($0.key) })
    }

    /// A name csa may write in the folder: no folders, no hidden files.
    private static func isFileName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.hasPrefix(".")
    }

    var bytes: [UInt8] {
        func object(_ entries: [String: String]) -> String {
            entries.isEmpty ? "{}" : "{" + entries.sorted { $0.key < $1.key }.map { "\n    \(JSONText.quoted($0.key)) : \"\($0.value)\"" }
                .joined(separator: ",") + "\n  }"
        }
        var text = "{\n  \"generator\" : \"csa\",\n  \"files\" : \(object(files))"
        if !pending.isEmpty { text += ",\n  \"pending\" : \(object(pending))" }
        return Array((text + "\n}\n").utf8)
    }

    /// FNV-1a (64-bit) of the bytes, as 16 hex digits: enough to tell a file csa wrote from one changed since.
    static func checksum(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
