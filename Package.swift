// swift-tools-version: 6.1
//
// theodoi — a terminal dashboard that follows up a provincial directive on environmental
// pollution until every agency has reported. The logic lives in libraries; the `theodoi`
// executable only parses arguments and wires them together.

import PackageDescription

/// One set of settings for every target, so that no module is held to a looser standard.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "theodoi",
    products: [
        .executable(name: "theodoi", targets: ["theodoi"]),
        .library(name: "Tracking", targets: ["Tracking"]),
        .library(name: "TrackingStore", targets: ["TrackingStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: Domain

        /// Documents, agencies, areas, tasks, deadlines, the working-day calendar, statuses,
        /// reports and Vietnamese text folding. Pure Swift: no database, no terminal.
        .target(
            name: "Tracking",
            swiftSettings: swiftSettings
        ),

        // MARK: Storage

        /// SQLite through GRDB: schema, migrations, the embedded dispatch-239 data set,
        /// the audit trail and change detection across processes.
        .target(
            name: "TrackingStore",
            dependencies: [
                "Tracking",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Executable

        /// Argument parsing and wiring; no domain logic of its own.
        .executableTarget(
            name: "theodoi",
            dependencies: [
                "Tracking",
                "TrackingStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Tests

        .testTarget(
            name: "TrackingTests",
            dependencies: ["Tracking"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TrackingStoreTests",
            dependencies: ["TrackingStore", "Tracking", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        /// Runs the real `theodoi` binary as a user would, on temporary databases.
        .testTarget(
            name: "TheodoiTests",
            dependencies: ["theodoi", "TrackingStore", "Tracking", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
