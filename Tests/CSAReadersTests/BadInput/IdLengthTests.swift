import CSAModel
import CSAReaders
import Foundation
import Testing

/// Ids become file and folder names, so they are at most 64 characters long; so are edition folder names.
@Suite struct IdLengthTests {
    static let sixtyFour = String(repeating: "a", count: 62) + "-b"

    @Test func sixtyFourCharactersAreAllowed() throws {
        let themes = ContentFixture.files["editions/2024-25/themes.yml"]!.replacingOccurrences(of: "id: prevention", with: "id: \(Self.sixtyFour)")
        let priorities = ContentFixture.files["editions/2024-25/priorities.yml"]!.replacingOccurrences(of: "themes: [prevention]", with: "themes: [\(Self.sixtyFour)]")
        let actions = ContentFixture.files["editions/2024-25/actions.yml"]!.replacingOccurrences(of: "themes: [prevention]", with: "themes: [\(Self.sixtyFour)]")
        #expect(try BadInput.messages(["editions/2024-25/themes.yml": themes, "editions/2024-25/priorities.yml": priorities,
                                       "editions/2024-25/actions.yml": actions]) == [])
    }

    @Test func sixtyFiveCharactersAreAnError() throws {
        let long = Self.sixtyFour + "c"
        let actions = ContentFixture.files["editions/2024-25/actions.yml"]!.replacingOccurrences(of: "id: nc-01", with: "id: \(long)")
        #expect(try BadInput.messages(["editions/2024-25/actions.yml": actions]) == ["""
            C/editions/2024-25/actions.yml:1:7: error: id 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…' is 65 characters long; ids may have at most 64
                hint: use lowercase letters, digits and hyphens only, e.g. 'domestic-abuse'
            """])
    }

    @Test func editionFolderNamesHaveTheSameLimit() throws {
        let folder = "2025-26-" + String(repeating: "x", count: 60)
        let got = try BadInput.messages(prepare: { fixture in
            try FileManager.default.copyItem(at: fixture.root.appendingPathComponent("editions/2024-25"),
                                             to: fixture.root.appendingPathComponent("editions/\(folder)"))
        })
        #expect(got == ["""
            C/editions/\(folder):1:1: error: edition folder name: id '2025-26-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' is 68 characters long; ids may have at most 64
                hint: name edition folders like '2024-25'
            """])
    }
}
