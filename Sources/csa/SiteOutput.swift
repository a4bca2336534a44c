import CSASite
import Foundation

/// Writes the built site to disk all at once: into a new folder beside the output, which replaces
/// the old output only when every file was written. A failed build leaves the old site as it was.
enum SiteOutput {
    static func replace(_ output: String, with files: [OutputFile], finishing: (URL) throws -> Void = { _ in }) throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).csa-new-\(pid)")
        let retired = parent.appendingPathComponent(".\(name).csa-old-\(pid)")
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        try? fm.removeItem(at: staging)
        do {
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
            if fm.fileExists(atPath: staging.path) == false {
                try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            }
            try finishing(staging)
            if fm.fileExists(atPath: target.path) {
                try fm.moveItem(at: target, to: retired)
                do {
                    try fm.moveItem(at: staging, to: target)
                } catch {
                    try? fm.moveItem(at: retired, to: target)
                    throw error
                }
                try fm.removeItem(at: retired)
            } else {
                try fm.moveItem(at: staging, to: target)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }
}
