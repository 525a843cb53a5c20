import Foundation
import Glibc
import Testing
import Tracking
@testable import TrackingStorePostgres

/// The synchronous session on a live server: values, transactions and their retries, and the
/// one-line errors a user sees.
@Suite(.enabled(if: PostgresTestServer.isAvailable, Comment(rawValue: PostgresTestServer.skipMessage)))
struct PostgresSessionTests {
    @Test func valuesGoAndComeBack() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let session = try database.session()
        defer { session.close() }
        #expect(session.serverVersion >= PostgresSession.minimumServerVersion)
        let row = try #require(try session.query("SELECT $1::text, $2::bigint, $3::boolean, $4::float8, $5::text, 7::int4, 3::int2, 12.50::numeric, 'x'::varchar AS named",
                                                 ["Phường Phong Khê – Văn Môn", .integer(1_300_000_000_000), true, 2.5, nil]).first)
        #expect(row.text(0) == "Phường Phong Khê – Văn Môn")
        #expect(row.integer(1) == 1_300_000_000_000)
        #expect(row.bool(2) == true)
        #expect(row.double(3) == 2.5)
        #expect(row.text(4) == nil)
        #expect(row.int(5) == 7)
        #expect(row.int(6) == 3)
        #expect(row.text(7) == "12.5")
        #expect(row["named"] == .text("x"))
        #expect(row.columns.last == "named")
        try session.execute("CREATE TABLE t (id bigint PRIMARY KEY, name text)")
        #expect(try session.execute("INSERT INTO t VALUES (1, 'a'), (2, 'b')") == 2)
        #expect(try session.execute("UPDATE t SET name = upper(name)") == 2)
        #expect(try session.query("SELECT * FROM t WHERE id > $1 ORDER BY id", [.integer(5)]).isEmpty)
        // A type outside the schema's is refused with the column's name, not garbled.
        #expect(throws: PostgresStoreError.self) { try session.query("SELECT now() AS moment") }
    }

    @Test func transactionCommitsOrRollsBack() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let session = try database.session()
        defer { session.close() }
        try session.execute("CREATE TABLE t (id bigint PRIMARY KEY)")
        try session.transaction { try $0.execute("INSERT INTO t VALUES (1)") }
        struct Refusal: Error {}
        #expect(throws: Refusal.self) {
            try session.transaction { session in
                try session.execute("INSERT INTO t VALUES (2)")
                throw Refusal()
            }
        }
        #expect(throws: PostgresStoreError.self) {
            try session.transaction { try $0.execute("INSERT INTO t VALUES (1)") }   // duplicate key
        }
        #expect(try session.query("SELECT id FROM t ORDER BY id").map { $0.integer(0) } == [1])
        // The session is usable after each.
        try session.transaction(isolation: .serializable, readOnly: true) { _ = try $0.query("SELECT 1") }
        #expect(throws: PostgresStoreError.self) {
            try session.transaction(readOnly: true) { try $0.execute("INSERT INTO t VALUES (3)") }
        }
    }

    /// A real serialization failure: another session changes the row between this
    /// transaction's read and its write, once; the second attempt goes through.
    @Test func serializationFailureIsRetried() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let session = try database.session()
        let other = try database.session()
        defer { session.close(); other.close() }
        try session.execute("CREATE TABLE counter (id bigint PRIMARY KEY, value bigint NOT NULL)")
        try session.execute("INSERT INTO counter VALUES (1, 0)")
        var attempts: [Int] = []
        try session.transaction(isolation: .repeatableRead) { session, attempt in
            attempts.append(attempt)
            let value = try session.scalar("SELECT value FROM counter WHERE id = 1")
            if attempt == 1 { try other.execute("UPDATE counter SET value = value + 100 WHERE id = 1") }
            guard case .integer(let current) = value else { return }
            try session.execute("UPDATE counter SET value = $1 WHERE id = 1", [.integer(current + 1)])
        }
        #expect(attempts == [1, 2])
        #expect(try session.scalar("SELECT value FROM counter") == .integer(101))
    }

    @Test func deadlockIsRetriedAndRetriesAreBounded() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let session = try database.session()
        defer { session.close() }
        try session.execute("CREATE TABLE t (attempt bigint)")
        var attempts = 0
        try session.transaction { session, attempt in
            attempts = attempt
            try session.execute("INSERT INTO t VALUES ($1)", [.integer(Int64(attempt))])
            if attempt < 3 {
                try session.execute("DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = 'deadlock_detected'; END $$")
            }
        }
        #expect(attempts == 3)
        #expect(try session.query("SELECT attempt FROM t").map { $0.integer(0) } == [3])   // the failed ones rolled back

        var tries = 0
        #expect(throws: PostgresStoreError.conflict(attempts: 3)) {
            try session.transaction(attempts: 3) { session in
                tries += 1
                try session.execute("DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = 'serialization_failure'; END $$")
            }
        }
        #expect(tries == 3)
    }

    // MARK: What a user sees

    @Test func wrongPassword() throws {
        let location = try PostgresTestServer.location()
        do {
            let session = try PostgresSession(location: location, password: "certainly-not-the-password")
            session.close()
            // The server trusts this client without a password: nothing to check.
            return
        } catch {
            #expect(error == .authenticationFailed(user: location.user, server: location.server))
            #expect(error.message(.vi).contains(location.user))
        }
    }

    @Test func unknownDatabase() throws {
        var location = try PostgresTestServer.location()
        location.database = "theodoi_no_such_database_\(UInt32.random(in: 0...UInt32.max))"
        #expect(throws: PostgresStoreError.databaseMissing(database: location.database, server: location.server)) {
            try PostgresSession(location: location, password: PostgresTestServer.password(for: location))
        }
    }

    @Test func refusedPort() throws {
        let port = try Self.freePort()
        let location = PostgresLocation(host: "127.0.0.1", port: port, user: "theodoi", database: "theodoi", sslMode: .disable)
        #expect(throws: PostgresStoreError.unreachable(server: "127.0.0.1:\(port)", reason: .refused)) {
            try PostgresSession(location: location, password: nil, connectTimeout: 5)
        }
    }

    /// A port that accepts the TCP connection but never answers: the connect timeout, not a hang.
    @Test func silentServerTimesOut() throws {
        let listener = try SilentListener()
        let location = PostgresLocation(host: "127.0.0.1", port: listener.port, user: "theodoi", database: "theodoi", sslMode: .disable)
        let started = Date()
        #expect(throws: PostgresStoreError.unreachable(server: "127.0.0.1:\(listener.port)", reason: .timeout(seconds: 0.5))) {
            try PostgresSession(location: location, password: nil, connectTimeout: 0.5)
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func missingSocket() {
        let location = PostgresLocation(host: "/nonexistent-theodoi", port: 5432, user: "u", database: "d")
        #expect(throws: PostgresStoreError.unreachable(server: "/nonexistent-theodoi/.s.PGSQL.5432",
                                                       reason: .socketMissing(path: "/nonexistent-theodoi/.s.PGSQL.5432"))) {
            try PostgresSession(location: location, password: nil)
        }
    }

    @Test func killedSessionReportsConnectionLost() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let session = try database.session()
        let killer = try database.session()
        defer { session.close(); killer.close() }
        #expect(try killer.scalar("SELECT pg_terminate_backend($1::int)", [.integer(Int64(session.backendPID))]) == .boolean(true))
        #expect(throws: PostgresStoreError.connectionLost(server: database.location.server)) {
            try session.query("SELECT 1")
        }
        #expect(throws: PostgresStoreError.connectionLost(server: database.location.server)) {
            try session.query("SELECT 1")
        }
    }

    /// A loopback port nothing listens on (bound, read, released).
    static func freePort() throws -> Int {
        let listener = try SilentListener()
        let port = listener.port
        listener.close()
        return port
    }
}

/// A TCP socket on 127.0.0.1 that listens and never accepts: connections complete (the kernel
/// queues them) and then hear nothing.
final class SilentListener {
    let descriptor: Int32
    let port: Int

    init() throws {
        struct Failure: Error {}
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure() }
        self.descriptor = descriptor
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 8) == 0 else { throw Failure() }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    private var isClosed = false

    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = Glibc.close(descriptor)
    }

    deinit { close() }
}
