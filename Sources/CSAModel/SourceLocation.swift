/// A place in a content file: the path as the user gave it, and a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form compilers and editors understand; the file name's control characters
    /// are escaped so that it stays on one line.
    public var description: String { "\(DisplayText.escaped(file)):\(line):\(column)" }
}
