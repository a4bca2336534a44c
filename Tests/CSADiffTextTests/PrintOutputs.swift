import CSADiffText
import Testing
@Suite struct PrintOutputsTmp {
    @Test func show() throws {
        let c = try SmallComparison.comparison()
        print("<<<TERMINAL\n" + DiffTerminalWriter.write(c, colour: false) + ">>>")
        print("<<<MARKDOWN\n" + DiffMarkdownWriter.write(c) + ">>>")
    }
}
