// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "zones",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "zones", targets: ["zones"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "CLocale",
            path: "Sources/CLocale"
        ),
        .executableTarget(
            name: "EmbedDatasetTool",
            path: "Sources/EmbedDatasetTool"
        ),
        .plugin(
            name: "EmbedDataset",
            capability: .buildTool(),
            dependencies: ["EmbedDatasetTool"]
        ),
        .target(
            name: "ZonesCore",
            dependencies: ["CLocale"],
            plugins: ["EmbedDataset"]
        ),
        .target(
            name: "ZonesUI",
            dependencies: ["ZonesCore"]
        ),
        .target(
            name: "ZonesTerminal",
            dependencies: ["ZonesUI", "CNcursesw"]
        ),
        .executableTarget(
            name: "zones",
            dependencies: [
                "ZonesCore", "ZonesUI", "ZonesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "zones-bench",
            dependencies: ["ZonesCore", "ZonesUI", "CNcursesw"]
        ),
        .testTarget(
            name: "ZonesCoreTests",
            dependencies: ["ZonesCore"]
        ),
        .testTarget(
            name: "ZonesUITests",
            dependencies: ["ZonesUI", "ZonesCore"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "ZonesE2ETests",
            dependencies: ["zones"]
        ),
        .testTarget(
            name: "ZonesCLITests",
            dependencies: ["zones", "ZonesCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
