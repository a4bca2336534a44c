import CSAModel
import Synchronization

/// Compares the chapters of two editions that share an id while the editions are still being read, so
/// that comparing overlaps reading: each chapter is offered as soon as it is read (from any thread), and
/// the second of a pair to arrive is compared with the first there and then. `ChapterMatching` takes a
/// pair's comparison from here when it matches the pair by id and both chapters come from the files
/// offered, and compares every other pair itself; the result is the same either way, as both compare
/// with `ChapterMatching.pair`.
public final class ChaptersAhead: Sendable {
    private let old: String, new: String
    private let state = Mutex(State())

    /// The chapters read so far whose partner is not, by id; and the pairs compared, by id.
    private struct State {
        var waiting: [String: (edition: String, chapter: Chapter)] = [:]
        var compared: [String: Compared] = [:]
    }

    /// A pair compared ahead, with the files its two chapters were read from.
    private struct Compared {
        let oldFile: String, newFile: String
        let comparison: ChapterComparison
    }

    /// Ready for the chapters of editions `old` and `new` (ids); a chapter of any other edition is passed over.
    public init(old: String, new: String) {
        self.old = old
        self.new = new
    }

    /// A chapter of edition `edition`, just read: kept until its partner comes, or compared with it.
    public func offer(_ chapter: Chapter, edition: String) {
        guard old != new, edition == old || edition == new else { return }
        let partner: Chapter? = state.withLock { state in
            if let waiting = state.waiting[chapter.id], waiting.edition != edition {
                state.waiting[chapter.id] = nil
                return waiting.chapter
            }
            state.waiting[chapter.id] = (edition, chapter)
            return nil
        }
        guard let partner else { return }
        let (o, n) = edition == old ? (chapter, partner) : (partner, chapter)
        let comparison = ChapterMatching.pair(old: ChapterText(o), new: ChapterText(n), match: .sameID, moved: false)
        state.withLock { state in
            state.compared[chapter.id] = Compared(oldFile: o.location.file, newFile: n.location.file, comparison: comparison)
        }
    }

    /// The comparison of `old` with `new` (one id), when it was made ahead from these two chapters' files.
    func comparison(old: Chapter, new: Chapter) -> ChapterComparison? {
        guard old.id == new.id else { return nil }
        return state.withLock { state in
            guard let compared = state.compared[old.id], compared.oldFile == old.location.file,
                  compared.newFile == new.location.file else { return nil }
            return compared.comparison
        }
    }
}
