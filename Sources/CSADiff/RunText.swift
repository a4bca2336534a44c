/// A block's text as one run of UTF-8 bytes, with the byte offsets where each style starts: what a word
/// comparison reads its tokens from and cuts its pieces by.
struct RunText {
    /// The runs' text, as UTF-8.
    let bytes: [UInt8]
    /// Byte offsets where each style starts, and the styles; `styleStarts[0] == 0` unless the text is empty.
    let styleStarts: [Int]
    let styles: [RunStyle]

    init(_ runs: [TextRun]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(runs.reduce(0) { $0 + $1.text.utf8.count })
        var styleStarts: [Int] = [], styles: [RunStyle] = []
        styleStarts.reserveCapacity(runs.count)
        styles.reserveCapacity(runs.count)
        for run in runs where !run.text.isEmpty {
            styleStarts.append(bytes.count)
            styles.append(run.style)
            bytes.append(contentsOf: run.text.utf8)
        }
        self.bytes = bytes
        self.styleStarts = styleStarts
        self.styles = styles
    }

    /// The index of the style in force at byte offset `offset`.
    func styleIndex(at offset: Int) -> Int {
        var lo = 0, hi = styleStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if styleStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
