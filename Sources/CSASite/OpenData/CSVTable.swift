import CSAHTML

/// A CSV file as RFC 4180 describes it: a header row, CRLF line ends, fields quoted when they need it.
///
/// Text cells are made safe to open in a spreadsheet, as OWASP recommends against CSV (formula)
/// injection: a cell whose first character other than white space is `=`, `+`, `-`, `@`, a tab or a
/// carriage return (or the full-width `＝`, `＋`, `－`, `＠`) is written with a single quote (`'`) in
/// front, so a spreadsheet shows it as text instead of running it as a formula. Cells of the columns
/// named in `numberColumns` that hold a plain number (`-5`, `12.5`) stay numbers. Forbidden characters
/// (`OutputCharacters`) become U+FFFD.
struct CSVTable {
    let header: [String]
    /// The columns that hold numbers; a cell there that is not a plain number is treated as text.
    var numberColumns: Set<String> = []
    var rows: [[String]] = []

    /// The characters that make a spreadsheet read a cell as a formula when they come first.
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// A text cell, neutralised and quoted.
    static func field(_ value: String) -> String {
        let text = OutputCharacters.cleaned(value)
        let first = text.unicodeScalars.first { !($0.properties.isWhitespace && $0 != "\t" && $0 != "\r") }
        return quoted(first.map(formulaTriggers.contains) == true ? "'" + text : text)
    }

    /// A number cell: written as it is when it is a plain decimal number, otherwise as text.
    static func numberField(_ value: String) -> String {
        isPlainNumber(value) ? value : field(value)
    }

    /// `-5`, `0`, `12.5`: an optional minus, digits, and optionally a point and more digits.
    static func isPlainNumber(_ value: String) -> Bool {
        var rest = Substring(value)
        if rest.hasPrefix("-") { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    private static func quoted(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    var text: String {
        let numeric = header.map(numberColumns.contains)
        func line(_ cells: [String], header: Bool) -> String {
            cells.enumerated().map { i, cell in
                !header && i < numeric.count && numeric[i] ? CSVTable.numberField(cell) : CSVTable.field(cell)
            }.joined(separator: ",") + "\r\n"
        }
        return ([line(header, header: true)] + rows.map { line($0, header: false) }).joined()
    }
}
