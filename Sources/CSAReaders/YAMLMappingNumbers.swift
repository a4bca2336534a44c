import CSAModel
import Yams

/// Numbers read from a YAML mapping: a whole number within a range and a finite number, each refused with a
/// hint saying what to write instead (digits, no quotes, no units).
extension YAMLMapping {
    /// The text of a plain (unquoted) scalar, the only kind a number may be.
    func plainScalar(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return nil }
        return scalar.string
    }

    /// The text of a quoted scalar ('"3"'), whose quotes make a number text.
    func quotedScalar(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, scalar.style == .singleQuoted || scalar.style == .doubleQuoted else { return nil }
        return scalar.string
    }

    /// A whole number within `range`; one outside it (however many digits it has) is a located error.
    func int(_ key: String, in range: ClosedRange<Int>, required: Bool = true, _ diagnostics: inout Diagnostics) -> Int? {
        guard let node = node(key, required: required, &diagnostics) else { return nil }
        let expected = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        // Too many digits for an Int is out of range too: the same message, not a different kind of mistake.
        guard let text = plainScalar(node), let value = Int(text), range.contains(value) else {
            let hint = if let quoted = quotedScalar(node), let value = Int(quoted), range.contains(value) {
                "remove the quotes, which make it text: write '\(key): \(value)'"
            } else {
                "write a whole number from \(range.lowerBound) to \(range.upperBound) in digits, without quotes, such as '\(key): \(range.lowerBound)'"
            }
            typeError(key, node, expected, &diagnostics, hint: hint)
            return nil
        }
        return value
    }

    /// A number. One too large to hold at all (`1e999`) is given as an infinity, for the caller's range check to
    /// report as too large; infinity and NaN written as such (`.inf`, `.nan`) are not numbers a page can show.
    func double(_ key: String, required: Bool = true, _ diagnostics: inout Diagnostics) -> Double? {
        guard let node = node(key, required: required, &diagnostics) else { return nil }
        let example = "'\(key): 13870'"
        if let text = plainScalar(node), let value = Double(text.replacingOccurrences(of: "_", with: "")) {
            if value.isFinite { return value }
            if text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-._eE".contains($0)) }) { return value }
        }
        if let text = plainScalar(node), YAMLMapping.isNotFinite(text) {
            typeError(key, node, "a finite number", &diagnostics,
                      hint: "write the figure in digits, such as \(example): infinity and NaN ('not a number') cannot be shown or charted")
            return nil
        }
        let hint = if let quoted = quotedScalar(node), Double(quoted)?.isFinite == true {
            "remove the quotes, which make it text: write '\(key): \(quoted)'"
        } else {
            "write the figure in digits, without quotes, commas or units, such as \(example)"
        }
        typeError(key, node, "a number", &diagnostics, hint: hint)
        return nil
    }

    /// YAML's and Swift's words for infinity and NaN: `.inf`, `-.Inf`, `.nan`, `inf`, `nan`, `infinity`.
    static func isNotFinite(_ text: String) -> Bool {
        let word = text.lowercased().drop { $0 == "+" || $0 == "-" }.drop { $0 == "." }
        return ["inf", "infinity", "nan"].contains(String(word))
    }
}
