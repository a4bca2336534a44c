@testable import CSASite
import Testing

/// CSV cells a spreadsheet would run, and numbers as CSV cells (the JSON is `JSONTextTests`).
@Suite struct OpenDataTextTests {
    @Test func csvQuotesWhatNeedsQuoting() {
        var table = CSVTable(header: ["id", "text"])
        table.rows = [["a", "plain"], ["b", "comma, here"], ["c", "say \"hi\""], ["d", "two\nlines"], ["e", "crlf\r\nend"]]
        #expect(table.text == "id,text\r\na,plain\r\nb,\"comma, here\"\r\nc,\"say \"\"hi\"\"\"\r\nd,\"two\nlines\"\r\ne,\"crlf\r\nend\"\r\n")
    }

    @Test func csvTextCellsThatStartAFormulaGetAQuote() {
        #expect(CSVTable.field("=HYPERLINK(\"https://evil.example\",\"x\")") == "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\"")
        #expect(CSVTable.field("+1") == "'+1")
        #expect(CSVTable.field("-5") == "'-5")
        #expect(CSVTable.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVTable.field("\t=1") == "'\t=1")
        #expect(CSVTable.field("\r=1") == "\"'\r=1\"")
        #expect(CSVTable.field("  =1+1") == "'  =1+1")
        #expect(CSVTable.field("\n=1") == "\"'\n=1\"")
        #expect(CSVTable.field("\u{FF1D}1+1") == "'\u{FF1D}1+1")
        #expect(CSVTable.field("a = b - c") == "a = b - c")
        #expect(CSVTable.field("") == "")
        #expect(CSVTable.field("x\u{0}y") == "x\u{FFFD}y")
    }

    @Test func numberColumnsKeepNumbersAndNeutraliseAnythingElse() {
        var table = CSVTable(header: ["name", "value"], numberColumns: ["value"])
        table.rows = [["-5", "-5"], ["a", "12.5"], ["b", "0"], ["c", "=1+1"], ["d", "-"], ["e", "1.2.3"], ["f", "+3"]]
        #expect(table.text == "name,value\r\n'-5,-5\r\na,12.5\r\nb,0\r\nc,'=1+1\r\nd,'-\r\ne,1.2.3\r\nf,'+3\r\n")
    }

    @Test func csvNumbersArePlainAtAnySize() {
        #expect(OpenDataFiles.number(1200) == "1200")
        #expect(OpenDataFiles.number(12.5) == "12.5")
        #expect(OpenDataFiles.number(0.256) == "0.256")
        #expect(OpenDataFiles.number(-5) == "-5")
        #expect(OpenDataFiles.number(-0.001) == "-0.001")
        #expect(OpenDataFiles.number(1e20) == "100000000000000000000")
        #expect(OpenDataFiles.number(.infinity) == "inf")
        #expect(!CSVTable.isPlainNumber(OpenDataFiles.number(.nan)))
    }
}
