/// A paragraph's place in a list: which list, and at which level (0 is the outermost).
public struct DocxNumbering: Sendable, Hashable {
    public var list: DocxList
    /// 0 to 8, as Word allows; a level outside that range is written as the nearest one.
    public var level: Int

    public init(list: DocxList, level: Int = 0) {
        self.list = list
        self.level = level
    }
}

/// One list in the document. Paragraphs that name equal `DocxList` values continue one
/// numbering; a list with another `instance` (or `start`) starts its own count.
///
/// For a committee paper's section numbering, give every heading and numbered paragraph the same
/// list, headings at level 0 and paragraphs at level 1: Word then numbers them 1., 1.1, 1.2, 2., ...
public struct DocxList: Sendable, Hashable {
    public var style: DocxListStyle
    /// Any number that tells this list from others of the same style.
    public var instance: Int
    /// The first number (or letter) of the outermost level.
    public var start: Int

    public init(style: DocxListStyle, instance: Int = 0, start: Int = 1) {
        self.style = style
        self.instance = instance
        self.start = start
    }
}

/// The list definitions in `word/numbering.xml` (one `w:abstractNum` each). The table gives the
/// number text at levels 0, 1 and 2.
///
/// | style | level 0 | level 1 | level 2 |
/// |---|---|---|---|
/// | `bullet` | • | ◦ | ▪ |
/// | `decimal` | 1. | a. | i. |
/// | `lettered` | (a) | (i) | (A) |
/// | `parenthesised` | (1) | (a) | (i) |
/// | `sections` | 1. | 1.1 | 1.1.1 |
/// | `sectionsPointZero` | 1.0 | 1.1 | 1.1.1 |
/// | `sectionsParenthesised` | 1. | (1) | (a) |
public enum DocxListStyle: Int, Sendable, Hashable, CaseIterable {
    case bullet = 0
    case decimal = 1
    case lettered = 2
    case parenthesised = 3
    case sections = 4
    case sectionsPointZero = 5
    /// A decision paper: headings 1., 2. and their sub-paragraphs (1), (2), counted again in each section.
    case sectionsParenthesised = 6

    /// The `w:abstractNumId`.
    var abstractNumberID: Int { rawValue }
}
