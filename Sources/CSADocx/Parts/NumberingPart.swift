/// `word/numbering.xml`: one multilevel list definition (`w:abstractNum`) per `DocxListStyle`,
/// nine levels each, and one `w:num` per list the document uses, each starting its own count
/// (`w:startOverride`), so that Word and LibreOffice renumber as paragraphs come and go.
enum NumberingPart {
    static func xml(lists: [DocxList]) -> String {
        XMLText.declaration
            + "<w:numbering \(Namespaces.wordRoot)>"
            + DocxListStyle.allCases.map(abstractNumber).joined()
            + lists.enumerated().map { index, list in
                "<w:num w:numId=\"\(index + 1)\"><w:abstractNumId w:val=\"\(list.style.abstractNumberID)\"/>"
                    + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\(max(list.start, 0))\"/></w:lvlOverride></w:num>"
            }.joined()
            + "</w:numbering>"
    }

    private static func abstractNumber(_ style: DocxListStyle) -> String {
        let multiLevelType = [.sections, .sectionsPointZero, .sectionsParenthesised].contains(style) ? "multilevel" : "hybridMultilevel"
        return "<w:abstractNum w:abstractNumId=\"\(style.abstractNumberID)\"><w:multiLevelType w:val=\"\(multiLevelType)\"/>"
            + (0..<9).map { level(style, $0) }.joined()
            + "</w:abstractNum>"
    }

    private static func level(_ style: DocxListStyle, _ level: Int) -> String {
        let (format, text) = NumberingPart.format(style, level)
        let indent: String
        switch style {
        case .sections, .sectionsPointZero, .sectionsParenthesised:
            indent = "<w:ind w:left=\"\(720 * (level == 0 ? 1 : level))\" w:hanging=\"720\"/>"
        default:
            indent = "<w:ind w:left=\"\(720 * (level + 1))\" w:hanging=\"360\"/>"
        }
        return "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/>"
            + "<w:lvlText w:val=\"\(XMLText.attribute(text))\"/><w:lvlJc w:val=\"left\"/>"
            + "<w:pPr>\(indent)</w:pPr></w:lvl>"
    }

    /// The number format and number text of a level.
    static func format(_ style: DocxListStyle, _ level: Int) -> (String, String) {
        let n = level + 1
        switch style {
        case .bullet:
            return ("bullet", ["\u{2022}", "\u{25E6}", "\u{25AA}"][level % 3])
        case .decimal:
            return ([("decimal"), ("lowerLetter"), ("lowerRoman")][level % 3], "%\(n).")
        case .lettered:
            return (["lowerLetter", "lowerRoman", "upperLetter"][level % 3], "(%\(n))")
        case .parenthesised:
            return (["decimal", "lowerLetter", "lowerRoman"][level % 3], "(%\(n))")
        case .sections:
            return ("decimal", (1...n).map { "%\($0)" }.joined(separator: ".") + (level == 0 ? "." : ""))
        case .sectionsPointZero:
            return ("decimal", level == 0 ? "%1.0" : (1...n).map { "%\($0)" }.joined(separator: "."))
        case .sectionsParenthesised:
            return (["decimal", "decimal", "lowerLetter"][min(level, 2)], level == 0 ? "%1." : "(%\(n))")
        }
    }
}
