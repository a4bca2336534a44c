import CSAHTML

/// The `id`s a page uses for itself, which no heading id made from Markdown may take.
enum PageIDs {
    /// Every `id="..."` written literally (without a `{{tag}}`) in the template texts: the skip-link target,
    /// the contents list's title and the like. Collected when the templates are loaded, so a change to a
    /// template cannot bring back a clash. Ids of every template are taken together: a few more reserved
    /// ids than a given page needs cost nothing.
    static func literal(in texts: [String]) -> Set<String> {
        var ids: Set<String> = []
        for text in texts {
            var rest = Substring(text)
            while let start = rest.range(of: "id=\"") {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                let value = rest[..<end]
                if !value.isEmpty, !value.contains("{{"), !value.contains("}}") { ids.insert(String(value)) }
                rest = rest[rest.index(after: end)...]
            }
        }
        return ids
    }
}

extension FrameBuilder {
    /// Heading anchors for one page: the templates' own ids and `pageIDs` (ids the page makes from its
    /// content, such as `chapter-introduction`) are reserved.
    func headingAnchors(reserving pageIDs: [String] = []) -> HeadingAnchors {
        HeadingAnchors(reserved: templateIDs.union(pageIDs))
    }
}
