#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// File-system faults while writing the site: a full disk, a read-only file system, a folder the user
/// may not write. Each is one sentence with the path and plain words, status 1, and the previous site
/// left exactly as it was, with no staging folder or lock file behind. The full and read-only disks are
/// small tmpfs file systems mounted in a private mount namespace (`unshare`), so no privileges are needed
/// where user namespaces are allowed; where they are not, those tests are reported as skipped.
@Suite struct FileFaultTests {
    static let unshare = URL(fileURLWithPath: "/usr/bin/unshare")
    static let sh = URL(fileURLWithPath: "/bin/sh")

    /// Whether this machine lets the tests mount a tmpfs in a private namespace.
    static let canMountTmpfs: Bool = {
        guard FileManager.default.isExecutableFile(atPath: unshare.path) else { return false }
        let probe = TempDir.make("probe")
        defer { try? FileManager.default.removeItem(at: probe) }
        guard (try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)) != nil else { return false }
        return (try? CSAProgram.run(unshare, ["-rm", sh.path, "-c", "mount -t tmpfs tmpfs \"$1\"", "sh", probe.path]))?.status == 0
    }()

    /// Runs `script` in a private mount namespace with `$1` = the sandbox's `mnt` folder (a tmpfs is
    /// mounted there by the script), `$2` = csa, `$3` = the sandbox's `keep` folder, for what the test reads afterwards.
    func inNamespace(_ s: Sandbox, _ script: String) throws -> CSAProgram.Result {
        try s.makeFolder("mnt")
        try s.makeFolder("keep")
        return try CSAProgram.run(Self.unshare, ["-rm", Self.sh.path, "-c", "set -e\n" + script, "sh",
                                                 s.root.appendingPathComponent("mnt").path, CSAProgram.executable.path,
                                                 s.root.appendingPathComponent("keep").path], in: s.project)
    }

    /// What a build creates, in order, when it replaces a site: the lock file, the staging folder, its
    /// marker, then each file of the site in path order, each preceded by the folders it needs.
    static func creations(_ files: [String]) -> [(path: String, isFolder: Bool)] {
        var steps: [(String, Bool)] = [(".Site.csa-lock", false), (".Site.csa-staging", true), (".Site.csa-staging/.csa-staging", false)]
        var folders: Set<String> = []
        for file in files.sorted() {
            var folder = ""
            for part in file.split(separator: "/").dropLast() {
                folder += (folder.isEmpty ? "" : "/") + part
                if folders.insert(folder).inserted { steps.append(("Site/" + folder, true)) }
            }
            steps.append(("Site/" + file, false))
        }
        return steps
    }

    @Test(.enabled(if: canMountTmpfs)) func diskFull() throws {
        let s = try Sandbox()
        let free = 12
        let result = try inNamespace(s, """
            mount -t tmpfs -o size=8m,nr_inodes=1000 tmpfs "$1"
            "$2" build --quiet --output "$1/Site" --base-url https://one.example/
            # Without its build cache the next build writes every file (none hard-linked), each taking an inode.
            rm "$1/Site/.csa-build-cache"
            cp -a "$1/Site" "$3/before"
            used=$(( $(stat -f -c %c "$1") - $(stat -f -c %d "$1") ))
            mount -o remount,nr_inodes=$((used + \(free))) "$1"
            set +e
            "$2" build --quiet --output "$1/Site" --base-url https://two.example/
            echo "status $?"
            cp -a "$1/." "$3/after"
            """)
        let mnt = s.root.path + "/mnt"
        let before = try SiteTree(s.root.appendingPathComponent("keep/before"))
        let listed = try #require(JSONSerialization.jsonObject(with: before.files[".csa-site.json"] ?? Data()) as? [String: Any])["files"] as? [String] ?? []
        let failing = Self.creations(listed)[free]
        #expect(failing.path.hasPrefix("Site/"), "the fault should come while writing the site")
        let action = failing.isFolder ? "create the folder" : "write"
        #expect(result.stderr == "error: cannot \(action) \(mnt)/\(failing.path): the disk is full; \(mnt)/Site was left as it was\n    hint: free some space on that disk, or choose a place on another one\n")
        #expect(result.stdout == "status 1\n")
        #expect(Sandbox.changes(s.snapshot("keep/before"), s.snapshot("keep/after/Site")) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.root.path + "/keep/after") == ["Site"])
    }

    @Test(.enabled(if: canMountTmpfs)) func readOnlyFileSystem() throws {
        let s = try Sandbox()
        let result = try inNamespace(s, """
            mount -t tmpfs -o size=8m tmpfs "$1"
            "$2" build --quiet --output "$1/Site" --base-url https://one.example/
            cp -a "$1/Site" "$3/before"
            mount -o remount,ro "$1"
            set +e
            "$2" build --quiet --output "$1/Site" --base-url https://two.example/
            echo "status $?"
            cp -a "$1/." "$3/after"
            """)
        let mnt = s.root.path + "/mnt"
        #expect(result.stderr == "error: cannot create the lock file \(mnt)/.Site.csa-lock: the file system is read-only; \(mnt)/Site was left as it was\n    hint: choose a place on a disk that can be written\n")
        #expect(result.stdout == "status 1\n")
        #expect(Sandbox.changes(s.snapshot("keep/before"), s.snapshot("keep/after/Site")) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.root.path + "/keep/after") == ["Site"])
    }

    /// A mounted file system's root cannot be swapped with a folder beside it: refused before anything is written.
    @Test(.enabled(if: canMountTmpfs)) func mountPointIsRefused() throws {
        let s = try Sandbox()
        let result = try inNamespace(s, """
            mount -t tmpfs -o size=8m tmpfs "$1"
            set +e
            "$2" build --quiet --output "$1"
            echo "status $?"
            ls -A "$1"
            """)
        let mnt = s.root.path + "/mnt"
        #expect(result.stderr == "error: --output '\(mnt)' is the root of a mounted file system, which csa cannot swap in one step; name a folder inside it, such as --output \(mnt)/Site\n")
        #expect(result.stdout == "status 1\n", "nothing written in the mounted file system")
    }

    /// A folder the user may not write into. As root the build runs as `nobody` (root may write anywhere).
    @Test func permissionDenied() throws {
        let s = try Sandbox()
        #expect(try s.build(["--output", "../ro/Site"]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: s.root.path + "/ro")
        let before = s.snapshot()
        let arguments = ["build", "--quiet", "--output", "../ro/Site", "--base-url", "https://two.example/"]
        let asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", CSAProgram.executable.path]
        let result = getuid() == 0
            ? try CSAProgram.run(URL(fileURLWithPath: "/usr/bin/setpriv"), asNobody + arguments, in: s.project)
            : try CSAProgram.run(arguments, in: s.project)
        #expect(result.stderr == "error: cannot create the lock file \(s.root.path)/ro/.Site.csa-lock: permission denied; ../ro/Site was left as it was\n    hint: check the permissions of the path and the folders on it, or choose another place\n")
        #expect(result.status == 1)
        #expect(Sandbox.changes(before, s.snapshot()) == [])
    }

    @Test func partOfThePathIsAFile() throws {
        let s = try Sandbox()
        try s.write("notes", to: "project/notes.txt")
        let before = s.snapshot()
        let result = try s.build(["--output", "notes.txt/Site"])
        #expect(result.stderr == "error: cannot look at notes.txt/Site: a part of the path is not a folder; notes.txt/Site was left as it was\n    hint: check the path: one of the folders on it is a file\n")
        #expect(result.status == 1)
        #expect(Sandbox.changes(before, s.snapshot()) == [])
    }
}
