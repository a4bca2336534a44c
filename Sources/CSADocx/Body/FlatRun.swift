/// One run of the flattened inline tree: a piece of text (or a break, or a footnote mark) with
/// everything that applies to it.
struct FlatRun: Equatable {
    enum Content: Equatable {
        case text(String)
        case lineBreak
        case footnote([DocxInline])
    }

    var content: Content
    var format: RunFormat
    var link: String?
    var change: DocxChange?
}

/// The character formatting of a run.
struct RunFormat: Hashable {
    var bold = false
    var italic = false
    var code = false
}

/// Turns the caller's inline tree into flat runs, innermost link and change winning, adjacent
/// text with the same attributes joined.
enum RunFlattener {
    static func flatten(_ inlines: [DocxInline], format: RunFormat, change: DocxChange?) -> [FlatRun] {
        var runs: [FlatRun] = []
        append(inlines, format: format, link: nil, change: change, to: &runs)
        return runs
    }

    private static func append(_ inlines: [DocxInline], format: RunFormat, link: String?, change: DocxChange?, to runs: inout [FlatRun]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                appendText(text, format: format, link: link, change: change, to: &runs)
            case .code(let text):
                var code = format
                code.code = true
                appendText(text, format: code, link: link, change: change, to: &runs)
            case .strong(let content):
                var bold = format
                bold.bold = true
                append(content, format: bold, link: link, change: change, to: &runs)
            case .emphasis(let content):
                var italic = format
                italic.italic = true
                append(content, format: italic, link: link, change: change, to: &runs)
            case .link(let target, let content):
                append(content, format: format, link: target, change: change, to: &runs)
            case .lineBreak:
                runs.append(FlatRun(content: .lineBreak, format: format, link: link, change: change))
            case .footnote(let content):
                runs.append(FlatRun(content: .footnote(content), format: format, link: link, change: change))
            case .change(let inner, let content):
                append(content, format: format, link: link, change: inner, to: &runs)
            }
        }
    }

    private static func appendText(_ text: String, format: RunFormat, link: String?, change: DocxChange?, to runs: inout [FlatRun]) {
        guard !text.isEmpty else { return }
        if var last = runs.last, case .text(let previous) = last.content,
           last.format == format, last.link == link, last.change == change {
            last.content = .text(previous + text)
            runs[runs.count - 1] = last
        } else {
            runs.append(FlatRun(content: .text(text), format: format, link: link, change: change))
        }
    }
}
