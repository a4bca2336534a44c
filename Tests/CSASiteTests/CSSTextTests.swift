@testable import CSASite
import Testing

/// Titles written into the print style's running head cannot end the string, the rule or the element.
@Suite struct CSSTextTests {
    @Test func lettersDigitsAndSpacesStayOthersAreEscaped() {
        #expect(CSSText.stringContent("Kent CSA 2024-25") == "Kent CSA 2024\\2d 25")
        #expect(CSSText.stringContent("A \"quoted\" & <b>") == "A \\22 quoted\\22  \\26  \\3c b\\3e ")
        #expect(CSSText.stringContent("</style><script>") == "\\3c \\2f style\\3e \\3c script\\3e ")
        #expect(CSSText.stringContent("Café\u{0}\n") == "Caf\\e9 ")
    }
}
