/// Accept-all and reject-all applied to `word/document.xml`, as Word would, reduced to the text
/// of each paragraph: the independent check that a tracked-changes document holds exactly the old
/// and the new text.
///
/// Accepting keeps `w:ins` content and drops `w:del` content; rejecting does the reverse, reading
/// deleted text from `w:delText`. A paragraph whose mark is deleted (accept) or inserted (reject)
/// joins the paragraph after it; a table row marked deleted (accept) or inserted (reject) goes.
public enum RevisionViews {
    public enum View {
        case accept
        case reject

        /// The change element whose content this view drops.
        var dropped: String { self == .accept ? "w:del" : "w:ins" }
    }

    public static func paragraphs(of document: XMLTree, _ view: View) -> [String] {
        guard let body = document.first("w:body") else { return [] }
        return blockTexts(body.elements, view)
    }

    private static func blockTexts(_ elements: [XMLTree], _ view: View) -> [String] {
        var out: [String] = []
        var pending: String?
        for element in elements {
            switch element.name {
            case "w:p":
                let text = (pending ?? "") + runText(element, view)
                let mark = element.first("w:pPr")?.first("w:rPr")
                if mark?.first(view.dropped) != nil {
                    pending = text
                } else {
                    pending = nil
                    out.append(text)
                }
            case "w:tbl":
                for row in element.elements where row.name == "w:tr" {
                    if row.first("w:trPr")?.first(view.dropped) != nil {
                        continue
                    }
                    for cell in row.elements where cell.name == "w:tc" {
                        out += blockTexts(cell.elements, view)
                    }
                }
            default:
                continue
            }
        }
        if let pending, !pending.isEmpty {
            out.append(pending)
        }
        return out
    }

    private static func runText(_ element: XMLTree, _ view: View) -> String {
        var text = ""
        for child in element.elements {
            switch child.name {
            case view.dropped, "w:pPr", "w:rPr", "w:instrText":
                continue
            case "w:t":
                text += child.text
            case "w:delText":
                text += view == .reject ? child.text : ""
            case "w:br":
                text += "\n"
            case "w:tab":
                text += "\t"
            default:
                text += runText(child, view)
            }
        }
        return text
    }
}
