import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element, for walking the parts in tests. Names keep their prefixes (`w:p`).
public final class XMLTree {
    public let name: String
    public let attributes: [String: String]
    public var children: [XMLNode] = []

    public enum XMLNode {
        case element(XMLTree)
        case text(String)
    }

    public init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    public var elements: [XMLTree] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    public var text: String {
        children.map { node in
            switch node {
            case .element(let element): element.text
            case .text(let text): text
            }
        }.joined()
    }

    public func first(_ name: String) -> XMLTree? {
        elements.first { $0.name == name }
    }

    /// Every element below this one, in document order.
    public var descendants: [XMLTree] {
        elements.flatMap { [$0] + $0.descendants }
    }

    /// Parses a document; a parse error is thrown with the parser's line and column.
    public static func parse(_ xml: String) throws -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseError(message: "\(parser.parserError.map(String.init(describing:)) ?? "no root") at \(parser.lineNumber):\(parser.columnNumber)")
        }
        return root
    }

    public struct ParseError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = XMLTree(name: elementName, attributes: attributes)
            stack.last?.children.append(.element(element))
            if root == nil {
                root = element
            }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.children.append(.text(string))
        }
    }
}
