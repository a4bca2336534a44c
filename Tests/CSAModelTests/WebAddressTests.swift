import CSAModel
import Testing

/// Which addresses the site accepts: web addresses, and email where asked for; never script.
@Suite struct WebAddressTests {
    @Test func acceptsWebAddresses() {
        #expect(WebAddress.problem("https://www.kent.gov.uk/csa/") == nil)
        #expect(WebAddress.problem("HTTP://example.org") == nil)
        #expect(WebAddress.problem("mailto:team@example.org", kind: .webOrEmail) == nil)
    }

    @Test func refusesScriptAndOtherSchemes() {
        #expect(WebAddress.problem("javascript:alert(1)") == "must start with https:// or http://")
        #expect(WebAddress.problem(" javascript:alert(1)") == "must not contain spaces, control characters, quotes, angle brackets or backslashes")
        #expect(WebAddress.problem("JaVaScRiPt:alert(1)", kind: .webOrEmail) == "must start with https://, http:// or mailto:")
        #expect(WebAddress.problem("data:text/html,x") == "must start with https:// or http://")
        #expect(WebAddress.problem("mailto:team@example.org") == "must start with https:// or http://")
        #expect(WebAddress.problem("//evil.example/") == "must start with https:// or http://")
    }

    @Test func refusesBrokenWebAddresses() {
        #expect(WebAddress.problem("https://") == "must name a host after 'https://'")
        #expect(WebAddress.problem("https:///path") == "must name a host after 'https://'")
        #expect(WebAddress.problem("https://a\"onmouseover=x") == "must not contain spaces, control characters, quotes, angle brackets or backslashes")
        #expect(WebAddress.problem("https://a.org/\u{0}") == "must not contain spaces, control characters, quotes, angle brackets or backslashes")
        #expect(WebAddress.problem("mailto:nobody", kind: .webOrEmail) == "must give an email address after 'mailto:'")
    }
}
