// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "cancu",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LegalRefs", targets: ["LegalRefs"]),
        .library(name: "DocumentText", targets: ["DocumentText"]),
        .library(name: "CitationGraph", targets: ["CitationGraph"]),
        .library(name: "Reports", targets: ["Reports"]),
        .executable(name: "cancu", targets: ["cancu"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .target(name: "LegalRefs", dependencies: ["CUTF8Scan"]),
        .target(name: "CUTF8Scan"),
        .target(name: "DocumentText", dependencies: [
            "LegalRefs", "CLibXML2", "CUTF8Scan",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "CSHA256"),
        .target(name: "CitationGraph", dependencies: ["LegalRefs", "DocumentText", "CSQLite", "CSHA256"]),
        .target(name: "Reports", dependencies: ["CitationGraph", "LegalRefs", "CUTF8Scan"]),
        .executableTarget(name: "cancu", dependencies: [
            "LegalRefs", "DocumentText", "CitationGraph", "Reports",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "cancu-bench", dependencies: ["LegalRefs", "DocumentText", "CitationGraph", "Reports"]),
        .testTarget(name: "LegalRefsTests", dependencies: ["LegalRefs"]),
        .testTarget(name: "DocumentTextTests", dependencies: ["DocumentText", "LegalRefs"]),
        .testTarget(name: "CitationGraphTests", dependencies: ["CitationGraph", "Reports", "LegalRefs"]),
    ],
    swiftLanguageModes: [.v6]
)
