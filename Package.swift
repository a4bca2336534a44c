// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "csa",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "csa", targets: ["csa"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libcmark from Debian's libcmark-dev, found through pkg-config.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Two system calls Swift's C library module lacks (swapping two paths in one step, the allocator's
        // growth), in C so that the static executable has them too.
        .target(name: "CPlatform"),
        // The typed model: editions, chapters, priorities, ..., and the document tree. No files, no formats.
        .target(name: "CSAModel"),
        // Markdown reader: libcmark's tree converted into CSAModel's document tree.
        .target(name: "CSAMarkdown", dependencies: ["CCmark", "CSAModel"]),
        // HTML writer for the document tree.
        .target(name: "CSAHTML", dependencies: ["CSAModel"]),
        // Committee papers' data directives: a directive and a Publication in, drafted blocks or located errors out. No files.
        .target(name: "CSAPapers", dependencies: ["CSAModel", "CSADiff", "CSADiffText"]),
        // Content/ reader: YAML and Markdown files into a validated model, with located diagnostics.
        .target(name: "CSAReaders", dependencies: [
            "CSAModel", "CSAMarkdown", "CSAPapers",
            .product(name: "Yams", package: "Yams"),
        ]),
        // The website writer: a Publication and a theme (templates, assets) in, site files out.
        .target(name: "CSASite", dependencies: [
            "CSAModel", "CSAHTML", "CSADiff", "CSADiffText",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The Word writer: its own small document model (with tracked changes) in, the bytes of a .docx out.
        .target(name: "CSADocx", dependencies: [
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Compares two editions: priorities and themes, actions, measures, and chapters word by word. No files, no formats.
        .target(name: "CSADiff", dependencies: ["CSAModel"]),
        // Writers of a comparison as text: terminal, Markdown, HTML and JSON.
        .target(name: "CSADiffText", dependencies: ["CSADiff", "CSAModel", "CSAHTML"]),
        // A comparison as a Word document with native tracked changes.
        .target(name: "CSADiffDocx", dependencies: ["CSADiff", "CSADiffText", "CSADocx", "CSAModel"]),
        // A committee paper as a Word document, laid out as its layout says.
        .target(name: "CSAPaperDocx", dependencies: ["CSAModel", "CSADocx"]),
        // A committee paper as a tagged PDF: its standalone HTML run through WeasyPrint.
        .target(name: "CSAPaperPDF", dependencies: ["CSAModel"]),
        // The command-line tool.
        .executableTarget(name: "csa", dependencies: [
            "CSAModel", "CSAReaders", "CSAHTML", "CSASite", "CSADiff", "CSADiffText", "CSADiffDocx", "CSADocx",
            "CSAPaperDocx", "CSAPaperPDF", "CPlatform",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The fuzz target over the content readers (Tests/Fuzz/run.sh builds it with libFuzzer); a plain
        // build makes a program that replays input files through the same readers.
        .executableTarget(name: "csa-fuzz", dependencies: ["CSAReaders"]),
        // Helpers the test targets share: Markdown that must parse, a seeded random generator, a publication of two
        // editions, the Testshire content files, and a small XML tree with Word's accept-all and reject-all.
        .target(name: "TestSupport", dependencies: ["CSAModel", "CSAMarkdown"], path: "Tests/TestSupport"),
        .testTarget(name: "CSAModelTests", dependencies: ["CSAModel"]),
        .testTarget(name: "CSAMarkdownTests", dependencies: ["CSAMarkdown", "CSAModel", "TestSupport"]),
        .testTarget(name: "CSAHTMLTests", dependencies: ["CSAHTML", "CSAMarkdown", "CSAModel", "TestSupport"]),
        .testTarget(name: "CSAReadersTests", dependencies: ["CSAReaders", "CSAModel", "CSAPapers", "TestSupport"]),
        .testTarget(name: "CSAPapersTests", dependencies: ["CSAPapers", "CSAModel", "CSAReaders"]),
        // Hand-made committee papers and the package's own paper layouts, for the writers' tests.
        .target(name: "PaperFixtures", dependencies: ["CSAModel", "CSAMarkdown", "CSAReaders", "CSASite"], path: "Tests/PaperFixtures"),
        .testTarget(name: "CSASiteTests", dependencies: ["CSASite", "CSAModel", "CSAMarkdown", "CSADiff", "PaperFixtures"]),
        .testTarget(name: "CSAPaperDocxTests", dependencies: ["CSAPaperDocx", "CSADocx", "CSAModel", "PaperFixtures"]),
        .testTarget(name: "CSAPaperPDFTests", dependencies: ["CSAPaperPDF", "CSASite", "CSAModel", "PaperFixtures"]),
        .testTarget(name: "CSADocxTests", dependencies: ["CSADocx", "TestSupport"]),
        .testTarget(name: "CSADiffTests", dependencies: ["CSADiff", "CSADiffText", "CSAModel", "CSAMarkdown", "CSAReaders", "TestSupport"]),
        .testTarget(name: "CSADiffTextTests", dependencies: ["CSADiffText", "CSADiff", "CSAModel", "CSAMarkdown", "CSAReaders", "TestSupport"],
                    exclude: ["Expected"]),
        .testTarget(name: "CSADiffDocxTests", dependencies: ["CSADiffDocx", "CSADiff", "CSADocx", "CSAModel", "CSAMarkdown", "CSAReaders", "TestSupport"]),
        .testTarget(name: "csaTests", dependencies: ["csa", "CPlatform", "TestSupport"]),
    ]
)
