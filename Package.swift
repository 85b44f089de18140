// swift-tools-version:6.1
import PackageDescription

// The tree follows the pipeline: input → normalize/segment (ICU) → lexicon → recognizers → record → sinks.
let package = Package(
    name: "Warta",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Warta", targets: ["WartaInput", "WartaText", "WartaLexicon", "WartaModel", "WartaExtract", "WartaStore"]),
        .executable(name: "warta", targets: ["warta"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The system ICU, found with pkg-config; its module shows Swift no ICU header.
        .systemLibrary(name: "CICUSystem", pkgConfig: "icu-uc icu-i18n", providers: [.apt(["libicu-dev"])]),
        // The only code that sees ICU headers: an opaque C API with stable (unversioned) names.
        .target(name: "CICU", dependencies: ["CICUSystem"]),
        // The one Swift layer that owns ICU objects; everything above it sees safe value types.
        .target(name: "WartaICU", dependencies: ["CICU"]),
        .target(name: "WartaModel"),
        .target(name: "WartaLexicon"),
        .target(name: "WartaText", dependencies: ["WartaICU", "WartaLexicon"]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "WartaInput", dependencies: ["WartaICU", "CLibXML2"]),
        .target(
            name: "WartaExtract",
            dependencies: ["WartaInput", "WartaText", "WartaLexicon", "WartaModel", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "WartaStore", dependencies: ["WartaModel", "WartaLexicon", "WartaText", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "warta",
            dependencies: ["WartaExtract", "WartaStore", "WartaInput", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "WartaICUTests", dependencies: ["WartaICU"]),
        .testTarget(name: "WartaTextTests", dependencies: ["WartaText", "WartaLexicon"]),
        .testTarget(name: "WartaLexiconTests", dependencies: ["WartaLexicon"]),
        .testTarget(name: "WartaModelTests", dependencies: ["WartaModel"]),
        .testTarget(name: "WartaExtractTests", dependencies: ["WartaExtract"], exclude: ["Fuzz"]),
        .testTarget(name: "WartaInputTests", dependencies: ["WartaInput"]),
        .testTarget(name: "WartaCLITests", dependencies: ["warta"]),
        .testTarget(name: "WartaStoreTests", dependencies: ["WartaStore", "WartaExtract"]),
    ],
    swiftLanguageModes: [.v6]
)
