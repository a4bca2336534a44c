/// The rule for an email address written in the content (the accessibility contact): a plain
/// `name@domain.tld`, which the site turns into a `mailto:` link itself. No scheme, spaces, quotes or
/// other characters that could change what the link does.
enum EmailAddress {
    /// Why `address` is not a plain email address, as the end of a sentence, or nil when it is one.
    static func problem(_ address: String) -> String? {
        if address.lowercased().hasPrefix("mailto:") { return "must be the address alone, without 'mailto:'" }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty, !domain.isEmpty else {
            return "must be one email address, such as name@example.org"
        }
        func isAlphanumeric(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) }
        let localOK = local.unicodeScalars.allSatisfy { isAlphanumeric($0) || ".!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains($0) }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let domainOK = labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "-" }
        }
        guard localOK, domainOK else {
            return "must be one email address, such as name@example.org, without spaces or unusual characters"
        }
        return nil
    }
}
