import Foundation
import Testing
import Tracking
import TrackingStore
@testable import TrackingStorePostgres

/// Migrations on a live server: once, whatever the number of processes; never on another
/// program's database; never backwards.
@Suite(.enabled(if: PostgresTestServer.isAvailable, Comment(rawValue: PostgresTestServer.skipMessage)))
struct PostgresSchemaTests {
    @Test func aNewDatabaseIsMigratedAndMarked() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let session = try database.session()
        #expect(try PostgresSchema.inspect(session) == .empty)
        let applied = try PostgresSchema.prepare(session, seedUser: "seed-user", seedTime: "2025-01-20T08:00:00+07:00")
        #expect(applied == PostgresSchema.migrationIdentifiers)
        #expect(try PostgresSchema.inspect(session) == .ours(applied: Set(PostgresSchema.migrationIdentifiers)))
        #expect(try session.scalar("SELECT application_id FROM theodoi_store") == .integer(0x5444_4F49))
        #expect(try session.scalar("SELECT count(*) FROM task") == .integer(2))
        #expect(try session.scalar("SELECT count(*) FROM assignment WHERE role = 'lead'") == .integer(15))
        // A second run is a no-op.
        #expect(try PostgresSchema.prepare(session, seedUser: "other", seedTime: "2025-02-01T08:00:00+07:00") == [])
        #expect(try session.scalar("SELECT count(*) FROM audit") == .integer(1))
        session.close()
    }

    @Test func twentyProcessesStartingTogetherMigrateOnce() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let count = 20
        let results = Results()
        let connected = DispatchGroup()
        let finished = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        for index in 0..<count {
            connected.enter()
            finished.enter()
            let thread = Thread {
                defer { finished.leave() }
                let session: PostgresSession
                do {
                    session = try database.session(applicationName: "theodoi-tests-\(index)")
                } catch {
                    results.add(.failure(error))
                    connected.leave()
                    return
                }
                connected.leave()
                start.wait()   // all connected: now every one of them migrates at once
                results.add(Result { try PostgresSchema.prepare(session, seedUser: "user-\(index)", seedTime: "2025-01-20T08:00:00+07:00") })
                session.close()
            }
            thread.start()
        }
        connected.wait()
        for _ in 0..<count { start.signal() }
        #expect(finished.wait(timeout: .now() + 120) == .success)

        let outcomes = results.all
        #expect(outcomes.count == count)
        var applied: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let identifiers): applied += identifiers
            case .failure(let error): Issue.record("a session failed: \(error)")
            }
        }
        // Each migration applied by exactly one of them, in order within each.
        #expect(applied.sorted() == PostgresSchema.migrationIdentifiers.sorted())
        let session = try database.session()
        #expect(try session.scalar("SELECT count(*) FROM schema_migrations") == .integer(Int64(PostgresSchema.migrationIdentifiers.count)))
        #expect(try session.scalar("SELECT count(*) FROM document") == .integer(3))
        #expect(try session.scalar("SELECT count(*) FROM audit WHERE action = 'seed'") == .integer(1))
        #expect(try session.scalar("SELECT count(*) FROM theodoi_store") == .integer(1))
        session.close()
    }

    @Test func aForeignDatabaseIsRefusedAndLeftAlone() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let session = try database.session()
        try session.execute("CREATE TABLE invoice (id integer PRIMARY KEY, total numeric)")
        #expect(try PostgresSchema.inspect(session) == .foreign)
        #expect(throws: PostgresStoreError.notOurs(location: database.location.description)) {
            try PostgresSchema.prepare(session, seedUser: "u", seedTime: "t")
        }
        #expect(try session.scalar("SELECT to_regclass('theodoi_store') IS NULL") == .boolean(true))
        #expect(try session.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == .integer(1))
        // A table named like ours with someone else's id is not ours either.
        try session.execute("DROP TABLE invoice")
        try session.execute("CREATE TABLE theodoi_store (application_id integer)")
        try session.execute("CREATE TABLE schema_migrations (identifier text)")
        try session.execute("INSERT INTO theodoi_store VALUES (42)")
        #expect(try PostgresSchema.inspect(session) == .foreign)
        let message = PostgresStoreError.notOurs(location: database.location.description).message(.en)
        #expect(message.contains("not theodoi's") && message.contains(database.name))
        session.close()
    }

    @Test func aNewerStoreIsRefused() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let session = try database.prepared()
        try session.execute("INSERT INTO schema_migrations (identifier) VALUES ('v99-from-the-future')")
        #expect(throws: PostgresStoreError.tooNew(location: database.location.description)) {
            try PostgresSchema.prepare(session, seedUser: "u", seedTime: "t")
        }
        #expect(throws: PostgresStoreError.tooNew(location: database.location.description)) {
            try PostgresSchema.prepare(session, mode: .readOnly, seedUser: "u", seedTime: "t")
        }
        session.close()
    }

    @Test func anOlderStoreIsMigratedForward() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let session = try database.prepared()
        // Undo v7 by hand, as if made by the theodoi of v6.
        try session.execute("DROP INDEX assignment_role_first_submitted")
        try session.execute("ALTER TABLE assignment DROP COLUMN role")
        try session.execute("CREATE INDEX assignment_first_submitted ON assignment (task_id, first_submitted_on)")
        try session.execute("DELETE FROM schema_migrations WHERE identifier = 'v7-assignment-roles'")
        #expect(throws: PostgresStoreError.notPrepared(location: database.location.description)) {
            try PostgresSchema.prepare(session, mode: .readOnly, seedUser: "u", seedTime: "t")
        }
        #expect(try PostgresSchema.prepare(session, seedUser: "u", seedTime: "t") == ["v7-assignment-roles"])
        #expect(try session.scalar("SELECT count(*) FROM assignment WHERE role = 'lead'") == .integer(15))
        session.close()
    }

    @Test func readOnlyNeverCreates() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let session = try database.session()
        #expect(throws: PostgresStoreError.notPrepared(location: database.location.description)) {
            try PostgresSchema.prepare(session, mode: .readOnly, seedUser: "u", seedTime: "t")
        }
        #expect(try PostgresSchema.inspect(session) == .empty)
        session.close()
    }

    @Test func checksHoldAsInSQLite() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let session = try database.prepared()
        #expect(throws: PostgresStoreError.self) {
            try session.execute("UPDATE assignment SET role = 'observer' WHERE agency_id = 'so-tnmt'")
        }
        #expect(throws: PostgresStoreError.self) {
            try session.execute("INSERT INTO assignment (task_id, agency_id, position) VALUES (1, 'no-such-agency', 99)")
        }
        // The reserved word `user` is quoted in the schema and must be in queries.
        #expect(try session.scalar(#"SELECT "user" FROM audit"#) == .text("seed-user"))
        session.close()
    }
}

/// What the threads of a test report, behind a lock.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [Result<[String], any Error>] = []

    func add(_ outcome: Result<[String], any Error>) {
        lock.lock()
        outcomes.append(outcome)
        lock.unlock()
    }

    var all: [Result<[String], any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return outcomes
    }
}
