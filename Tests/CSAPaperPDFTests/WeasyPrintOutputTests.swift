@testable import CSAPaperPDF
import Foundation
import Testing

/// How WeasyPrint's end is told: its last lines escaped and cut to length, signals by name, and
/// whether a PDF is complete.
@Suite struct WeasyPrintOutputTests {
    @Test func theLastLinesAreEscapedQuotedAndCut() {
        #expect(WeasyPrintOutput.lastLines(Data()) == nil)
        #expect(WeasyPrintOutput.lastLines(Data(" \n\r\n\t\n".utf8)) == nil)
        let said = "one\ntwo\r\nthree\n  \u{1B}[2Jfour\u{7}  \n\n"
        #expect(WeasyPrintOutput.lastLines(Data(said.utf8)) == #""two" / "three" / "\u{1B}[2Jfour\u{7}""#)
        let long = String(repeating: "x", count: 400)
        #expect(WeasyPrintOutput.lastLines(Data(long.utf8)) == "\"" + String(repeating: "x", count: 300) + "...\"")
        #expect(WeasyPrintOutput.lastLines(Data([0x66, 0xFF, 0x6F])) == "\"f\u{FFFD}o\"")
    }

    @Test func signalsHaveTheirNames() {
        #expect(WeasyPrintOutput.describe(signal: SIGSEGV) == "signal \(SIGSEGV) (SIGSEGV)")
        #expect(WeasyPrintOutput.describe(signal: SIGKILL) == "signal 9 (SIGKILL)")
        #expect(WeasyPrintOutput.describe(signal: 64) == "signal 64")
        #expect(WeasyPrintOutput.shellSignal(1) == "")
        #expect(WeasyPrintOutput.shellSignal(128 + SIGSEGV) == ", which a shell gives when the program it ran is killed by signal \(SIGSEGV) (SIGSEGV)")
        #expect(WeasyPrintOutput.shellSignal(255) == "")
    }

    @Test func aCompletePDFEndsWithEOF() {
        #expect(WeasyPrintOutput.endsLikeAPDF(Data("%PDF-1.7\n%%EOF".utf8)))
        #expect(WeasyPrintOutput.endsLikeAPDF(Data("%PDF-1.7\n%%EOF\r\n \n".utf8)))
        #expect(!WeasyPrintOutput.endsLikeAPDF(Data("%PDF-1.7\n1 0 obj".utf8)))
        #expect(!WeasyPrintOutput.endsLikeAPDF(Data("%PDF-1.7\n%%EOF\n".utf8) + Data(repeating: 0x20, count: 100)))
        #expect(!WeasyPrintOutput.endsLikeAPDF(Data()))
    }
}
