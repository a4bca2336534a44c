@testable import CSASite
import Testing

/// Finding `{{>partial}}` and `{{<parent}}` tags in template text.
@Suite struct PartialReferenceTests {
    @Test func findsPartialsAndParentsWithTheirPositions() {
        let text = "{{<layout}}\n{{$main}}\n  <p>{{title}}</p> {{> partials/notice }}\n{{>*dynamic}}{{! comment }}{{/main}}\n{{/layout}}"
        #expect(PartialReference.all(in: text) == [
            PartialReference(name: "layout", line: 1, column: 1),
            PartialReference(name: "partials/notice", line: 3, column: 20),
        ])
    }

    @Test func anUnclosedTagEndsTheSearchOnItsLine() {
        #expect(PartialReference.all(in: "{{>a}} {{>b\n{{>c}}") == [
            PartialReference(name: "a", line: 1, column: 1), PartialReference(name: "c", line: 2, column: 1),
        ])
    }
}
