import CSAModel

/// The schema.org `Dataset` description of an edition's open data, embedded in its data page.
struct DatasetJSONLD {
    struct Organization {
        let name: String
        var json: JSONText.Value { .object(["@type": .string("Organization"), "name": .string(name)]) }
    }
    struct Download {
        let name: String
        let encodingFormat: String
        let contentUrl: String
        var json: JSONText.Value {
            .object(["@type": .string("DataDownload"), "name": .string(name), "encodingFormat": .string(encodingFormat),
                     "contentUrl": .string(contentUrl)])
        }
    }
    struct Related {
        let name: String
        let url: String
        var json: JSONText.Value { .object(["@type": .string("Dataset"), "name": .string(name), "url": .string(url)]) }
    }

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

    /// The description as JSON-LD; `isBasedOn` and `supersededBy` are left out when there is none.
    var json: JSONText.Value {
        var members: [String: JSONText.Value] = [
            "@context": .string("https://schema.org"), "@type": .string("Dataset"), "name": .string(name),
            "description": .string(description), "url": .string(url), "version": .string(version), "license": .string(license),
            "creator": creator.json, "temporalCoverage": .string(temporalCoverage), "inLanguage": .string(inLanguage),
            "distribution": .array(distribution.map(\.json)),
        ]
        members["isBasedOn"] = isBasedOn?.json
        members["supersededBy"] = supersededBy?.json
        return .object(members)
    }

    init(_ edition: Edition, _ publication: Publication, baseURL: String) {
        let site = publication.site
        func related(_ e: Edition?) -> Related? {
            e.map { Related(name: "Open data of the \($0.title)", url: baseURL + SitePage.data($0.id).path) }
        }
        name = "Open data of the \(edition.title)"
        let next = publication.successor(of: edition.id)
        description = "Priorities, cross-cutting themes, action plan, progress updates and measures of the \(edition.title), "
            + "as CSV and JSON, and all of them in one JSON file."
            + (next.map { " Superseded by the \($0.title)." } ?? "")
            + IllustrativeNotes.all(edition).map { " " + $0 + " Each one is marked illustrative in the data." }.joined()
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
        } + [Download(name: "\(AllOpenData.title) (JSON)", encodingFormat: "application/json", contentUrl: baseURL + AllOpenData.path(edition.id))]
    }

    /// The JSON, safe to place inside a `<script>` element: see `JSONText.forScript`.
    var scriptText: String { JSONText.forScript(JSONText.document(json)) }
}
