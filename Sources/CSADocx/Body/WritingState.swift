/// What the parts of one document share while they are written: the revision ids (one increasing
/// number for every `w:ins`, `w:del` and tracked row in the file), the lists in order of first use
/// (each becomes a `w:num`), and the footnotes met in the body.
final class WritingState {
    private(set) var lastRevisionID = 0
    private(set) var lists: [DocxList] = []
    private var listNumbers: [DocxList: Int] = [:]
    private(set) var footnotes: [[DocxInline]] = []

    /// The next revision id: 1, 2, 3, ... in the order revisions are written.
    func nextRevisionID() -> Int {
        lastRevisionID += 1
        return lastRevisionID
    }

    /// The `w:numId` of a list: 1 for the first list used, 2 for the next, ...
    func numberID(for list: DocxList) -> Int {
        if let known = listNumbers[list] {
            return known
        }
        lists.append(list)
        listNumbers[list] = lists.count
        return lists.count
    }

    /// Keeps a footnote's text for `word/footnotes.xml` and returns its `w:id` (1, 2, ...).
    func addFootnote(_ content: [DocxInline]) -> Int {
        footnotes.append(content)
        return footnotes.count
    }
}
