/// The namespace and relationship-type URIs of Office Open XML that the parts use.
enum Namespaces {
    static let wordprocessingML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"

    static let hyperlinkRelationship = relationships + "/hyperlink"

    /// `xmlns:w` and `xmlns:r`, for the root element of every WordprocessingML part.
    static let wordRoot = "xmlns:w=\"\(wordprocessingML)\" xmlns:r=\"\(relationships)\""
}
