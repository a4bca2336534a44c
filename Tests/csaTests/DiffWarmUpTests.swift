@testable import csa
import CSADiff
import CSADiffText
import CSAReaders
import Foundation
import Testing

/// The warm-up `csa diff` starts beside ArgumentParser compares its own two chapters and nothing else:
/// it makes no file, and a comparison made after it, in the same process, is the one made before it.
@Suite struct DiffWarmUpTests {
    @Test func makesNoFileAndChangesNoComparison() throws {
        let folder = FileManager.default.currentDirectoryPath
        let filesBefore = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let content = CSAProgram.packageRoot.appendingPathComponent("Content").path
        func compared() throws -> String {
            let reading = ContentReader.read(contentDirectory: content, chaptersOf: ["2018-19", "2024-25"])
            let publication = try #require(reading.publication)
            return DiffJSONWriter.write(try EditionComparison.compare(publication, old: "2018-19", new: "2024-25"))
        }
        let before = try compared()
        DiffWarmUp.run()
        DiffWarmUp.run()
        #expect(try compared() == before)
        #expect(before.contains("\"chapters\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == filesBefore)
    }
}
