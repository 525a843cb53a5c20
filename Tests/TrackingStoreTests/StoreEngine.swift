import Foundation
import Testing
import Tracking
import TrackingStorePostgres
@testable import TrackingStore

/// The engines the store test suite runs against (issue 13: "the whole store test suite runs
/// against both stores"). A behaviour test takes `@Test(arguments: StoreEngine.available)` and
/// opens ``StoreUnderTest``; it never names an engine, so that every engine is held to the same
/// tests. Tests about one engine itself (files, locks, migrations, statement counts) live in the
/// suites named after it (`SQLiteFileTests`, `SQLiteMigrationTests`, `SQLiteStatementCountTests`).
enum StoreEngine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgresql

    /// How the test report names the engine in each test case ("engine → SQLite").
    var testDescription: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgresql: "PostgreSQL"
        }
    }

    /// The variable that names the PostgreSQL server the tests may use.
    static let postgresVariable = "THEODOI_TEST_POSTGRES"

    /// The server the PostgreSQL tests use (`postgresql://user@127.0.0.1:PORT/db`): nil when
    /// ``postgresVariable`` is unset or empty, so that a machine without a server still runs
    /// the whole suite on SQLite.
    static var postgresServer: String? {
        guard let value = ProcessInfo.processInfo.environment[postgresVariable], !value.isEmpty else { return nil }
        return value
    }

    // MARK: - PostgreSQL plugs in here

    /// Makes one fresh PostgreSQL store for one test, on the server `THEODOI_TEST_POSTGRES`
    /// names: THE one place where the PostgreSQL store joins the suite. Nil until
    /// `TrackingStorePostgres` is built; then (with the module added to the test target's
    /// dependencies in Package.swift) it becomes, in outline:
    ///
    ///     static let makePostgres: PostgresFactory? = { server in
    ///         let database = "theodoi_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    ///         // CREATE DATABASE <database> on `server`, as the server's user …
    ///         return StoreUnderTest.Backing(
    ///             open: { user, busyTimeout, mode in try PostgresStore(/* server with <database> */, mode: mode, user: user, …) },
    ///             discard: { /* DROP DATABASE <database> WITH (FORCE): handles may still be open */ })
    ///     }
    ///
    /// The first `open` must create the schema with the dispatch-239 seed, audited as by `user`,
    /// exactly as `SQLiteStore` does for a new file; later ones open the same database, as
    /// another process would.
    static let makePostgres: PostgresFactory? = { server in
        let admin = try PostgresLocation(parsing: server)
        let database = "theodoi_test_" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let session = try PostgresSession(location: admin)
        try session.execute("CREATE DATABASE \(PostgresSchema.quoteIdentifier(database))")
        var location = admin
        location.database = database
        return StoreUnderTest.Backing(
            open: { user, _, mode in
                try PostgresStore(location: location, mode: mode, user: user)
            },
            discard: {
                // Handles may still be open: FORCE ends their sessions. A session another role
                // is still closing may hold it a moment: a few tries, bounded.
                for _ in 0..<50 {
                    if (try? session.execute("DROP DATABASE IF EXISTS \(PostgresSchema.quoteIdentifier(database)) WITH (FORCE)")) != nil { break }
                    usleep(100_000)
                }
                session.close()
            })
    }

    /// `server`: the value of `THEODOI_TEST_POSTGRES`.
    typealias PostgresFactory = @Sendable (_ server: String) throws -> StoreUnderTest.Backing

    /// What the run says when it skips PostgreSQL: how to run it, and, while no factory is
    /// plugged in, that setting the variable is not enough yet.
    static var postgresSkipped: Comment {
        let how = "PostgreSQL store tests skipped: set \(postgresVariable)=postgresql://user@127.0.0.1:PORT/db (see deploy/postgres-server.sh)"
        return Comment(rawValue: makePostgres == nil ? how + "; no PostgreSQL store is plugged into the suite yet (StoreEngine.makePostgres)" : how)
    }

    /// The engines this run tests: SQLite always; PostgreSQL when a server is named and its
    /// factory is plugged in (``makePostgres``).
    static var available: [StoreEngine] {
        allCases.filter { engine in
            switch engine {
            case .sqlite: true
            case .postgresql: postgresServer != nil && makePostgres != nil
            }
        }
    }
}

/// One fresh store holding the dispatch-239 seed and nothing else, on one engine, thrown away
/// (folder removed, database dropped) when released. Real stores, never mocks.
///
/// Keep it in a variable for the whole test (`let sut = try StoreUnderTest(engine)`): the store
/// lives as long as it does.
final class StoreUnderTest {
    /// What an engine provides for one fresh store.
    struct Backing {
        /// Opens a handle on the store. The first call creates it with the dispatch-239 seed
        /// (audited as by `user`); the next ones open the same store independently, as another
        /// process would, waiting up to `busyTimeout` seconds for another writer.
        var open: (_ user: String, _ busyTimeout: TimeInterval, _ mode: StoreAccessMode) throws -> any TrackingStore
        /// Throws the store away; called once, when the ``StoreUnderTest`` is released.
        var discard: () -> Void
    }

    /// Why a test asked for an engine this run cannot test.
    struct Unavailable: Error, CustomStringConvertible {
        var engine: StoreEngine
        var description: String {
            "no \(engine.testDescription) store in this run: see StoreEngine.available (set \(StoreEngine.postgresVariable))"
        }
    }

    let engine: StoreEngine
    /// The handle the test works with.
    let store: any TrackingStore
    private let backing: Backing

    /// Where the store is, as its errors name it (`StoreError.locked(path:)` …): a file's path,
    /// or a server's URL without password.
    var location: String { store.location }

    /// Makes a fresh store on `engine`.
    /// - Parameter user: who the seed's audit entry names.
    init(_ engine: StoreEngine, user: String = "theodoi") throws {
        self.engine = engine
        switch engine {
        case .sqlite:
            backing = try Self.sqlite()
        case .postgresql:
            guard let server = StoreEngine.postgresServer, let make = StoreEngine.makePostgres else { throw Unavailable(engine: engine) }
            backing = try make(server)
        }
        do {
            store = try backing.open(user, 5, .readWrite)
        } catch {
            backing.discard()
            throw error
        }
    }

    /// A second, independent handle on the same store, as another process (another dashboard,
    /// `report submit` on another host) would have: what tests of concurrent writers, conflicts
    /// and changes seen across processes need. `mode: .readOnly` is the wall's handle.
    func reopen(user: String = "theodoi", busyTimeout: TimeInterval = 5,
                mode: StoreAccessMode = .readWrite) throws -> any TrackingStore {
        try backing.open(user, busyTimeout, mode)
    }

    deinit {
        backing.discard()
    }

    /// A new SQLite file in a temporary folder, removed with the folder.
    private static func sqlite() throws -> Backing {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        return Backing(
            open: { user, busyTimeout, mode in try SQLiteStore(path: path, mode: mode, user: user, busyTimeout: busyTimeout) },
            // Nothing to do when discarded: the closure holds the folder, and releasing it with
            // the backing (after the store's handle) removes the folder and the file.
            discard: { withExtendedLifetime(folder) {} })
    }
}

/// The suite's engines themselves: a run without PostgreSQL says it skipped it, and each engine
/// gives every test a store of its own.
@Suite struct StoreEngineTests {
    /// Reported as skipped, with how to run it, when this run has no PostgreSQL store: a green
    /// run never hides that half the suite did not run.
    @Test(.enabled(if: StoreEngine.available.contains(.postgresql), StoreEngine.postgresSkipped))
    func postgreSQLStoreTestsRun() throws {
        let sut = try StoreUnderTest(.postgresql)
        #expect(sut.engine == .postgresql)
        #expect(try sut.store.directiveCount() == 1)
        #expect(try sut.store.auditTrail().map(\.action) == ["seed"])
    }

    /// A parameterized test given no engine runs no case and passes: this one fails instead,
    /// should SQLite ever drop out of the engines every run tests.
    @Test func sqliteIsAlwaysTested() {
        #expect(StoreEngine.available.first == .sqlite)
    }

    /// A test's SQLite store leaves nothing behind in the temporary directory.
    @Test func aReleasedSQLiteStoreLeavesNoFile() throws {
        let location: String
        do {
            let sut = try StoreUnderTest(.sqlite)
            location = sut.location
            #expect(FileManager.default.fileExists(atPath: location))
        }
        #expect(!FileManager.default.fileExists(atPath: location))
        #expect(!FileManager.default.fileExists(atPath: (location as NSString).deletingLastPathComponent))
    }

    /// Two stores under test share nothing; a reopened handle shares everything with its store
    /// (what the tests of other processes rely on).
    @Test(arguments: StoreEngine.available)
    func eachTestHasItsOwnStoreAndReopeningSharesIt(engine: StoreEngine) throws {
        let first = try StoreUnderTest(engine), second = try StoreUnderTest(engine)
        #expect(first.location != second.location)
        let other = try first.reopen(user: "other")
        #expect(other.location == first.location)
        try other.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "u", clock: Fixture.clock("2025-02-12"))
        #expect(try first.store.reports(taskID: "1", agencyID: "cong-an-tinh").map(\.revision) == [1])
        #expect(try second.store.reports(taskID: "1", agencyID: "cong-an-tinh").isEmpty)
        #expect(try second.store.auditTrail().map(\.action) == ["seed"])
    }
}
