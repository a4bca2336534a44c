import CSADiff

/// The comparison for a terminal: a summary, then the changes; coloured (ANSI) or plain with
/// `[-deleted-]` and `{+inserted+}` markers.
public enum DiffTerminalWriter {
    /// `chaptersOnly` leaves out the data sections, as a comparison narrowed to one chapter
    /// (`EditionComparison.narrowed(toChapter:)`) always does.
    public static func write(_ comparison: EditionComparison, colour: Bool, chaptersOnly: Bool = false) -> String {
        LineReport(markup: TerminalMarkup(colour: colour), chaptersOnly: chaptersOnly || comparison.onlyChapter != nil).render(comparison)
    }
}

/// The comparison as Markdown to paste into a committee paper.
public enum DiffMarkdownWriter {
    public static func write(_ comparison: EditionComparison, chaptersOnly: Bool = false) -> String {
        LineReport(markup: MarkdownMarkup(), chaptersOnly: chaptersOnly || comparison.onlyChapter != nil).render(comparison)
    }
}
