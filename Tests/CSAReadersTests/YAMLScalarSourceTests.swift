import CSAModel
@testable import CSAReaders
import Testing
import Yams

/// Where a YAML scalar's characters were written: the lines a folded, plain or quoted one spans, and each
/// escape of a double-quoted one.
@Suite struct YAMLScalarSourceTests {
    static let text = """
        - id: one
          description: >
            Folded text
            on two lines.

            A second paragraph.
          title: "Line one\\n
            line \\x07two\\a"
          lead: 'it''s
            here'
          summary: plain text
            going on
        - id: two

        """
    let lines = SourceLines(of: Self.text)

    func source(_ line: Int, _ column: Int, _ style: Node.Scalar.Style) -> YAMLScalarSource {
        YAMLScalarSource(lines: lines, start: SourceLocation(file: "f.yml", line: line, column: column), style: style)
    }

    @Test func regions() {
        #expect(source(2, 16, .folded).region == 2...6)
        #expect(source(7, 10, .doubleQuoted).region == 7...8)
        #expect(source(9, 9, .singleQuoted).region == 9...10)
        #expect(source(11, 12, .plain).region == 11...12)
        #expect(source(13, 7, .plain).region == 13...13)
    }

    @Test func forbiddenEscapesAreWhereTheirBackslashIs() {
        let escapes = source(7, 10, .doubleQuoted).forbiddenEscapes
        #expect(escapes.map(\.location) == [SourceLocation(file: "f.yml", line: 8, column: 10), SourceLocation(file: "f.yml", line: 8, column: 17)])
        #expect(escapes.map(\.name) == ["U+0007", "U+0007"])
        #expect(source(9, 9, .singleQuoted).forbiddenEscapes.isEmpty)
    }
}
