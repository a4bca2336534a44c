/// A `{{>name}}` (partial) or `{{<name}}` (parent template) tag in a template's text, with its position,
/// so a name with no template behind it is reported instead of rendering as nothing.
struct PartialReference: Equatable {
    let name: String
    let line: Int
    let column: Int

    /// Every partial and parent reference in `text`, in order. Dynamic names (`{{>*name}}`) are skipped.
    static func all(in text: String) -> [PartialReference] {
        var found: [PartialReference] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let tag = afterOpen[..<close.lowerBound].drop { $0 == " " }
                if let sigil = tag.first, sigil == ">" || sigil == "<" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty && !name.hasPrefix("*") {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        found.append(PartialReference(name: name, line: index + 1, column: column))
                    }
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return found
    }
}
