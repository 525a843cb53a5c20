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
        .executable(name: "theodoi-bench", targets: ["TheodoiBenchmark"]),
        .executable(name: "theodoi-fuzz", targets: ["TheodoiFuzz"]),
        .library(name: "Tracking", targets: ["Tracking"]),
        .library(name: "TrackingStore", targets: ["TrackingStore"]),
        .library(name: "TrackingStorePostgres", targets: ["TrackingStorePostgres"]),
        .library(name: "Canvas", targets: ["Canvas"]),
        .library(name: "Dashboard", targets: ["Dashboard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // config.toml (roles). toml++ underneath: a full TOML 1.0 parser with line numbers in
        // its errors, for about 7 s more on a clean 2-core build.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // DOCX is a zip of XML parts: an in-memory archive, no temporary files, pure Swift.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The PostgreSQL store (issue 13): the wire protocol in Swift over SwiftNIO, SCRAM
        // authentication and LISTEN/NOTIFY included; no libpq to install or link.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        // Already resolved through postgres-nio; named because the synchronous session owns its
        // event loop (NIOPosix), waits on futures (NIOCore), sets up TLS (NIOSSL) and silences
        // the library's logger (Logging).
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
    ],
    targets: [
        // MARK: Domain

        /// Documents, agencies, areas, tasks, deadlines, the working-day calendar, statuses,
        /// reports and Vietnamese text folding. Pure Swift: no database, no terminal.
        .target(
            name: "Tracking",
            swiftSettings: swiftSettings
        ),

        // MARK: Reading dispatches

        /// The text of an official dispatch -> a parsed document with a warning per doubt. Pure.
        .target(
            name: "DispatchParser",
            dependencies: ["Tracking"],
            swiftSettings: swiftSettings
        ),

        // MARK: Documents to sign

        /// The drafts theodoi writes for signing as DOCX (WordprocessingML zipped): a small
        /// writer, the layout of Nghị định 30/2020/NĐ-CP, the reminder dispatch and the
        /// consolidated report. No database, no terminal.
        .target(
            name: "OfficeDocuments",
            dependencies: [
                "Tracking",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
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

        /// The same store on a PostgreSQL server (`--db postgresql://…`): the location and
        /// `~/.pgpass`, a synchronous session over PostgresNIO, the schema as the same
        /// migrations, and live refresh through LISTEN/NOTIFY.
        .target(
            name: "TrackingStorePostgres",
            dependencies: [
                "Tracking",
                "TrackingStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Screen

        /// The cell grid: cells, buffers, layout, display width, text clipping, widgets.
        /// Knows no domain and no terminal.
        .target(
            name: "Canvas",
            swiftSettings: swiftSettings
        ),

        /// The application as data: state, messages, a pure update and views that render the
        /// state into a Canvas buffer. No ncurses, no database.
        .target(
            name: "Dashboard",
            dependencies: ["Tracking", "Canvas"],
            swiftSettings: swiftSettings
        ),

        /// ncursesw, with a shim for what Swift cannot import (macros, `getmaxyx`, attributes).
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),

        /// The ncurses adapter: start and stop, present a Buffer, read keys, size, colours.
        /// Knows no domain.
        .target(
            name: "Terminal",
            dependencies: ["Canvas", "CNcursesw"],
            swiftSettings: swiftSettings
        ),

        // MARK: Executable

        /// Argument parsing and wiring; no domain logic of its own.
        .executableTarget(
            name: "theodoi",
            dependencies: [
                "Tracking",
                "TrackingStore",
                "TrackingStorePostgres",
                "DispatchParser",
                "OfficeDocuments",
                "Canvas",
                "Dashboard",
                "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Benchmark

        /// `theodoi-bench`: a generator of synthetic data at a department's volume and a harness
        /// that times the release `theodoi` binary on it. Run by hand, never by `swift test`.
        .executableTarget(
            name: "TheodoiBenchmark",
            dependencies: [
                "Tracking",
                "TrackingStore",
                "TrackingStorePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),

        // MARK: Fuzzing

        /// What libFuzzer drives: the dispatch parser, and the key decoder with `Update`.
        .target(
            name: "FuzzTargets",
            dependencies: ["DispatchParser", "Dashboard", "Terminal", "Canvas", "CNcursesw", "Tracking", "TrackingStore"],
            swiftSettings: swiftSettings
        ),
        /// `theodoi-fuzz`: libFuzzer's entry when built by `deploy/fuzz.sh`, else a replayer.
        .executableTarget(
            name: "TheodoiFuzz",
            dependencies: ["FuzzTargets"],
            swiftSettings: swiftSettings
        ),

        // MARK: Tests

        .testTarget(
            name: "TrackingTests",
            dependencies: ["Tracking"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DispatchParserTests",
            dependencies: ["DispatchParser", "Tracking"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OfficeDocumentsTests",
            dependencies: ["OfficeDocuments", "Tracking", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CanvasTests",
            dependencies: ["Canvas"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DashboardTests",
            dependencies: ["Dashboard", "Tracking", "Canvas", "TrackingStore"],
            exclude: ["Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TerminalTests",
            dependencies: ["Terminal", "Canvas"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TrackingStoreTests",
            dependencies: ["TrackingStore", "TrackingStorePostgres", "Tracking", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        /// Parsing runs everywhere; the rest against the server named by THEODOI_TEST_POSTGRES,
        /// each test on a database of its own, and skips without it. GRDB reads the SQLite seed
        /// to compare.
        .testTarget(
            name: "TrackingStorePostgresTests",
            dependencies: [
                "TrackingStorePostgres", "TrackingStore", "Tracking",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FuzzTargetsTests",
            dependencies: ["FuzzTargets"],
            exclude: ["Regressions"],
            swiftSettings: swiftSettings
        ),
        /// Runs the real `theodoi` binary as a user would, on temporary databases.
        .testTarget(
            name: "TheodoiTests",
            dependencies: ["theodoi", "TrackingStore", "TrackingStorePostgres", "Tracking", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
