import CSADiff
import CSADiffText
import CSAReaders
import Foundation
import Testing

/// `csa diff --format json` output is valid against `docs/diff.schema.json` (checked with Python's
/// `jsonschema`, Draft 2020-12: the project's `.venv` that `make test-deps` makes, or `python3` on the
/// PATH); a missing validator fails the test. A document the schema must refuse is refused, so the check is real.
@Suite struct DiffSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The first Python that has `jsonschema`: the project's `.venv` (which `make test-deps` fills), then
    /// `python3` on the PATH. None is an error, so the test fails rather than skips.
    static func validator() throws -> URL {
        var candidates = [root.appendingPathComponent(".venv/bin/python").path]
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") { candidates.append("\(folder)/python3") }
        for path in candidates where FileManager.default.isExecutableFile(atPath: path) {
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: path)
            probe.arguments = ["-c", "import jsonschema"]
            probe.standardOutput = FileHandle.nullDevice
            probe.standardError = FileHandle.nullDevice
            try probe.run()
            probe.waitUntilExit()
            if probe.terminationStatus == 0 { return URL(fileURLWithPath: path) }
        }
        throw NoValidator()
    }

    struct NoValidator: Error, CustomStringConvertible {
        var description: String { "no Python with jsonschema: run make test-deps (it installs it into .venv), or pip install jsonschema" }
    }

    /// Runs the validator on each JSON text; returns its output and exit status.
    static func validate(_ documents: [String]) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csa-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, document) in documents.enumerated() {
            let path = folder.appendingPathComponent("\(index).json").path
            try Data(document.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let process = Process()
        process.executableURL = try validator()
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            bad = 0
            for path in sys.argv[2:]:
                for error in validator.iter_errors(json.load(open(path))):
                    bad += 1
                    print(path, list(error.absolute_path), error.message[:200])
            sys.exit(1 if bad else 0)
            """
        process.arguments = ["-c", script, root.appendingPathComponent("docs/diff.schema.json").path] + paths
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func outputsAreValid() throws {
        let publication = try #require(ContentReader.read(contentDirectory: Self.root.appendingPathComponent("Content").path).publication)
        var documents = [DiffJSONWriter.write(try SmallComparison.comparison())]
        for (old, new) in [("2011-14", "2018-19"), ("2018-19", "2024-25"), ("2024-25", "2011-14")] {
            documents.append(DiffJSONWriter.write(try EditionComparison.compare(publication, old: old, new: new)))
        }
        // Narrowed to one chapter (--chapter): no data, and the chapter named.
        documents.append(DiffJSONWriter.write(try #require(try EditionComparison.compare(publication, old: "2018-19", new: "2024-25")
            .narrowed(toChapter: "priorities"))))
        let result = try Self.validate(documents)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.isEmpty)
    }

    @Test func schemaRefusesWrongDocuments() throws {
        let good = DiffJSONWriter.write(try SmallComparison.comparison())
        let wrongFormat = good.replacingOccurrences(of: "\"format\":\"csa-diff\"", with: "\"format\":\"csa-dif\"")
        let wrongPiece = good.replacingOccurrences(of: "\"change\":\"inserted\"", with: "\"change\":\"added\"")
        #expect(wrongFormat != good && wrongPiece != good)
        let format = try Self.validate([wrongFormat])
        #expect(format.status == 1)
        #expect(format.output.contains("['format'] 'csa-diff' was expected"))
        let piece = try Self.validate([wrongPiece])
        #expect(piece.status == 1)
        #expect(piece.output.contains("'change': 'added'"))
        // A whole comparison must have its data; one narrowed to a chapter must not.
        let noItems = good.replacing(#/,"items":\{.*?\},"actions"/#, with: ",\"actions\"")
        let narrowed = DiffJSONWriter.write(try #require(try SmallComparison.comparison().narrowed(toChapter: "introduction")))
        let narrowedWithData = narrowed.replacingOccurrences(of: ",\"summary\":", with: ",\"items\":{\"links\":[],\"added\":[],\"removed\":[]},\"summary\":")
        #expect(noItems != good && narrowedWithData != narrowed)
        #expect(try Self.validate([noItems]).status == 1)
        #expect(try Self.validate([narrowedWithData]).status == 1)
        #expect(try Self.validate([narrowed]).status == 0)
    }
}
