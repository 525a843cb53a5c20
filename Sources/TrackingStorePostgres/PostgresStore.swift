import Foundation
import NIOConcurrencyHelpers
import Tracking
import TrackingStore

/// The theodoi store on a PostgreSQL server that several hosts share (`--db
/// postgresql://user@host:port/dbname`), with the guarantees of ``SQLiteStore``: every change and
/// its audit entry in one transaction, two writers never losing a report, a read being one moment.
/// Its SQL lives in the files of this module, written for PostgreSQL 13 and later.
///
/// **Connections.** A small pool of ``PostgresSession``s, each used by one thread at a time: the
/// dashboard reads on its background thread while its loop saves drafts, and the list's first
/// paint reads on two at once (``portfolioCounts(rules:asOf:)``). A session whose connection broke
/// is dropped, and the next call connects again: a restarted server is picked up by itself.
///
/// **Transactions.** Reads run in one `REPEATABLE READ READ ONLY` transaction (one snapshot, as a
/// GRDB read is); writes in `READ COMMITTED`, where a submission locks its assignment's row
/// (`SELECT … FOR UPDATE`) so that concurrent submitters on one assignment take their turns and
/// each gets the next revision. A serialization failure or a deadlock runs the transaction again
/// (``PostgresSession/transaction(isolation:readOnly:attempts:_:)``).
///
/// **Live refresh.** Every write transaction ends with `pg_notify('theodoi_changes', directive)`,
/// delivered on commit to every ``PostgresChangeListener`` (``PostgresChangeFeed``).
public final class PostgresStore: TrackingStore, @unchecked Sendable {
    public let server: PostgresLocation
    public let mode: StoreAccessMode
    /// The URL without password, for messages.
    public var location: String { server.description }
    /// What was ignored on the way in (an unsafe password file), for the caller to say.
    public let warnings: [PostgresWarning]

    private let password: String?
    private let applicationName: String
    /// Sessions not in use; at most ``maximumIdle`` are kept.
    private let idle = NIOLockedValueBox<[PostgresSession]>([])
    static let maximumIdle = 4

    /// Connects, then creates the store with the embedded data, migrates it, or (read-only)
    /// checks that it is ready.
    ///
    /// - Parameters:
    ///   - user: the Unix user, recorded in the audit entry of the initial data.
    ///   - environment: where `PGPASSWORD` and `PGPASSFILE` are read.
    /// - Throws: ``StoreError/server(vietnamese:english:)`` for what the server or the network
    ///   said; ``StoreError/notOurs(path:)``, ``StoreError/tooNew(path:)``,
    ///   ``StoreError/missing(path:)`` (read-only, not created yet).
    public init(location: PostgresLocation, mode: StoreAccessMode = .readWrite, user: String = "theodoi",
                clock: VietnamClock = VietnamClock(), applicationName: String = "theodoi",
                environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        server = location
        self.mode = mode
        self.applicationName = applicationName
        let lookup = location.lookUpPassword(environment: environment)
        password = lookup.password
        warnings = lookup.warnings
        let first = try Self.connect(location, password: password, applicationName: applicationName)
        do {
            try PostgresSchema.prepare(first, mode: mode, seedUser: user, seedTime: clock.timestamp())
        } catch {
            first.close()
            throw Self.storeError(error, location: location)
        }
        checkIn(first)
    }

    /// Opens the store a `--db postgresql://…` names (see ``PostgresLocation``): the URL read as
    /// libpq reads it, a password in it refused.
    /// - Throws: ``StoreError/server(vietnamese:english:)`` for a URL that cannot be read, and
    ///   whatever ``init(location:mode:user:clock:applicationName:environment:)`` throws.
    public convenience init(url: String, mode: StoreAccessMode = .readWrite, user: String = "theodoi",
                            clock: VietnamClock = VietnamClock(), applicationName: String = "theodoi",
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        let location: PostgresLocation
        do {
            location = try PostgresLocation(parsing: url)
        } catch {
            throw .server(vietnamese: error.message(.vi), english: error.message(.en))
        }
        try self.init(location: location, mode: mode, user: user, clock: clock, applicationName: applicationName,
                      environment: environment)
    }

    deinit {
        for session in idle.withLockedValue({ $0 }) { session.close() }
    }

    // MARK: - Sessions and transactions

    private static func connect(_ location: PostgresLocation, password: String?, applicationName: String) throws(StoreError) -> PostgresSession {
        do {
            return try PostgresSession(location: location, password: password, applicationName: applicationName)
        } catch {
            throw storeError(error, location: location)
        }
    }

    private func checkOut() throws(StoreError) -> PostgresSession {
        while let session = idle.withLockedValue({ $0.popLast() }) {
            if session.isConnected { return session }
            session.close()
        }
        return try Self.connect(server, password: password, applicationName: applicationName)
    }

    private func checkIn(_ session: PostgresSession) {
        guard session.isConnected else {
            session.close()
            return
        }
        let kept = idle.withLockedValue { sessions -> Bool in
            guard sessions.count < Self.maximumIdle else { return false }
            sessions.append(session)
            return true
        }
        if !kept { session.close() }
    }

    /// Runs `body` on a session of the pool, outside any transaction, mapping errors.
    func withSession<T>(_ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        let session = try checkOut()
        defer { checkIn(session) }
        do {
            return try body(session)
        } catch {
            throw Self.storeError(error, location: server)
        }
    }

    /// One read transaction: one snapshot of the store for everything `body` reads.
    func read<T>(_ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        try withSession { session in
            try session.transaction(isolation: .repeatableRead, readOnly: true) { session in try body(session) }
        }
    }

    /// One write transaction, run again on a serialization failure or a deadlock; refused at once
    /// for a store opened read-only (the wall), as SQLite's read-only connection refuses.
    func write<T>(_ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        guard mode == .readWrite else { throw .readOnly(path: location) }
        return try withSession { session in
            try session.transaction(isolation: .readCommitted) { session in try body(session) }
        }
    }

    /// Whether the store's role holds no right a reader does not need: what the wall checks
    /// before it shows anything. Empty for a role fit for the wall.
    public func writeRights() throws(StoreError) -> [String] {
        try withSession { session in try PostgresSchema.writeRights(session) }
    }

    // MARK: - Errors

    /// A server's or a connection's failure as the protocol's ``StoreError``.
    static func storeError(_ error: any Error, location: PostgresLocation) -> StoreError {
        let place = location.description
        switch error {
        case let error as StoreError:
            return error
        case let error as PostgresStoreError:
            switch error {
            case .permissionDenied: return .readOnly(path: place)
            case .conflict: return .locked(path: place)
            case .notOurs: return .notOurs(path: place)
            case .tooNew: return .tooNew(path: place)
            case .notPrepared: return .missing(path: place)
            default: return .server(vietnamese: error.message(.vi), english: error.message(.en))
            }
        default:
            return .other(path: place, detail: PostgresStoreError.printable("\(error)"))
        }
    }
}
