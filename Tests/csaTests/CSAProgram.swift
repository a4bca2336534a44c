import Foundation

/// Runs the built `csa` program as a user would and captures what it prints.
struct CSAProgram {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `csa` binary beside the test bundle in the build folder.
    static var executable: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("csa")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/csa")
    }

    /// The Pagefind program `make deps` installs into the project's `.venv/`.
    static let pagefind = packageRoot.appendingPathComponent(".venv/bin/pagefind")
    /// The WeasyPrint program `make deps` installs into the project's `.venv/`, for the papers' PDFs.
    static let weasyPrint = packageRoot.appendingPathComponent(".venv/bin/weasyprint")

    /// The test's environment with `changes` made (a nil value removes the variable). Builds run from any
    /// folder (sandboxes too) use the project's Pagefind and WeasyPrint, which `make test` installs.
    static func environment(_ changes: [String: String?]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["CSA_PAGEFIND"] = env["CSA_PAGEFIND"] ?? pagefind.path
        env["CSA_WEASYPRINT"] = env["CSA_WEASYPRINT"] ?? weasyPrint.path
        for (key, value) in changes { env[key] = value }
        return env
    }

    /// Runs `csa` with `arguments` in `directory`; `environment` entries are added to (or, with a nil
    /// value, removed from) the test's own environment.
    static func run(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String?] = [:]) throws -> Result {
        try run(executable, arguments, in: directory, environment: environment)
    }

    /// Runs any program (`csa` through a wrapper such as `unshare` or `setpriv`) and captures what it prints.
    static func run(_ program: URL, _ arguments: [String], in directory: URL = packageRoot, environment: [String: String?] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = Self.environment(environment)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts `csa` without waiting, its output discarded (the kill and concurrency tests).
    static func start(_ arguments: [String], in directory: URL, stderr: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment([:])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr ?? FileHandle.nullDevice
        try process.run()
        return process
    }
}
