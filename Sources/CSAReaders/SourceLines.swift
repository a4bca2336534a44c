/// A file's lines (`SourceText.lines`), split only when first asked for: they serve to place problems
/// (a column on a line), and most files have none, so splitting every file into lines up front was a
/// tenth of the cost of reading a chapter. One reading of one file uses it, on one thread.
final class SourceLines {
    private let text: String
    private var split: [Substring]?

    /// The lines of `text` (prepared: every line ends at '\n'), split when first needed.
    init(of text: String) {
        self.text = text
    }

    /// Lines already split.
    init(_ lines: [Substring]) {
        text = ""
        split = lines
    }

    private var lines: [Substring] {
        if let split { return split }
        let lines = SourceText.lines(text)
        split = lines
        return lines
    }

    var indices: Range<Int> { lines.indices }

    /// Line `index`, counted from 0.
    subscript(index: Int) -> Substring { lines[index] }
}

/// Walks a text's lines from the first, one at a time, without splitting the rest (for the front matter
/// at the top of a chapter).
struct LineWalker {
    private let text: String
    private var position: String.Index
    private var done = false
    /// The number of lines handed out so far.
    private(set) var count = 0

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    /// The next line, without its '\n' (the same as `SourceText.lines` gives), or nil after the last.
    mutating func next() -> Substring? {
        guard !done else { return nil }
        count += 1
        let utf8 = text.utf8
        if let end = utf8[position...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = text[position..<end]
            position = utf8.index(after: end)
            return line
        }
        done = true
        return text[position...]
    }
}
