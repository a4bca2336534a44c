@testable import csa
import Foundation
import Testing

/// `csa diff --output FILE` replacing a file: never one the user may not write, always keeping the
/// permissions of the one it replaces; and the real reason for a place no file can be written.
@Suite struct DiffOutputTests {
    static let content = CSAProgram.packageRoot.appendingPathComponent("Content").path

    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test(arguments: [0o444, 0o400, 0o555, 0o000])
    func aFileTheUserMayNotWriteIsRefusedAndKept(_ mode: Int) throws {
        let dir = try DiffCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("ro.txt").path
        try Data("my notes".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        // Directly, and through a symbolic link.
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.txt").path, withDestinationPath: path)
        for given in ["ro.txt", "link.txt"] {
            let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--content", Self.content, "--output", given], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == "error: --output '\(given)' is a read-only file, which csa diff will not replace\n"
                    + "    hint: if you mean to replace it, make it writable first (chmod u+w '\(given)'), or name a file, such as --output changes.txt\n")
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["link.txt", "ro.txt"])
    }

    /// A user who may write the folder but not the file (another's, 0644) is refused too, though the
    /// system would let the file be renamed over. As root the run is made as `nobody`.
    @Test func anotherUsersFileInAFolderTheUserMayWriteIsRefused() throws {
        let dir = try DiffCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dir.path)
        let path = dir.appendingPathComponent("theirs.txt").path
        try Data("their notes".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let arguments = ["diff", "2018-19", "2024-25", "--content", Self.content, "--output", "theirs.txt"]
        guard getuid() == 0 else { return }   // only root can make a file another user may not write
        let asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", CSAProgram.executable.path]
        let result = try CSAProgram.run(URL(fileURLWithPath: "/usr/bin/setpriv"), asNobody + arguments, in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: --output 'theirs.txt' is a read-only file, which csa diff will not replace\n"), "\(result.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "their notes")
        // A file of its own that it may write is replaced, as ever.
        let mine = try CSAProgram.run(URL(fileURLWithPath: "/usr/bin/setpriv"), asNobody + arguments.dropLast() + ["mine.txt"], in: dir)
        #expect(mine.status == 0, "\(mine.stderr)")
    }

    @Test(arguments: [0o600, 0o640, 0o664, 0o755, 0o604])
    func aReplacedFileKeepsItsPermissions(_ mode: Int) throws {
        let dir = try DiffCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("changes.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--output", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.mode(path) == mode)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("{\"format\":\"csa-diff\""))
        // Through a symbolic link, the file it leads to is replaced and keeps its permissions.
        let link = dir.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        #expect(try CSAProgram.run(["diff", "2011-14", "2018-19", "--output", link]).status == 0)
        #expect(try Self.mode(path) == mode)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == path)
    }

    @Test func aPlaceOnTheKernelsFileSystemsSaysSo() throws {
        for (given, folder, system) in [("/proc/version", "/proc", "proc"), ("/proc/sys/kernel/hostname", "/proc/sys/kernel", "proc"),
                                        ("/proc/new.txt", "/proc", "proc"), ("/sys/kernel/changes.txt", "/sys/kernel", "sysfs")] {
            let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--output", given])
            #expect(result.status == 1)
            #expect(result.stderr == "error: --output '\(given)' is in \(folder), on the kernel's \(system) file system, which holds no files of yours\n"
                    + "    hint: name a file in an ordinary folder, such as --output changes.txt\n")
        }
        #expect(KernelFileSystem.named(at: "/proc") == "proc")
        #expect(KernelFileSystem.named(at: FileManager.default.temporaryDirectory.path) == nil)
    }
}
