import CSADocx
import Foundation
import Testing
import TestSupport
import ZIPFoundation

/// The ZIP container: identical input gives identical bytes, entries in the parts' order with a
/// fixed date, and the ZIP reads back to exactly the parts.
@Suite struct ContainerTests {
    @Test func identicalDocumentsGiveIdenticalBytes() throws {
        let fixture = try Fixture()
        let first = try DocxWriter().data(for: SampleDocuments.trackedChanges(fixture))
        let second = try DocxWriter().data(for: SampleDocuments.trackedChanges(fixture))
        #expect(first == second)
        #expect(first.count > 1_000)
        let other = try DocxWriter().data(for: SampleDocuments.committeePaper(fixture))
        #expect(first != other)
    }

    @Test func zipReadsBackToThePartsInOrderWithAFixedDate() throws {
        let fixture = try Fixture()
        let document = SampleDocuments.trackedChanges(fixture)
        let parts = DocxWriter().parts(for: document)
        let data = try DocxWriter().data(for: document)
        let archive = try Archive(data: data, accessMode: .read)
        var entries: [(String, String)] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            entries.append((entry.path, String(decoding: bytes, as: UTF8.self)))
            #expect(entry.type == .file)
        }
        #expect(entries.map(\.0) == parts.map(\.path))
        #expect(entries.map(\.1) == parts.map(\.content))
        // The local header of the first entry: signature, then at offset 10 the DOS time and date
        // (00:00:00 and 1980-01-01 = 0x0000 and 0x0021), then "[Content_Types].xml" at offset 30.
        let bytes = [UInt8](data)
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes[10..<14]) == [0x00, 0x00, 0x21, 0x00])
        #expect(String(decoding: bytes[30..<49], as: UTF8.self) == "[Content_Types].xml")
    }

    @Test func everyPartIsWellFormedXML() throws {
        let fixture = try Fixture()
        for document in SampleDocuments.all(fixture).map(\.document) {
            for part in DocxWriter().parts(for: document) {
                #expect(throws: Never.self, "\(part.path)") { try XMLTree.parse(part.content) }
            }
        }
    }
}
