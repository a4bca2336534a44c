/// The rule for addresses the site links to or is published at: only web addresses (`https:`, `http:`)
/// and, where an email address is expected, `mailto:`. Anything else (`javascript:`, `data:`, `file:`,
/// relative paths) could run script or lead nowhere, so readers report it with its location.
public enum WebAddress {
    /// The schemes an address may use.
    public enum Kind: Sendable {
        /// `https:` or `http:` only (a page, a licence, the site's own address).
        case web
        /// `https:`, `http:` or `mailto:` (a contact link).
        case webOrEmail
    }

    /// Why `address` is not acceptable, as the end of a sentence ("must start with https:// ..."), or nil
    /// when it is. A web address needs a host: `https://` alone is refused.
    public static func problem(_ address: String, kind: Kind = .web) -> String? {
        let schemes = kind == .web ? "https:// or http://" : "https://, http:// or mailto:"
        if address.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || $0 == "\\" || $0 == "\"" || $0 == "<" || $0 == ">" }) {
            return "must not contain spaces, control characters, quotes, angle brackets or backslashes"
        }
        let lower = address.lowercased()
        for scheme in ["https://", "http://"] where lower.hasPrefix(scheme) {
            let rest = address.dropFirst(scheme.count)
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return host.isEmpty || host.hasPrefix("@") || host.hasPrefix(":") ? "must name a host after '\(scheme)'" : nil
        }
        if kind == .webOrEmail, lower.hasPrefix("mailto:") {
            return address.dropFirst("mailto:".count).contains("@") ? nil : "must give an email address after 'mailto:'"
        }
        return "must start with \(schemes)"
    }

    /// Why `address` cannot be the address the site is published at (`base_url`, `--base-url`), or nil:
    /// besides `problem(_:kind:)`'s rule, every page's own address is made by adding a path to it, so it may
    /// hold no query (`?`), no fragment (`#`) and no user name or password (which every page would then
    /// publish), and a port must be a number from 1 to 65535.
    public static func siteProblem(_ address: String) -> String? {
        if let problem = problem(address, kind: .web) { return problem }
        if address.contains("?") || address.contains("#") {
            return "must not hold a query ('?') or a fragment ('#'): every page's address is made by adding to it"
        }
        let afterScheme = address.drop { $0 != "/" }.dropFirst(2)
        let authority = afterScheme.prefix { $0 != "/" }
        if authority.contains("@") { return "must not hold a user name or password ('@'), which every page would publish" }
        if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]") {
            let port = authority[authority.index(after: colon)...]
            guard let number = Int(port), (1...65535).contains(number), port.allSatisfy(\.isASCII) else {
                return "must have a port from 1 to 65535 after ':', or none"
            }
        }
        return nil
    }
}
