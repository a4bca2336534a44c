#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel
import CSASite
import Foundation

/// Writes `csa paper --output DIR`: the paper's files (`<id>.html`, `<id>.docx`, `<id>.pdf`) into a
/// folder, each replaced in one step (written beside it, then renamed over it).
///
/// It never overwrites what csa did not write: the folder keeps `.csa-papers.json`, the files csa
/// wrote there with a checksum of each, and a file already there is replaced only when it is one
/// of those and is unchanged since (so a Word document a clerk has edited is never lost). The
/// folder is made when it is absent (its parent must exist); a folder inside the content folder or
/// a site csa built (which `csa build` owns) is refused.
struct PaperOutput {
    static let manifestName = ".csa-papers.json"

    /// The folder, resolved.
    let folder: String
    /// The folder as the user wrote it, for messages.
    let shown: String

    static func prepare(_ given: String, content: String) throws -> PaperOutput {
        let quoted = "--output '\(DisplayText.escaped(given))'"
        guard !given.isEmpty else { throw CommandError("--output is empty; name the folder to write the paper into, such as --output papers") }
        let cwd = POSIXFiles.currentFolder()
        let absolute = given.hasPrefix("/") ? given : (cwd == "/" ? "" : cwd) + "/" + given
        switch try POSIXFiles.kind(absolute, shown: given) {
        case .missing:
            let parent = OutputTarget.parentFolder(of: absolute)
            guard BuildFolders.isFolder(parent) else {
                throw CommandError("\(quoted): the folder \(DisplayText.escaped(parent)) does not exist; create it first or name a folder in another place")
            }
            try POSIXFiles.makeFolder(absolute, shown: given)
        case .folder, .link:
            guard BuildFolders.isFolder(absolute) else {
                throw CommandError("\(quoted) is not a folder; csa paper writes its files into a folder, such as --output papers")
            }
        case .file, .other:
            throw CommandError("\(quoted) is not a folder; csa paper writes its files into a folder, such as --output papers")
        }
        guard let real = POSIXFiles.realPath(absolute) else {
            throw CommandError("\(quoted) cannot be resolved; name another folder")
        }
        if let contentPath = POSIXFiles.realPath(content), real == contentPath || real.hasPrefix(contentPath + "/") {
            throw CommandError("\(quoted) is inside the content folder \(DisplayText.escaped(content)), where csa check would report its files; write them somewhere else, such as --output papers")
        }
        if try POSIXFiles.kind(real + "/" + SiteManifest.fileName, shown: given) != .missing {
            throw CommandError("\(quoted) is a site csa built, whose papers csa build writes; name another folder, such as --output papers")
        }
        return PaperOutput(folder: real, shown: given)
    }

    /// Writes the files (name → bytes); refuses before writing anything when one of them is there
    /// and is not csa's own unchanged file.
    func write(_ files: [(name: String, bytes: [UInt8])]) throws {
        var manifest = readManifest()
        for file in files {
            let path = folder + "/" + file.name
            let shownPath = shown + "/" + file.name
            switch try POSIXFiles.kind(path, shown: shownPath) {
            case .missing:
                continue
            case .file:
                let bytes = try POSIXFiles.readFile(path, shown: shownPath)
                if manifest[file.name] == PaperOutput.checksum(bytes) { continue }
                throw CommandError("\(DisplayText.escaped(shownPath)) is already there and csa did not write it, or it was changed after csa wrote it; "
                                   + "move it away (or delete it) first, or choose another --output folder")
            default:
                throw CommandError("\(DisplayText.escaped(shownPath)) is already there and is not a plain file; move it away first, or choose another --output folder")
            }
        }
        for file in files {
            try replace(file.name, with: file.bytes)
            manifest[file.name] = PaperOutput.checksum(file.bytes)
        }
        try replace(PaperOutput.manifestName, with: PaperOutput.manifestBytes(manifest))
    }

    private func replace(_ name: String, with bytes: [UInt8]) throws {
        let temporary = folder + "/." + name + ".csa-paper-\(getpid())"
        _ = unlink(temporary)   // a leftover of an earlier run killed part way (a file; never a folder)
        try POSIXFiles.createFile(temporary, bytes: bytes, mode: 0o644, shown: shown + "/" + name)
        do {
            try POSIXFiles.move(temporary, to: folder + "/" + name, shown: shown + "/" + name)
        } catch {
            _ = unlink(temporary)
            throw error
        }
    }

    /// The manifest's files and checksums; an unreadable or foreign manifest is treated as empty,
    /// so nothing in the folder counts as csa's.
    private func readManifest() -> [String: String] {
        guard let bytes = try? POSIXFiles.readFile(folder + "/" + PaperOutput.manifestName, shown: shown),
              let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              object["generator"] as? String == "csa", let files = object["files"] as? [String: String] else { return [:] }
        return files.filter { !$0.key.contains("/") && !$0.key.hasPrefix(".") }
    }

    static func manifestBytes(_ files: [String: String]) -> [UInt8] {
        var text = "{\n  \"generator\" : \"csa\",\n  \"files\" : {"
        text += files.sorted { $0.key < $1.key }.map { "\n    \(JSONText.quoted($0.key)) : \"\($0.value)\"" }.joined(separator: ",")
        text += files.isEmpty ? "}\n}\n" : "\n  }\n}\n"
        return Array(text.utf8)
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
