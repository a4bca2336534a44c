@testable import CSASite
import Foundation
import Testing

/// The ids the templates write literally are found, so headings can be kept off them.
@Suite struct PageIDTests {
    @Test func literalIDsAreFoundAndTaggedOnesLeftOut() {
        let ids = PageIDs.literal(in: [
            "<a href=\"#main\">Skip</a><main id=\"main\">\n<h2 id=\"contents-title\">Contents</h2>",
            "<h2 id=\"{{anchor}}\">x</h2><h2 id=\"plan-{{id}}\">y</h2><p id=\"\">z</p><p data-id=\"note\">w</p><p id=\"unclosed",
        ])
        // data-id="note" ends in id="...": reserving it costs nothing and keeps the scan simple.
        #expect(ids == ["main", "contents-title", "note"])
    }

    @Test func everyLiteralIDOfTheBundledTemplatesIsFound() throws {
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates")
        let files = try FileManager.default.subpathsOfDirectory(atPath: templates.path).filter { $0.hasSuffix(".mustache") }
        let texts = try files.map { try String(contentsOf: templates.appendingPathComponent($0), encoding: .utf8) }
        let ids = PageIDs.literal(in: texts)
        #expect(ids.isSuperset(of: ["main", "contents-title", "priorities", "themes", "action-plan", "search-input"]))
        #expect(!ids.contains { $0.contains("{") })
    }
}
