import Foundation
import Testing
import TrackingStore
@testable import TrackingStorePostgres

/// The server the live tests use: `THEODOI_TEST_POSTGRES`, a URL whose user may CREATE DATABASE
/// (its password in `PGPASSFILE` or `PGPASSWORD`). `.ci/run` starts one with
/// `deploy/postgres-server.sh`; without the variable, the live suites are skipped.
enum PostgresTestServer {
    static let skipMessage = "PostgreSQL tests skipped: set THEODOI_TEST_POSTGRES to a server URL whose user may CREATE DATABASE, its password in PGPASSFILE or PGPASSWORD (deploy/postgres-server.sh start FOLDER makes one)"
    static let wallSkipMessage = "PostgreSQL read-only tests skipped: set THEODOI_TEST_POSTGRES_WALL to a URL of a role without rights (deploy/postgres-server.sh makes theodoi_wall)"

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var isAvailable: Bool { environment["THEODOI_TEST_POSTGRES"].map { !$0.isEmpty } ?? false }
    static var isWallAvailable: Bool { isAvailable && (environment["THEODOI_TEST_POSTGRES_WALL"].map { !$0.isEmpty } ?? false) }

    /// The server's own database (the URL's), for CREATE and DROP DATABASE.
    static func location() throws -> PostgresLocation {
        try PostgresLocation(parsing: environment["THEODOI_TEST_POSTGRES"] ?? "")
    }

    static func wallLocation() throws -> PostgresLocation {
        try PostgresLocation(parsing: environment["THEODOI_TEST_POSTGRES_WALL"] ?? "")
    }

    static func password(for location: PostgresLocation) -> String? {
        location.lookUpPassword(environment: environment).password
    }

    /// A session on the server's own database.
    static func adminSession() throws -> PostgresSession {
        let location = try location()
        return try PostgresSession(location: location, password: password(for: location), applicationName: "theodoi-tests")
    }
}

/// A database of its own for one test: created empty, dropped at the end (with whatever
/// sessions are still on it, which must be the test user's own). Threads of a test may open
/// sessions on it at once: they only read its immutable location.
final class TemporaryDatabase: @unchecked Sendable {
    let name: String
    let location: PostgresLocation
    private let admin: PostgresSession

    init() throws {
        admin = try PostgresTestServer.adminSession()
        name = "theodoi_test_\(String(UInt64.random(in: 0...UInt64.max), radix: 36))"
        var location = admin.location
        location.database = name
        self.location = location
        try admin.execute("CREATE DATABASE \(PostgresSchema.quoteIdentifier(name))")
    }

    deinit {
        drop()
    }

    private var isDropped = false

    /// Drops the database: call it in a `defer` right after creating it, so that the database
    /// outlives every session of the test (ARC may otherwise end it after its last use). The
    /// server may still be ending a session just closed by another role (the wall's), which
    /// `WITH (FORCE)` may not terminate: a few tries, bounded.
    func drop() {
        guard !isDropped else { return }
        isDropped = true
        for _ in 0..<50 {
            if (try? admin.execute("DROP DATABASE IF EXISTS \(PostgresSchema.quoteIdentifier(name)) WITH (FORCE)")) != nil { break }
            usleep(100_000)
        }
        admin.close()
    }

    func session(applicationName: String = "theodoi-tests") throws -> PostgresSession {
        try PostgresSession(location: location, password: PostgresTestServer.password(for: location), applicationName: applicationName)
    }

    /// A session of the wall's role on this database.
    func wallSession() throws -> PostgresSession {
        var location = try PostgresTestServer.wallLocation()
        location.database = name
        return try PostgresSession(location: location, password: PostgresTestServer.password(for: location),
                                   applicationName: "theodoi-tests-wall")
    }

    /// Created and migrated, with the seed's audit entry by "seed-user" at `seedTime`.
    func prepared(seedTime: String = "2025-01-20T08:00:00+07:00") throws -> PostgresSession {
        let session = try session()
        try PostgresSchema.prepare(session, seedUser: "seed-user", seedTime: seedTime)
        return session
    }
}

/// Waits until `fd` is readable, at most `milliseconds`; true when it is.
func waitReadable(_ fd: Int32, milliseconds: Int32) -> Bool {
    var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    while true {
        let result = poll(&entry, 1, milliseconds)
        if result < 0, errno == EINTR { continue }
        return result > 0 && entry.revents & Int16(POLLIN) != 0
    }
}
