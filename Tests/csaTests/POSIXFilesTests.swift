@testable import csa
import Foundation
import Testing

/// Swapping two paths in one step, and `csa diff --output` replacing a file with it: through `CPlatform`,
/// so that the static executable swaps too (looking `renameat2` up by name found nothing there).
@Suite struct POSIXFilesTests {
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csa-posix-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func exchangeSwapsTwoFiles() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("a".utf8).write(to: URL(fileURLWithPath: dir + "/a"))
        try Data("b".utf8).write(to: URL(fileURLWithPath: dir + "/b"))
        // Linux and macOS file systems swap; where one cannot, `exchange` says so and nothing moves.
        let swapped = try POSIXFiles.exchange(dir + "/a", dir + "/b", shown: "a")
        let a = try String(contentsOfFile: dir + "/a", encoding: .utf8), b = try String(contentsOfFile: dir + "/b", encoding: .utf8)
        #expect(swapped ? (a, b) == ("b", "a") : (a, b) == ("a", "b"))
        #if os(Linux)
        #expect(swapped)
        #endif
    }

    @Test func exchangeWithAMissingPathIsAnErrorAndMovesNothing() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("a".utf8).write(to: URL(fileURLWithPath: dir + "/a"))
        #expect(throws: FileFault.self) { try POSIXFiles.exchange(dir + "/a", dir + "/missing", shown: "missing") }
        #expect(try String(contentsOfFile: dir + "/a", encoding: .utf8) == "a")
    }

    @Test func replaceSwapsAnExistingFileAndLeavesNothingBehind() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("old".utf8).write(to: URL(fileURLWithPath: dir + "/out.json"))
        try Data("new".utf8).write(to: URL(fileURLWithPath: dir + "/.out.json.tmp"))
        try DiffOutput.replace(dir + "/out.json", with: dir + "/.out.json.tmp", shown: "out.json")
        #expect(try String(contentsOfFile: dir + "/out.json", encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.json"])
    }

    @Test func replaceMovesIntoAMissingFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("new".utf8).write(to: URL(fileURLWithPath: dir + "/.out.json.tmp"))
        try DiffOutput.replace(dir + "/out.json", with: dir + "/.out.json.tmp", shown: "out.json")
        #expect(try String(contentsOfFile: dir + "/out.json", encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.json"])
    }
}
