/// A moment in UTC to the second, as Word's revision dates and the document properties need it.
///
/// It is always given by the caller (an edition's date, say), never read from the clock, so that
/// identical input gives identical bytes.
public struct DocxDateTime: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int

    /// Refuses a date that does not exist (30 February, month 13, hour 24) with `DocxError.invalidDate`.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) throws(DocxError) {
        let text = DocxDateTime.format(year, month, day, hour, minute, second)
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...DocxDateTime.daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else {
            throw DocxError.invalidDate(text)
        }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The W3C date-time form Word and the core properties use: `2024-04-01T09:30:00Z`.
    public var iso8601: String {
        DocxDateTime.format(year, month, day, hour, minute, second)
    }

    public static func < (lhs: DocxDateTime, rhs: DocxDateTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        case 1...12:
            return 31
        default:
            return 0
        }
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) -> String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
