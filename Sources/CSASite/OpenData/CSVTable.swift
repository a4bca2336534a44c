/// A CSV file as RFC 4180 describes it: a header row, CRLF line ends, fields quoted when they need it.
struct CSVTable {
    let header: [String]
    var rows: [[String]] = []

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    var text: String {
        ([header] + rows).map { $0.map(CSVTable.field).joined(separator: ",") + "\r\n" }.joined()
    }
}
