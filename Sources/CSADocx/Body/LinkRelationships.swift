/// The external hyperlinks of one part, each written once as a relationship with its own id.
struct LinkRelationships {
    /// The number of the first hyperlink's `rId`; the part's fixed relationships use those below it.
    let firstNumber: Int
    private(set) var targets: [String] = []
    private var ids: [String: String] = [:]

    init(firstNumber: Int) {
        self.firstNumber = firstNumber
    }

    /// The relationship id for a target, the same id each time the same target comes again.
    mutating func id(for target: String) -> String {
        let address = LinkRelationships.uriSafe(target)
        if let known = ids[address] {
            return known
        }
        let id = "rId\(firstNumber + targets.count)"
        targets.append(address)
        ids[address] = id
        return id
    }

    /// The relationships as `Relationship` elements, in order of first use.
    var elements: String {
        targets.enumerated().map { index, target in
            "<Relationship Id=\"rId\(firstNumber + index)\" Type=\"\(Namespaces.hyperlinkRelationship)\" Target=\"\(XMLText.attribute(target))\" TargetMode=\"External\"/>"
        }.joined()
    }

    /// Word refuses a relationship target that is not a URI, so spaces, controls, characters
    /// outside ASCII and the few ASCII characters URIs never hold are percent-encoded (as UTF-8).
    static func uriSafe(_ target: String) -> String {
        var out = ""
        for byte in XMLText.allowedCharacters(target).utf8 {
            let character = Character(Unicode.Scalar(byte))
            if byte > 0x20 && byte < 0x7F && !"\"<>\\^`{|}".contains(character) {
                out.append(character)
            } else {
                out += "%" + hex(byte)
            }
        }
        return out
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
