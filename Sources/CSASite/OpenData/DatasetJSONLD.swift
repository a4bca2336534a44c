import CSAModel

/// The schema.org `Dataset` description of an edition's open data, embedded in its data page.
struct DatasetJSONLD: Encodable {
    struct Organization: Encodable {
        let type = "Organization"
        let name: String
        enum CodingKeys: String, CodingKey { case type = "@type", name }
    }
    struct Download: Encodable {
        let type = "DataDownload"
        let name: String
        let encodingFormat: String
        let contentUrl: String
        enum CodingKeys: String, CodingKey { case type = "@type", name, encodingFormat, contentUrl }
    }
    struct Related: Encodable {
        let type = "Dataset"
        let name: String
        let url: String
        enum CodingKeys: String, CodingKey { case type = "@type", name, url }
    }

    let context = "https://schema.org"
    let type = "Dataset"
    let name: String
    let description: String
    let url: String
    let version: String
    let license: String
    let creator: Organization
    let temporalCoverage: String
    let inLanguage: String
    let isBasedOn: Related?
    let supersededBy: Related?
    let distribution: [Download]

    enum CodingKeys: String, CodingKey {
        case context = "@context", type = "@type", name, description, url, version, license, creator, temporalCoverage,
             inLanguage, isBasedOn, supersededBy, distribution
    }

    init(_ edition: Edition, _ publication: Publication, baseURL: String) {
        let site = publication.site
        func related(_ e: Edition?) -> Related? {
            e.map { Related(name: "Open data of the \($0.title)", url: baseURL + SitePage.data($0.id).path) }
        }
        name = "Open data of the \(edition.title)"
        let next = publication.successor(of: edition.id)
        description = "Priorities, cross-cutting themes, action plan and measures of the \(edition.title), as CSV and JSON."
            + (next.map { " Superseded by the \($0.title)." } ?? "")
            + (edition.measures.contains(where: \.illustrative) ? " Measure values marked illustrative are not real figures." : "")
            + (edition.actions.contains(where: \.illustrative) ? " Actions marked illustrative have parts that are examples, not reported by a source paper." : "")
        url = baseURL + SitePage.data(edition.id).path
        version = edition.id
        license = site.licence.url
        creator = Organization(name: site.partnership)
        temporalCoverage = "\(edition.period.start)/\(edition.period.end)"
        inLanguage = site.language
        isBasedOn = related(edition.supersedes.flatMap(publication.edition))
        supersededBy = related(next)
        distribution = OpenDataSet.allCases.flatMap { set in
            [Download(name: "\(set.title) (CSV)", encodingFormat: "text/csv", contentUrl: baseURL + set.path(edition.id, "csv")),
             Download(name: "\(set.title) (JSON)", encodingFormat: "application/json", contentUrl: baseURL + set.path(edition.id, "json"))]
        }
    }

    /// The JSON, safe to place inside a `<script>` element.
    var scriptText: String {
        JSONText.encode(self).replacingOccurrences(of: "</", with: "<\\/")
    }
}
