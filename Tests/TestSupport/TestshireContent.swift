/// The files of the small, valid Testshire content folder that the readers' fixture (`ContentFixture`)
/// and the command's sandbox (`Sandbox`) both write.
public enum TestshireContent {
    /// `site.yml`: the Testshire partnership as its first body, then `otherBodies` (id and name).
    public static func siteYAML(otherBodies: [(id: String, name: String)] = []) -> String {
        """
        partnership: Testshire Community Safety Partnership
        title: Testshire Community Safety Agreement
        base_url: https://csa.example.org/
        language: en-GB
        licence:
          name: Open Government Licence v3.0
          url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/
        accessibility_contact:
          name: Community Safety Team
          email: team@example.org
        accessibility_statement:
          compliance: partial
          problems:
            - Search needs JavaScript.
          prepared: 2024-05-01
          reviewed: 2024-11-01
        bodies:
          - id: tcsp
            name: Testshire Community Safety Partnership

        """ + otherBodies.map { "  - id: \($0.id)\n    name: \($0.name)\n" }.joined()
    }

    /// The introduction chapter's front matter: six lines, the last one `---`.
    public static let introductionFrontMatter = """
        ---
        id: introduction
        title: Introduction
        order: 1
        summary: What the agreement is.
        ---

        """

    /// The introduction chapter (`chapters/01-introduction.md`): its front matter, a heading and a sentence.
    public static let introductionChapter = introductionFrontMatter + """

        ## Purpose

        The agreement sets the county's priorities.

        """
}
