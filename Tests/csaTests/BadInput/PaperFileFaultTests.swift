@testable import csa
import Foundation
import Testing

/// `csa paper --output` on a disk that fills up at every step of the writing: the run fails with one
/// line and a hint, and leaves the output exactly as it was (no file of the run, no temporary file, no
/// folder it made), so that once there is room the same command works. The disks are tmpfs file systems
/// in a private mount namespace, as in `FileFaultTests`, limited in inodes (each file the run makes takes
/// one, so each step fails in turn) and in bytes (a file fails part way through its bytes).
@Suite struct PaperFileFaultTests {
    static let files = [".csa-papers.json", "update.docx", "update.html", "update.pdf"]

    /// What a run makes, in order, in an absent output folder: the folder, then each file in full beside
    /// its place (the manifest listing the files as pending, the three files, the final manifest).
    static let steps = [("create the folder", ""), ("write", "/.csa-papers.json"), ("write", "/update.html"),
                        ("write", "/update.docx"), ("write", "/update.pdf"), ("write", "/.csa-papers.json")]

    /// A sandbox with the paper, an older version of it in `OldContent`, a fast fake WeasyPrint, and the
    /// old paper's files written with a file of the user's into `keep/start`.
    func sandbox() throws -> Sandbox {
        let s = try Sandbox()
        try s.write(PaperCommandTests.paper, to: "project/Content/papers/update.md")
        try FileManager.default.copyItem(atPath: s.project.path + "/Content", toPath: s.project.path + "/OldContent")
        try s.write(PaperCommandTests.paper.replacingOccurrences(of: "subject: Agreement update", with: "subject: Agreement update, draft"),
                    to: "project/OldContent/papers/update.md")
        try s.write("#!/bin/sh\nfor last; do :; done\nprintf '%%PDF-1.7\\n%%%%EOF\\n' > \"$last\"\n", to: "bin/weasyprint")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: s.root.path + "/bin/weasyprint")
        try s.makeFolder("keep")
        let start = try CSAProgram.run(["paper", "update", "--content", "OldContent", "--output", s.root.path + "/keep/start"], in: s.project,
                                       environment: ["CSA_WEASYPRINT": s.root.path + "/bin/weasyprint"])
        #expect(start.status == 0)
        try s.write("mine\n", to: "keep/start/keep.txt")
        return s
    }

    /// Runs csa paper into `$mnt/out` for each limit, starting from no folder (`absent`) or from
    /// `keep/start` (`existing`); keeps what each run left and what a rerun with room made.
    func run(_ s: Sandbox, limit: String, values: [Int]) throws -> CSAProgram.Result {
        try CSAProgram.run(FileFaultTests.unshare, ["-rm", FileFaultTests.sh.path, "-c", """
            set -e
            mnt=$1 csa=$2 keep=$3
            mount -t tmpfs -o size=8m,nr_inodes=1000 tmpfs "$mnt"
            # A page in use, so that a size limit is never 0 (which tmpfs takes for no limit).
            head -c 4096 /dev/zero > "$mnt/filler"
            for case in absent existing; do
              for free in \(values.map(String.init).joined(separator: " ")); do
                out="$keep/$case-$free"; mkdir "$out"
                rm -rf "$mnt/out"
                if [ $case = existing ]; then cp -a "$keep/start" "$mnt/out"; fi
                if [ \(limit) = inodes ]; then
                  mount -o remount,nr_inodes=$(( $(stat -f -c %c "$mnt") - $(stat -f -c %d "$mnt") + free )) "$mnt"
                else
                  mount -o remount,size=$(( ($(stat -f -c %b "$mnt") - $(stat -f -c %f "$mnt") + free) * 4096 )) "$mnt"
                fi
                set +e
                "$csa" paper update --output "$mnt/out" 2> "$out/stderr"; echo $? > "$out/status"
                set -e
                mount -o remount,size=8m,nr_inodes=1000 "$mnt"
                ls -A "$mnt" | grep -vx filler > "$out/top" || true
                if [ -d "$mnt/out" ]; then cp -a "$mnt/out" "$out/after"; fi
                set +e
                "$csa" paper update --output "$mnt/out" 2> "$out/rerun-stderr"; echo $? > "$out/rerun-status"
                set -e
                cp -a "$mnt/out" "$out/rerun"
              done
            done
            """, "sh", s.root.appendingPathComponent("mnt").path, CSAProgram.executable.path, s.root.appendingPathComponent("keep").path],
            in: s.project, environment: ["CSA_WEASYPRINT": s.root.path + "/bin/weasyprint"])
    }

    func text(_ s: Sandbox, _ relative: String) throws -> String {
        try String(contentsOfFile: s.root.path + "/keep/" + relative, encoding: .utf8)
    }

    /// The folder holds the paper's three files, complete and recorded in the manifest, and the user's file if it had one.
    /// After a failed run: an output folder that was there is exactly as it was; one that was not is still not.
    func expectAsItWas(_ s: Sandbox, _ name: String, existing: Bool, _ comment: Comment) throws {
        if existing {
            #expect(Sandbox.changes(s.snapshot("keep/start"), s.snapshot("keep/\(name)/after")) == [], comment)
        } else {
            #expect(try text(s, name + "/top") == "", comment)
        }
    }

    func expectComplete(_ s: Sandbox, _ relative: String, userFile: Bool, _ comment: Comment) throws {
        let folder = s.root.path + "/keep/" + relative
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == (userFile ? Self.files + ["keep.txt"] : Self.files).sorted(), comment)
        var recorded: [String: String] = [:]
        for name in Self.files.dropFirst() {
            recorded[name] = PaperManifest.checksum(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))
        }
        #expect(try text(s, relative + "/.csa-papers.json") == String(decoding: PaperManifest(files: recorded).bytes, as: UTF8.self), comment)
        let html = try text(s, relative + "/update.html")
        #expect(html.contains("Agreement update") && !html.contains("Agreement update, draft"), comment)
        if userFile { #expect(try text(s, relative + "/keep.txt") == "mine\n", comment) }
    }

    @Test(.enabled(if: FileFaultTests.canMountTmpfs)) func everyStepCanFailAndLeavesTheOutputAsItWas() throws {
        let s = try sandbox()
        try s.makeFolder("mnt")
        let result = try run(s, limit: "inodes", values: Array(0...Self.steps.count))
        #expect(result.status == 0, "\(result.stderr)")
        let mnt = s.root.path + "/mnt"
        for existing in [false, true] {
            let steps = existing ? Array(Self.steps.dropFirst()) : Self.steps
            for free in 0...Self.steps.count {
                let name = "\(existing ? "existing" : "absent")-\(free)", comment: Comment = "\(name)"
                if free < steps.count {
                    let (action, file) = steps[free]
                    #expect(try text(s, name + "/status") == "1\n", comment)
                    #expect(try text(s, name + "/stderr") == "error: cannot \(action) \(mnt)/out\(file): the disk is full; "
                        + (existing ? "\(mnt)/out was left as it was" : "nothing was written")
                        + "\n    hint: free some space on that disk, or choose a place on another one\n", comment)
                    try expectAsItWas(s, name, existing: existing, comment)
                } else {
                    #expect(try text(s, name + "/status") == "0\n", comment)
                    #expect(try text(s, name + "/stderr") == "", comment)
                    try expectComplete(s, name + "/after", userFile: existing, comment)
                }
                // With room again, the same command works.
                #expect(try text(s, name + "/rerun-status") == "0\n", comment)
                #expect(try text(s, name + "/rerun-stderr") == "", comment)
                try expectComplete(s, name + "/rerun", userFile: existing, comment)
            }
        }
    }

    /// A disk that fills up part way through a file's bytes, at several places.
    @Test(.enabled(if: FileFaultTests.canMountTmpfs)) func aFileCutShortLeavesTheOutputAsItWas() throws {
        let s = try sandbox()
        try s.makeFolder("mnt")
        let pages = [0, 1, 3, 6, 9, 12, 16, 24]
        let result = try run(s, limit: "size", values: pages)
        #expect(result.status == 0, "\(result.stderr)")
        let mnt = s.root.path + "/mnt"
        var failedAt: Set<String> = []
        for existing in [false, true] {
            for free in pages {
                let name = "\(existing ? "existing" : "absent")-\(free)", comment: Comment = "\(name)"
                if try text(s, name + "/status") == "1\n" {
                    let stderr = try text(s, name + "/stderr")
                    let fault = try #require(stderr.components(separatedBy: ": the disk is full").first, comment)
                    failedAt.insert(fault)
                    #expect(fault.hasPrefix("error: cannot write \(mnt)/out/") || fault == "error: cannot create the folder \(mnt)/out", comment)
                    #expect(stderr.hasSuffix(": the disk is full; " + (existing ? "\(mnt)/out was left as it was" : "nothing was written")
                        + "\n    hint: free some space on that disk, or choose a place on another one\n"), comment)
                    try expectAsItWas(s, name, existing: existing, comment)
                } else {
                    #expect(try text(s, name + "/status") == "0\n", comment)
                    try expectComplete(s, name + "/after", userFile: existing, comment)
                }
                #expect(try text(s, name + "/rerun-status") == "0\n", comment)
                try expectComplete(s, name + "/rerun", userFile: existing, comment)
            }
        }
        // The limits reach past the first file: runs failed on different files, after writing some.
        #expect(failedAt.count >= 2, "\(failedAt)")
        #expect(try text(s, "existing-24/status") == "0\n", "the largest limit leaves room for the whole run")
    }
}
