import CSADiff
import Testing

/// The word comparison: whole words, confetti folded, formatting changes, exact rebuilding.
@Suite struct WordDiffTests {
    /// The pieces as `[-deleted-]{+inserted+}` text.
    static func marked(_ pieces: [WordPiece]) -> String {
        pieces.map { piece in
            switch piece.change {
            case .equal: return piece.text
            case .deleted: return "[-\(piece.text)-]"
            case .inserted: return "{+\(piece.text)+}"
            }
        }.joined()
    }

    static func compare(_ old: String, _ new: String) -> [WordPiece] {
        WordDiff.compare([TextRun(old)], [TextRun(new)])
    }

    @Test func changedWordIsReplacedWhole() {
        #expect(Self.marked(Self.compare("The cat sat on the mat.", "The cats sat on the mat.")) == "The [-cat-]{+cats+} sat on the mat.")
    }

    @Test func hyphenatedAndNumbersAreOneWord() {
        #expect(Self.marked(Self.compare("Reducing re-offending across Kent", "Reducing re-offence across Kent"))
                == "Reducing [-re-offending-]{+re-offence+} across Kent")
        #expect(Self.marked(Self.compare("down by 13.5 per cent", "down by 13.6 per cent")) == "down by [-13.5-]{+13.6+} per cent")
        #expect(Self.marked(Self.compare("Kent's plan", "Kent’s plan")) == "[-Kent's-]{+Kent’s+} plan")
    }

    @Test func aOneWordRunBetweenTwoChangesIsFolded() {
        #expect(Self.marked(Self.compare("Reducing re-offending by 13.5 per cent", "Reducing re-offence by 13.6 per cent"))
                == "Reducing [-re-offending by 13.5-]{+re-offence by 13.6+} per cent")
    }

    @Test func insertedAndDeletedWords() {
        #expect(Self.marked(Self.compare("Partners meet each year.", "Partners across Kent meet each year."))
                == "Partners {+across Kent +}meet each year.")
        #expect(Self.marked(Self.compare("Partners across Kent meet each year.", "Partners meet each year."))
                == "Partners [-across Kent -]meet each year.")
    }

    @Test func rewrittenSentenceReadsAsOneDeletionAndOneInsertion() {
        let pieces = Self.compare("The partners agree the plan each spring.", "A board reviews the draft every autumn.")
        #expect(Self.marked(pieces) == "[-The partners agree the plan each spring-]{+A board reviews the draft every autumn+}.")
    }

    @Test func aCommonRunOfTwoWordsStaysVisible() {
        let pieces = Self.compare("The group meets in the spring of each year.", "A board reviews the plan in the autumn of every year.")
        #expect(Self.marked(pieces) == "[-The group meets-]{+A board reviews the plan+} in the [-spring of each-]{+autumn of every+} year.")
    }

    @Test func distantChangesStaySeparate() {
        let pieces = Self.compare("Kent Police lead the work on road safety across the county this year.",
                                  "Kent Fire lead the work on road safety across the county next year.")
        #expect(Self.marked(pieces) == "Kent [-Police-]{+Fire+} lead the work on road safety across the county [-this-]{+next+} year.")
    }

    @Test func formattingChangeOfKeptWordsIsReported() {
        let old = [TextRun("See "), TextRun("the guidance", style: RunStyle(link: "https://a.example/")), TextRun(" now.")]
        let new = [TextRun("See "), TextRun("the guidance", style: RunStyle(link: "https://b.example/")), TextRun(" now.")]
        let pieces = WordDiff.compare(old, new)
        #expect(Self.marked(pieces) == "See the guidance now.")
        #expect(pieces.formatChanges == [FormatChange(text: "the guidance", old: RunStyle(link: "https://a.example/"), new: RunStyle(link: "https://b.example/"))])
        #expect(pieces.oldRuns == old)
        #expect(pieces.newRuns == new)
    }

    @Test func formattingChangeInsideAWord() {
        let old = [TextRun("Kent", style: RunStyle(strong: true)), TextRun("'s plan")]
        let new = [TextRun("Kent's plan")]
        let pieces = WordDiff.compare(old, new)
        #expect(pieces.formatChanges == [FormatChange(text: "Kent", old: RunStyle(strong: true), new: .plain)])
        #expect(pieces.oldRuns == old)
        #expect(pieces.newRuns == new)
    }
}
