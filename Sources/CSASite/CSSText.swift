/// Text written into a CSS string literal (the running head of printed pages).
enum CSSText {
    /// The contents of a double-quoted CSS string showing `text`: letters, digits and spaces as they are,
    /// every other character as a CSS escape (`\26 ` for `&`), so nothing can end the string, the rule or
    /// the `<style>` element, and HTML escaping leaves the result unchanged.
    static func stringContent(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar) || scalar == " " {
                out.unicodeScalars.append(scalar)
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                continue
            } else {
                out += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return out
    }
}
