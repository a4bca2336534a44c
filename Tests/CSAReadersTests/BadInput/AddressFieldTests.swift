import CSAModel
import CSAReaders
import Foundation
import Testing

/// The addresses in site.yml are checked by the one rule for addresses (`WebAddress`), and the contact's
/// email is a plain address; each error points at the value.
@Suite struct AddressFieldTests {
    static func site(_ from: String, _ to: String) throws -> [String] {
        try BadInput.messages(["site.yml": ContentFixture.files["site.yml"]!.replacingOccurrences(of: from, with: to)])
    }

    static let webHint = "write the full address, such as https://www.example.gov.uk/csa/"

    @Test func baseURLWithAScriptScheme() throws {
        #expect(try Self.site("base_url: https://csa.example.org/", "base_url: javascript:alert(1)//") == ["""
            C/site.yml:3:11: error: field 'base_url' in site.yml must start with https:// or http://, but it is 'javascript:alert(1)//'
                hint: \(Self.webHint)
            """])
    }

    @Test func baseURLWithoutAHost() throws {
        #expect(try Self.site("base_url: https://csa.example.org/", "base_url: \"https:///path\"") == ["""
            C/site.yml:3:11: error: field 'base_url' in site.yml must name a host after 'https://', but it is 'https:///path'
                hint: \(Self.webHint)
            """])
    }

    /// The site's own address has a path added to it for every page: a query, a fragment, a user name or
    /// an impossible port would make every absolute link wrong (or publish a password).
    @Test(arguments: [
        ("https://example.org/a#frag", "must not hold a query ('?') or a fragment ('#'): every page's address is made by adding to it"),
        ("https://example.org/?q=1&r=2", "must not hold a query ('?') or a fragment ('#'): every page's address is made by adding to it"),
        ("https://u:p@example.org/", "must not hold a user name or password ('@'), which every page would publish"),
        ("https://example.org:99999/", "must have a port from 1 to 65535 after ':', or none"),
        ("https://example.org:x/", "must have a port from 1 to 65535 after ':', or none"),
    ]) func baseURLThatCannotTakeAPath(_ address: String, _ problem: String) throws {
        #expect(try Self.site("base_url: https://csa.example.org/", "base_url: \"\(address)\"") == ["""
            C/site.yml:3:11: error: field 'base_url' in site.yml \(problem), but it is '\(address)'
                hint: \(Self.webHint)
            """])
        #expect(WebAddress.siteProblem("https://example.org:8443/csa/") == nil)
        #expect(WebAddress.siteProblem("https://[::1]/csa/") == nil)
    }

    @Test func licenceURLWithADataScheme() throws {
        let got = try Self.site("url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", "url: data:text/plain;base64,SGk=")
        #expect(got == ["""
            C/site.yml:7:8: error: field 'url' in licence must start with https:// or http://, but it is 'data:text/plain;base64,SGk='
                hint: \(Self.webHint)
            """])
    }

    @Test func licenceURLWithASpace() throws {
        let got = try Self.site("url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", "url: https://example.org/a b")
        #expect(got == ["""
            C/site.yml:7:8: error: field 'url' in licence must not contain spaces, control characters, quotes, angle brackets or backslashes, but it is 'https://example.org/a b'
                hint: \(Self.webHint)
            """])
    }

    @Test func emailWithAScheme() throws {
        #expect(try Self.site("email: team@example.org", "email: mailto:team@example.org") == ["""
            C/site.yml:10:10: error: field 'email' in accessibility_contact must be the address alone, without 'mailto:', but it is 'mailto:team@example.org'
                hint: write just the address, such as community.safety@example.org
            """])
    }

    @Test func emailThatIsNotAnAddress() throws {
        let expected = { (value: String) in """
            C/site.yml:10:10: error: field 'email' in accessibility_contact must be one email address, such as name@example.org, \
            without spaces or unusual characters, but it is '\(value)'
                hint: write just the address, such as community.safety@example.org
            """ }
        #expect(try Self.site("email: team@example.org", "email: \"javascript:alert(1)//@x.org\"") == [expected("javascript:alert(1)//@x.org")])
        #expect(try Self.site("email: team@example.org", "email: \"team@example.org?subject=x\"") == [expected("team@example.org?subject=x")])
        #expect(try Self.site("email: team@example.org", "email: team @example.org") == [expected("team @example.org")])
    }

    @Test func emailWithoutAnAt() throws {
        #expect(try Self.site("email: team@example.org", "email: team.example.org") == ["""
            C/site.yml:10:10: error: field 'email' in accessibility_contact must be one email address, such as name@example.org, but it is 'team.example.org'
                hint: write just the address, such as community.safety@example.org
            """])
    }
}
