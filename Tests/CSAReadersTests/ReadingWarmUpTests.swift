import Foundation
import Testing
@testable import CSAReaders

/// The warm-up a reading command starts while its arguments are read changes nothing a reading gives,
/// and makes no file.
@Suite struct ReadingWarmUpTests {
    @Test func aReadingIsTheSameAfterTheWarmUp() throws {
        let fixture = try ContentFixture(replacing: [:])
        defer { fixture.remove() }
        let before = fixture.read()
        let folder = FileManager.default.currentDirectoryPath
        let filesBefore = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        ReadingWarmUp.run()
        let after = fixture.read()
        #expect(after.publication == before.publication)
        #expect(after.publication != nil)
        #expect(after.diagnostics.all.map(\.description) == before.diagnostics.all.map(\.description))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == filesBefore)
    }
}
