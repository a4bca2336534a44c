/// `word/settings.xml`: tracked changes shown (`w:revisionView`, which LibreOffice also reads when
/// it prints or exports a PDF), further changes tracked if asked, Word 2013+ compatibility mode
/// (so Word does not open the file in compatibility mode), and the document's language.
enum SettingsPart {
    static func xml(language: String, trackFurtherChanges: Bool, hasFootnotes: Bool) -> String {
        XMLText.declaration
            + "<w:settings \(Namespaces.wordRoot)>"
            + "<w:zoom w:percent=\"100\"/>"
            + "<w:revisionView w:markup=\"true\" w:comments=\"true\" w:insDel=\"true\" w:formatting=\"true\"/>"
            + (trackFurtherChanges ? "<w:trackRevisions/>" : "")
            + "<w:defaultTabStop w:val=\"720\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + (hasFootnotes ? "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>" : "")
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"\(XMLText.attribute(language))\"/>"
            + "<w:decimalSymbol w:val=\".\"/>"
            + "<w:listSeparator w:val=\",\"/>"
            + "</w:settings>"
    }
}
