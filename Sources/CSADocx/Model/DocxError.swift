/// What can go wrong when making a Word document, as a sentence for the person who asked for it.
public enum DocxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A date that does not exist, given as written.
    case invalidDate(String)
    /// The ZIP container could not be made (a fault in the ZIP library, reported as it said it).
    case container(String)

    public var description: String {
        switch self {
        case .invalidDate(let text):
            return "\(text) is not a real date and time; give a year, a month (1-12), a day that the month has, and a time between 00:00:00 and 23:59:59"
        case .container(let reason):
            return "the Word document could not be packed into its ZIP container: \(reason)"
        }
    }
}
