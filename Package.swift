// swift-tools-version: 6.1
import PackageDescription

// Dependencies point one way (see DESIGN.md):
// cascade → {Dashboard, CascadeBench}; CascadeBench → Dashboard; Dashboard → {TerminalKit, CascadeSim, CascadeCore};
// CascadeSim → CascadeCore; TerminalKit → CNCursesW; CascadeSim, TerminalKit, Dashboard (the config file) and
// cascade (portfolio files) →
// TOMLInput (the checks every TOML text passes before TOMLKit reads it). Every target names each of our modules it
// imports (ModuleImportTests checks it).
let package = Package(
    name: "Cascade",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cascade", targets: ["cascade"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(
            name: "CNCursesW",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(
            name: "CascadeCore",
            dependencies: [.product(name: "HeapModule", package: "swift-collections")]
        ),
        .target(
            name: "TOMLInput",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(
            name: "CascadeSim",
            dependencies: [
                "CascadeCore",
                "TOMLInput",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            resources: [.embedInCode("Scenarios/Library")]
        ),
        .target(
            name: "TerminalKit",
            dependencies: ["CNCursesW", "TOMLInput", .product(name: "TOMLKit", package: "TOMLKit")],
            resources: [.embedInCode("Resources/Themes")]
        ),
        .target(
            name: "Dashboard",
            dependencies: [
                "TerminalKit", "CascadeSim", "CascadeCore", "TOMLInput",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(
            name: "CascadeBench",
            dependencies: [
                "CascadeCore", "CascadeSim", "Dashboard", "TerminalKit",
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ]
        ),
        .executableTarget(
            name: "cascade",
            dependencies: [
                "Dashboard", "CascadeBench", "CascadeSim", "CascadeCore", "TerminalKit", "TOMLInput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .testTarget(
            name: "CascadeCoreTests",
            dependencies: [
                "CascadeCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CascadeSimTests",
            dependencies: [
                "CascadeSim", "CascadeCore", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "CascadeBenchTests", dependencies: ["CascadeBench", "CascadeCore"]),
        .testTarget(
            name: "TerminalKitTests",
            dependencies: [
                "TerminalKit", "CNCursesW", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "DashboardTests", dependencies: ["Dashboard", "CascadeSim", "CascadeCore", "TerminalKit"],
            exclude: ["Golden"]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["Dashboard", "CascadeBench", "CascadeCore", "TerminalKit"],
            exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
