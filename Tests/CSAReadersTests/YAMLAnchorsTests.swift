import CSAModel
@testable import CSAReaders
import Testing
import Yams

/// YAML anchors and aliases are refused, at the anchor, in one step per node written, however the
/// aliases multiply (as values or as keys); text that only looks like them is read as it is.
@Suite struct YAMLAnchorsTests {
    let source = YAMLFile(file: "themes.yml", lineOffset: 0)

    /// Ten lines, each naming the one before ten times: read as written, 10^9 values.
    static func aliasBomb(keys: Bool) -> String {
        var lines = ["- id: &a \"lol\"", "  title: &b [" + Array(repeating: "*a", count: 10).joined(separator: ", ") + "]"]
        let names = Array("bcdefghij")
        for i in 1..<names.count {
            lines.append("  field\(i): &\(names[i]) [" + Array(repeating: "*\(names[i - 1])", count: 10).joined(separator: ", ") + "]")
        }
        if keys { lines += ["  ? *j", "  : one", "  ? *j", "  : two"] } else { lines.append("  last: *j") }
        return lines.joined(separator: "\n") + "\n"
    }

    func refusal(_ text: String) throws -> Diagnostic {
        guard case .failure(let diagnostic) = source.parse(text) else {
            Issue.record("read without an error: \(text)")
            throw CancellationError()
        }
        return diagnostic
    }

    /// Read as written, either would not end: the time limit turns that into a failure rather than a hang.
    @Test(.timeLimit(.minutes(1)), arguments: [false, true]) func aliasesOfAliasesAreRefusedAtTheFirstAnchor(keys: Bool) throws {
        let diagnostic = try refusal(Self.aliasBomb(keys: keys))
        #expect(diagnostic.location == SourceLocation(file: "themes.yml", line: 1, column: 7))
        #expect(diagnostic.message == "YAML anchors and aliases ('&a' here, used as '*a') are not read in content files (this file has 9 more)")
        #expect(diagnostic.hint == "write the value out in full in each place it is needed, and remove the '&name' and '*name' marks")
    }

    @Test func aDuplicateMadeWithAnAliasIsRefusedAtTheAnchor() throws {
        let diagnostic = try refusal("- &first\n  id: ncasb-01\n  title: One\n- *first\n")
        #expect(diagnostic.location == SourceLocation(file: "themes.yml", line: 1, column: 3))
        #expect(diagnostic.message.contains("'&first'"))
    }

    @Test func aMergeKeyIsRefusedAtItsAnchor() throws {
        let diagnostic = try refusal("- &base\n  lead: kcc\n- <<: *base\n  id: two\n")
        #expect(diagnostic.location == SourceLocation(file: "themes.yml", line: 1, column: 3))
    }

    @Test func anAnchorWithNoAliasIsRefusedToo() throws {
        let diagnostic = try refusal("- id: &one one\n  title: One\n")
        #expect(diagnostic.location == SourceLocation(file: "themes.yml", line: 1, column: 7))
        #expect(diagnostic.message.contains("'&one'"))
    }

    @Test func textThatOnlyLooksLikeAnchorsIsRead() throws {
        let text = """
            - id: one
              title: "Kent & Medway &partners"
              description: |
                R&D, **bold** and *all* districts,
                &nbsp; *emphasis* at a line's start.
              lead: Fish &chips
            """
        let node = try source.parse(text).get()
        guard case .sequence(let items)? = node, case .mapping(let item)? = items.first else {
            Issue.record("not a list of one mapping"); return
        }
        #expect(item["title"]?.string == "Kent & Medway &partners")
        #expect(item["description"]?.string == "R&D, **bold** and *all* districts,\n&nbsp; *emphasis* at a line's start.\n")
        #expect(item["lead"]?.string == "Fish &chips")
    }

    @Test func theFirstLookFindsAnchorsOnlyWithAliases() {
        #expect(YAMLAnchors.firstAnchorWithAliases("a: &x 1\nb: *x\n")! == (1, 4, "x", 0))
        #expect(YAMLAnchors.firstAnchorWithAliases("a: &x 1\nb: &y [*x]\nc: &x 2\n")! == (1, 4, "x", 1))
        #expect(YAMLAnchors.firstAnchorWithAliases("a: &x 1\n") == nil)
        #expect(YAMLAnchors.firstAnchorWithAliases("a: *x\n") == nil)
        #expect(YAMLAnchors.firstAnchorWithAliases("a: R&D *x\n") == nil)
        #expect(YAMLAnchors.firstAnchorWithAliases("[&x 1, *x]")! == (1, 2, "x", 0))
        #expect(YAMLAnchors.withoutAliases("a: [*x, 2*3]") == "a: [xx, 2x3]")
    }
}
