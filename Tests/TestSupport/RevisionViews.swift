/// Accept-all and reject-all applied to `word/document.xml`, as Word would, reduced to the text
/// of each paragraph, or to its text and form (style and list): the independent check that a
/// tracked-changes document holds exactly the old and the new text, set out as each had it.
///
/// Accepting keeps `w:ins` content and drops `w:del` content; rejecting does the reverse, reading
/// deleted text from `w:delText`. A paragraph whose mark is deleted (accept) or inserted (reject)
/// joins the paragraph after it, which keeps its own properties; a table row marked deleted
/// (accept) or inserted (reject) goes. A tracked change of a paragraph's properties (`w:pPrChange`)
/// is kept when accepting, and gives back the properties it holds when rejecting.
public enum RevisionViews {
    public enum View {
        case accept
        case reject

        /// The change element whose content this view drops.
        var dropped: String { self == .accept ? "w:del" : "w:ins" }
    }

    /// A paragraph as a view shows it: its text, its style (`w:pStyle`, "" for Normal), and its list:
    /// the `w:numId` (made comparable between documents by `numberedInOrder`) and the level.
    public struct Paragraph: Hashable, CustomStringConvertible {
        public var text: String
        public var style: String
        public var list: String?
        public var level: Int?

        public init(text: String, style: String = "", list: String? = nil, level: Int? = nil) {
            self.text = text
            self.style = style
            self.list = list
            self.level = level
        }

        public var description: String {
            "[\(style)\(list.map { " list \($0)" } ?? "")\(level.map { " level \($0)" } ?? "")] \(text)"
        }
    }

    public static func paragraphs(of document: XMLTree, _ view: View) -> [String] {
        forms(of: document, view).map(\.text)
    }

    /// Every paragraph with its text and form, as the view leaves it.
    public static func forms(of document: XMLTree, _ view: View) -> [Paragraph] {
        guard let body = document.first("w:body") else { return [] }
        return blockForms(body.elements, view)
    }

    /// The paragraphs with their lists named by what each list is and the order each first appears in,
    /// rather than by `w:numId`: `abstract` maps a `w:numId` to its `w:abstractNumId` (read from
    /// `word/numbering.xml` by `abstractLists`). Two documents whose paragraphs share lists alike then
    /// compare equal, whatever numbers the writer gave their lists.
    public static func numberedInOrder(_ paragraphs: [Paragraph], abstract: [String: String]) -> [Paragraph] {
        var order: [String: Int] = [:]
        return paragraphs.map { paragraph in
            guard let id = paragraph.list else { return paragraph }
            if order[id] == nil { order[id] = order.count + 1 }
            var named = paragraph
            named.list = "\(order[id] ?? 0) of kind \(abstract[id] ?? "undefined")"
            return named
        }
    }

    /// Each `w:num`'s `w:abstractNumId`, from `word/numbering.xml`.
    public static func abstractLists(_ numbering: XMLTree) -> [String: String] {
        var out: [String: String] = [:]
        for num in numbering.elements where num.name == "w:num" {
            if let id = num.attributes["w:numId"], let abstract = num.first("w:abstractNumId")?.attributes["w:val"] { out[id] = abstract }
        }
        return out
    }

    private static func blockForms(_ elements: [XMLTree], _ view: View) -> [Paragraph] {
        var out: [Paragraph] = []
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
                    out.append(form(of: element, text: text, view))
                }
            case "w:tbl":
                for row in element.elements where row.name == "w:tr" {
                    if row.first("w:trPr")?.first(view.dropped) != nil {
                        continue
                    }
                    for cell in row.elements where cell.name == "w:tc" {
                        out += blockForms(cell.elements, view)
                    }
                }
            default:
                continue
            }
        }
        if let pending, !pending.isEmpty {
            out.append(Paragraph(text: pending))
        }
        return out
    }

    /// A paragraph's style and list in the view: its own, or, rejecting, those its `w:pPrChange` holds.
    private static func form(of paragraph: XMLTree, text: String, _ view: View) -> Paragraph {
        var properties = paragraph.first("w:pPr")
        if view == .reject, let former = properties?.first("w:pPrChange") {
            properties = former.first("w:pPr")
        }
        let numbering = properties?.first("w:numPr")
        return Paragraph(text: text, style: properties?.first("w:pStyle")?.attributes["w:val"] ?? "",
                         list: numbering?.first("w:numId")?.attributes["w:val"],
                         level: numbering?.first("w:ilvl")?.attributes["w:val"].flatMap { Int($0) })
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
