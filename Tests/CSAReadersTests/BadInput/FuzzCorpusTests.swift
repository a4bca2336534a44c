import CSAModel
import CSAReaders
import Foundation
import Testing

/// Replays every input the fuzzer kept (`Tests/Fuzz/corpus/`) and every crash it found, now fixed
/// (`Tests/Fuzz/regressions/`), through the chapter reader and each YAML reader: none may crash, every
/// diagnostic must name the file and a place in it, every error must have a hint, and a reader that gives
/// nothing must say why.
@Suite struct FuzzCorpusTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz")

    static func inputs(_ folder: String) throws -> [URL] {
        let dir = fuzzFolder.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { dir.appendingPathComponent($0) }
    }

    func replay(_ inputs: [URL]) throws {
        let files = try ContentFile()
        defer { files.remove() }
        for input in inputs {
            let bytes = try [UInt8](Data(contentsOf: input))
            for kind in ContentFile.Kind.allCases {
                let reading = try files.read(bytes, as: kind)
                for diagnostic in reading.diagnostics.all {
                    #expect(diagnostic.location.file == kind.fileName && diagnostic.location.line >= 1 && diagnostic.location.column >= 1
                            && !diagnostic.message.isEmpty, "\(input.lastPathComponent) as \(kind): \(diagnostic)")
                    // Every error says what to do about it.
                    #expect(diagnostic.severity == .warning || BadInput.hasUsefulHint(diagnostic), "\(input.lastPathComponent) as \(kind): \(diagnostic)")
                }
                // A list file may hold no items and be right; a single file that gives nothing must say why.
                if [.site, .edition, .chapter].contains(kind) {
                    #expect(reading.read || reading.diagnostics.hasErrors, "\(input.lastPathComponent) as \(kind) gave nothing and no error")
                }
            }
        }
    }

    @Test func keptCorpusReadsOrGivesLocatedErrors() throws {
        let inputs = try Self.inputs("corpus")
        #expect(inputs.count >= 20)
        try replay(inputs)
    }

    @Test func fixedCrashesReadOrGiveLocatedErrors() throws {
        let inputs = try Self.inputs("regressions")
        #expect(inputs.map(\.lastPathComponent).contains("deep-quotes.md"))
        try replay(inputs)
    }

    @Test func deepQuotesRegressionGivesTheNestingError() throws {
        let files = try ContentFile()
        defer { files.remove() }
        let bytes = try [UInt8](Data(contentsOf: Self.fuzzFolder.appendingPathComponent("regressions/deep-quotes.md")))
        let reading = try files.read(bytes, as: .chapter)
        #expect(reading.diagnostics.all.map(\.description) == [
            "01-introduction.md:8:101: error: chapter nests block quotes and lists 40000 levels deep; at most 100 levels are allowed\n"
                + "    hint: a line starting with many '>' or list markers nests that many levels; flatten the quotes and lists",
        ])
    }
}
