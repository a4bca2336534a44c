import CSAModel
import Testing

/// File names and values print on one line, whatever characters they hold.
@Suite struct DisplayTextTests {
    @Test func escapesControlCharacters() {
        #expect(DisplayText.escaped("a\nb.md:1:1: error: forged") == "a\\nb.md:1:1: error: forged")
        #expect(DisplayText.escaped("\u{1B}[31mred\t\r\\") == "\\u{1B}[31mred\\t\\r\\\\")
        #expect(DisplayText.escaped("café – 2024") == "café – 2024")
    }

    @Test func locationsEscapeTheirFileName() {
        let location = SourceLocation(file: "Content/x\ny.md", line: 3, column: 2)
        #expect(location.description == "Content/x\\ny.md:3:2")
    }
}
