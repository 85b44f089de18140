// swift-tools-version:6.1
import PackageDescription

// A libFuzzer target over the whole pipeline, kept out of the main package so that its normal
// `swift build` and `swift test` never see sanitizer flags. Build and run with ../scripts/fuzz.sh.
let package = Package(
    name: "WartaFuzz",
    dependencies: [
        .package(name: "Warta", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "WartaFuzz",
            dependencies: [.product(name: "Warta", package: "Warta")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
