import CSAModel

/// The counts a report gives first: what was added, ended, renamed, merged, moved, better and worse.
public struct ComparisonSummary: Hashable, Sendable {
    /// Counts for priorities or for themes (a link counts under the kind of its first NEW item).
    public struct Items: Hashable, Sendable {
        public var added = 0, removed = 0, renamed = 0, merged = 0, split = 0, regrouped = 0, possiblyRenamed = 0
        /// Carried on (under any relation) with something changed.
        public var changed = 0
        /// Kept under the same id with nothing changed.
        public var unchanged = 0
    }

    public struct Actions: Hashable, Sendable {
        public var added = 0, removed = 0, changed = 0, unchanged = 0
        public var statusChanges = 0, dueDatesMoved = 0, newUpdates = 0
    }

    public struct Measures: Hashable, Sendable {
        public var added = 0, removed = 0, better = 0, worse = 0, noChange = 0, notComparable = 0
    }

    public struct Chapters: Hashable, Sendable {
        public var added = 0, removed = 0, changed = 0, unchanged = 0
        /// Matched with a different id or title.
        public var renamed = 0
        /// Their place among the chapters changed.
        public var moved = 0
        /// Blocks across every chapter.
        public var blocks = BlockEditCounts()
        /// Words (as white space separates them) deleted from OLD and inserted into NEW, across every chapter.
        public var wordsDeleted = 0, wordsInserted = 0
    }

    public var priorities = Items()
    public var themes = Items()
    public var actions = Actions()
    public var measures = Measures()
    public var chapters = Chapters()
}

extension EditionComparison {
    public var summary: ComparisonSummary {
        var s = ComparisonSummary()
        func count(_ kind: ItemSide.Kind, _ change: (inout ComparisonSummary.Items) -> Void) {
            if kind == .priority { change(&s.priorities) } else { change(&s.themes) }
        }
        for item in items.added { count(item.kind) { $0.added += 1 } }
        for item in items.removed { count(item.kind) { $0.removed += 1 } }
        for link in items.links {
            let kind = link.new.first?.kind ?? .priority
            count(kind) { c in
                switch link.relation {
                case .same: break
                case .renamed: c.renamed += 1
                case .merged: c.merged += 1
                case .split: c.split += 1
                case .regrouped: c.regrouped += 1
                case .possiblyRenamed: c.possiblyRenamed += 1
                }
                if link.changes?.isEmpty == false || link.kindChanged { c.changed += 1 } else if link.relation == .same { c.unchanged += 1 }
            }
        }
        s.actions.added = actions.added.count
        s.actions.removed = actions.removed.count
        s.actions.changed = actions.changed.count
        s.actions.unchanged = actions.unchanged
        s.actions.statusChanges = actions.changed.filter { $0.status != nil }.count
        s.actions.dueDatesMoved = actions.changed.filter { $0.due != nil }.count
        s.actions.newUpdates = actions.changed.reduce(0) { $0 + $1.newUpdates.count }
        s.measures.added = measures.added.count
        s.measures.removed = measures.removed.count
        for m in measures.compared {
            switch m.trend {
            case .better: s.measures.better += 1
            case .worse: s.measures.worse += 1
            case .noChange: s.measures.noChange += 1
            case .notComparable: s.measures.notComparable += 1
            }
        }
        // Each chapter's blocks counted on its own, the chapters in parallel.
        let tallies = ParallelMap.map(chapters) { chapter in (changes: chapter.hasChanges, counts: chapter.blocks.counts, words: chapter.blocks.wordCounts) }
        for (chapter, tally) in zip(chapters, tallies) {
            switch chapter.match {
            case .added: s.chapters.added += 1
            case .removed: s.chapters.removed += 1
            case .sameID, .similarContent:
                if tally.changes { s.chapters.changed += 1 } else { s.chapters.unchanged += 1 }
                if chapter.match == .similarContent || chapter.old?.title != chapter.new?.title { s.chapters.renamed += 1 }
                if chapter.moved { s.chapters.moved += 1 }
            }
            let counts = tally.counts
            s.chapters.blocks.unchanged += counts.unchanged
            s.chapters.blocks.changed += counts.changed
            s.chapters.blocks.deleted += counts.deleted
            s.chapters.blocks.inserted += counts.inserted
            s.chapters.blocks.moved += counts.moved
            let words = tally.words
            s.chapters.wordsDeleted += words.deleted
            s.chapters.wordsInserted += words.inserted
        }
        return s
    }
}

extension Array where Element == BlockEdit {
    /// Words deleted and inserted: a word (a stretch between white space, as `wdiff` counts) counts as
    /// deleted when any of its characters is, and as inserted likewise. Moved blocks count as neither,
    /// but for the changes made to them.
    public var wordCounts: (deleted: Int, inserted: Int) {
        var deleted = 0, inserted = 0
        for edit in self {
            switch edit {
            case .deleted(let block): deleted += WordCount.words(block.plainText)
            case .inserted(let block): inserted += WordCount.words(block.plainText)
            case .changed(_, _, let words), .movedHereChanged(_, _, let words, _):
                deleted += WordCount.touched(words, side: .deleted)
                inserted += WordCount.touched(words, side: .inserted)
            case .unchanged, .movedAway, .movedHere: break
            }
        }
        return (deleted, inserted)
    }
}

/// Counting words as white space separates them.
public enum WordCount {
    public static func words(_ text: String) -> Int {
        var count = 0, inWord = false
        forEachSpace(text) { isSpace in
            if isSpace { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// How many of one side's words (OLD's for `.deleted`, NEW's for `.inserted`) have a character
    /// deleted or inserted.
    public static func touched(_ pieces: [WordPiece], side: WordPiece.Change) -> Int {
        var count = 0
        var inWord = false, wordTouched = false
        // Each piece read in place, not copied out of the array (a copy retains its strings).
        pieces.withUnsafeBufferPointer { pieces in
            for k in pieces.indices where pieces[k].change == .equal || pieces[k].change == side {
                let text = pieces[k].text
                if pieces[k].change == side {
                    forEachSpace(text) { isSpace in
                        if isSpace {
                            if inWord && wordTouched { count += 1 }
                            inWord = false; wordTouched = false
                        } else {
                            inWord = true; wordTouched = true
                        }
                    }
                    continue
                }
                // Kept text touches none of its words: only the word it ends (at its first white space) can
                // count, and only whether it ends in white space is carried on.
                let (firstSpace, endsInSpace) = spaceEnds(text)
                guard let firstSpace else {
                    if !text.isEmpty { inWord = true }
                    continue
                }
                if firstSpace > 0 { inWord = true }
                if inWord && wordTouched { count += 1 }
                inWord = !endsInSpace
                wordTouched = false
            }
        }
        if inWord && wordTouched { count += 1 }
        return count
    }

    /// The byte offset of the first white space in `text` (nil when there is none), and whether its
    /// last character is white space.
    private static func spaceEnds(_ text: String) -> (first: Int?, last: Bool) {
        var text = text
        return text.withUTF8 { bytes in
            var first: Int? = nil
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) { first = i; break }
                    i += 1
                } else {
                    let (u, length) = WordTokens.scalar(bytes, i)
                    if CharacterClass.isSpace(u) { first = i; break }
                    i += length
                }
            }
            guard first != nil else { return (nil, false) }
            var start = bytes.count - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return (first, CharacterClass.isSpace(WordTokens.scalar(bytes, start).0))
        }
    }

    /// Calls `body` for each Unicode scalar of `text`, saying whether it is white space; read from the
    /// UTF-8 bytes, with a shortcut for ASCII.
    @inline(__always)
    private static func forEachSpace(_ text: String, _ body: (Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    body(b == 0x20 || (b >= 0x09 && b <= 0x0D))
                    i += 1
                } else {
                    let (u, length) = WordTokens.scalar(bytes, i)
                    body(CharacterClass.isSpace(u))
                    i += length
                }
            }
        }
    }
}
