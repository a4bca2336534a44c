/// The version `csa --version` prints; raised with each release of the tool.
enum Version {
    static let current = "0.5.0"
}
