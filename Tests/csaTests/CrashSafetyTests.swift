#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// A build killed at any moment, and builds run at the same time, never leave a half site: the output
/// is always the complete old site or the complete new one, and the next build cleans up.
@Suite struct CrashSafetyTests {
    static let bases = ["https://one.example/", "https://two.example/"]

    /// Clean builds with each base address, to compare against.
    static func references(_ s: Sandbox) throws -> [[String: Data]] {
        try bases.indices.map { i in
            let result = try s.build(["--output", "../ref\(i)", "--base-url", bases[i]])
            #expect(result.status == 0, "\(result.stderr)")
            return try SiteTree(s.root.appendingPathComponent("ref\(i)")).files
        }
    }

    @Test func killedAtAnyMomentLeavesTheOldOrTheNewSite() throws {
        let s = try Sandbox()
        let refs = try Self.references(s)
        #expect(refs[0] != refs[1])
        // The shortest of three builds (the machine may be busy) is the span the kills are spread over.
        var duration = Double.infinity
        for _ in 0..<3 {
            let started = Date()
            #expect(try s.build(["--output", "Site", "--base-url", Self.bases[0]]).status == 0)
            duration = min(duration, Date().timeIntervalSince(started))
        }
        let site = s.project.appendingPathComponent("Site")

        // Half the kills spread over the whole build, half over its second part, where the files are
        // written and swapped in.
        let rounds = 40, half = 20
        var delays: [Double] = []
        for i in 0..<half { delays.append(duration * Double(i) / Double(half - 1)) }
        for i in 0..<half { delays.append(duration * (0.5 + 0.5 * Double(i) / Double(half - 1))) }
        var current = 0, killed = 0
        for (round, delay) in delays.enumerated() {
            let next = 1 - current
            let build = try CSAProgram.start(["build", "--quiet", "--output", "Site", "--base-url", Self.bases[next]], in: s.project)
            usleep(UInt32(delay * 1_000_000))
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            if build.terminationReason == .uncaughtSignal { killed += 1 }
            let now = try SiteTree(site).files
            if now == refs[next] {
                current = next
            } else {
                let isOld = now == refs[current]
                #expect(isOld, "round \(round), killed after \(delay)s: the output (\(now.count) files) is neither the old nor the new site")
            }
        }
        #expect(killed >= rounds / 4, "a good share of the builds should have been killed before they finished (\(killed) of \(rounds))")

        let result = try s.build(["--output", "Site", "--base-url", Self.bases[0]])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try SiteTree(site).files == refs[0])
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.project.path).sorted() == ["Content", "Site", "Templates"],
                "no staging folder or lock file is left")
    }

    @Test func threeBuildsAtOnceEndCleanly() throws {
        let s = try Sandbox()
        let refs = try Self.references(s)
        let site = s.project.appendingPathComponent("Site")
        // Into a new folder, then over the site the first round made.
        for round in 0..<2 {
            let pipes = (0..<3).map { _ in Pipe() }
            let builds = try pipes.map { try CSAProgram.start(["build", "--quiet", "--output", "Site", "--base-url", Self.bases[0]], in: s.project, stderr: $0) }
            for (build, pipe) in zip(builds, pipes) {
                let stderr = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                build.waitUntilExit()
                #expect(build.terminationStatus == 0, "round \(round): \(stderr)")
                #expect(stderr == "" || stderr == "waiting for another csa build of Site to finish\n", "round \(round): \(stderr)")
            }
            #expect(try SiteTree(site).files == refs[0])
            #expect(try FileManager.default.contentsOfDirectory(atPath: s.project.path).sorted() == ["Content", "Site", "Templates"])
        }
    }
}
