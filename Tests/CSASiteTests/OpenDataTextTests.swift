@testable import CSASite
import Foundation
import Testing

/// CSV cells a spreadsheet would run, JSON with forbidden characters, and JSON inside `<script>`.
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
        #expect(OpenDataFiles.number(0.256) == "0.26")
        #expect(OpenDataFiles.number(-5) == "-5")
        #expect(OpenDataFiles.number(-0.001) == "0")
        #expect(OpenDataFiles.number(1e20) == "100000000000000000000")
        #expect(OpenDataFiles.number(.infinity) == "inf")
        #expect(!CSVTable.isPlainNumber(OpenDataFiles.number(.nan)))
    }

    @Test func jsonHoldsNoForbiddenCharacterRawOrEscaped() {
        struct Box: Encodable { let text: String }
        let json = JSONText.encode(Box(text: "a\u{0}b\u{1}c\u{8}d\u{C}e\u{7F}f\u{FFFE}g\n\t\\u0000\u{1F600}"))
        #expect(json == "{\n  \"text\" : \"a\\ufffdb\\ufffdc\\ufffdd\\ufffde\u{FFFD}f\u{FFFD}g\\n\\t\\\\u0000\u{1F600}\"\n}\n")
        let decoded = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(decoded?["text"] == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\n\t\\u0000\u{1F600}")
    }

    @Test func jsonForScriptEscapesWhatCouldEndOrChangeTheElement() {
        let json = JSONText.encode(["name": "</script><script>alert(1)</script><!-- & \u{2028}\u{2029}"])
        let script = JSONText.forScript(json)
        #expect(script == "{\n  \"name\" : \"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029\"\n}\n")
        let decoded = try? JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: String]
        #expect(decoded?["name"] == "</script><script>alert(1)</script><!-- & \u{2028}\u{2029}")
    }

    @Test func handWrittenJSONStringsAreEscaped() {
        #expect(JSONText.string("a \"b\" \\ c\n\u{0}") == "\"a \\\"b\\\" \\\\ c\\n\u{FFFD}\"")
    }
}
