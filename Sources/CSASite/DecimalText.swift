/// A measure's value written out as the data gives it: the shortest decimal that reads back as the same
/// number (`12.345`, `0.001`, `1200`), never in exponent form and never rounded, so that the pages, the
/// CSV and the JSON agree. A difference of two values is written with as many decimals as the more precise
/// of them, so that 12.345 − 0.004 is 12.341, not 12.341000000000001.
enum DecimalText {
    /// `value` as plain decimal digits, `-` first when negative; `thousands` puts commas between groups of
    /// three digits of the whole part, for a page, where a number of a million million million or more
    /// (beyond what the readers take) is written as Swift writes it. Anything not finite is written so too.
    static func text(_ value: Double, thousands: Bool = false) -> String {
        guard value.isFinite, !(thousands && abs(value) >= 1e15) else { return String(describing: value) }
        if value == 0 { return "0" }
        var (whole, fraction) = digits(abs(value))
        if thousands {
            var grouped = ""
            while whole.count > 3 {
                grouped = "," + whole.suffix(3) + grouped
                whole = String(whole.dropLast(3))
            }
            whole += grouped
        }
        return (value < 0 ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// How many digits `value` has after its decimal point, written as `text` writes it.
    static func decimals(_ value: Double) -> Int {
        value.isFinite ? digits(abs(value)).fraction.count : 0
    }

    /// `a - b`, rounded to the decimals of the more precise of the two.
    static func difference(_ a: Double, _ b: Double) -> Double {
        let places = max(decimals(a), decimals(b))
        guard places < 16 else { return a - b }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return ((a - b) * scale).rounded() / scale
    }

    /// The whole and fraction digits of a positive finite `value`, from Swift's shortest round-trip form
    /// (`description`), with any exponent (`1e-05`, `1e+20`) worked into the digits.
    private static func digits(_ value: Double) -> (whole: String, fraction: String) {
        let written = value.description
        let parts = written.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0], exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let split = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = String(split[0]), fraction = split.count > 1 ? String(split[1]) : ""
        if exponent > 0 {
            let moved = fraction.padding(toLength: max(exponent, fraction.count), withPad: "0", startingAt: 0)
            whole += moved.prefix(exponent)
            fraction = String(moved.dropFirst(exponent))
        } else if exponent < 0 {
            let padded = String(repeating: "0", count: max(0, -exponent - whole.count + 1)) + whole
            fraction = String(padded.suffix(-exponent)) + fraction
            whole = String(padded.dropLast(-exponent))
        }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        whole = String(whole.drop { $0 == "0" })
        return (whole.isEmpty ? "0" : whole, fraction)
    }
}
