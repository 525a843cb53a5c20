import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// One connection to the server, used synchronously: a call returns when the server answered.
///
/// theodoi is a synchronous program — its loop is `poll(2)` on the terminal, and no Swift
/// concurrency runs on the main thread — so the store needs a client that blocks the calling
/// thread, as GRDB's does. PostgresNIO is asynchronous; the bridge chosen is the smallest that
/// needs no `async` anywhere in the caller:
///
/// - the session owns one `MultiThreadedEventLoopGroup(numberOfThreads: 1)`: the connection's I/O
///   runs on that thread, never on the caller's, and the thread ends with ``close()``;
/// - every request uses PostgresNIO's `EventLoopFuture` interface (`PostgresConnection.connect`,
///   `query(_:logger:)`), and the caller's thread waits for the future (`wait()`, which NIO allows
///   on any thread that is not an event loop's and that is not in an async context).
///
/// This is the interface PostgresNIO 1.33 keeps without deprecation next to the async one
/// (an async bridge would need a semaphore around a `Task`, which Swift 6 warns against and
/// which ties up a thread of the cooperative pool for every blocked caller). Nothing is shared
/// between sessions: a process that writes from two threads opens two sessions.
///
/// The library logs nowhere (a no-op `Logger`): a dashboard owns the terminal, and every failure
/// reaches the caller as a ``PostgresStoreError`` instead.
public final class PostgresSession {
    public let location: PostgresLocation
    /// `server_version_num` (150004 for 15.4).
    public let serverVersion: Int
    /// The server process serving this session (`pg_backend_pid()`), to find it in
    /// `pg_stat_activity`.
    public let backendPID: Int

    /// The oldest server the store's SQL is written for: identity columns, `ON CONFLICT`,
    /// `pg_advisory_xact_lock`, `GRANT … ON ALL TABLES`, scram-sha-256 all exist from 10; 13 is
    /// the oldest the PostgreSQL project still supported when this was written.
    public static let minimumServerVersion = 13_00_00

    let group: MultiThreadedEventLoopGroup
    let connection: PostgresConnection
    let logger: Logger
    var isInTransaction = false
    private var isClosed = false

    /// Connects with the password from `PGPASSWORD` or the password file
    /// (``PostgresLocation/lookUpPassword(environment:)``); `warn` receives what was ignored on
    /// the way (an unsafe password file).
    ///
    /// - Parameters:
    ///   - applicationName: shown in `pg_stat_activity` (the URL's `application_name` wins).
    ///   - connectTimeout: seconds to wait for the server (the URL's `connect_timeout` wins).
    public convenience init(location: PostgresLocation, applicationName: String = "theodoi", connectTimeout: Double = 10,
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            warn: (PostgresWarning) -> Void = { _ in }) throws(PostgresStoreError) {
        let lookup = location.lookUpPassword(environment: environment)
        lookup.warnings.forEach(warn)
        try self.init(location: location, password: lookup.password, applicationName: applicationName,
                      connectTimeout: connectTimeout)
    }

    /// Connects with the given password (nil: none; the server may not ask for one).
    public init(location: PostgresLocation, password: String?, applicationName: String = "theodoi",
                connectTimeout: Double = 10) throws(PostgresStoreError) {
        self.location = location
        self.logger = Self.silentLogger
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        self.group = group
        do {
            let configuration = try Self.configuration(location: location, password: password,
                                                       applicationName: applicationName, connectTimeout: connectTimeout)
            connection = try PostgresConnection.connect(on: group.next(), configuration: configuration,
                                                        id: Self.nextID(), logger: Self.silentLogger).wait()
        } catch {
            Self.shutDown(group)
            throw PostgresErrorMapping.storeError(error, location: location,
                                                  connectTimeout: location.connectTimeout ?? connectTimeout)
        }
        do throws(PostgresStoreError) {
            let rows = try Self.run(connection, logger: logger, location: location,
                                    sql: "SELECT current_setting('server_version_num')::int, pg_backend_pid()", binds: [])
            serverVersion = rows.first?.int(0) ?? 0
            backendPID = rows.first?.int(1) ?? 0
            guard serverVersion >= Self.minimumServerVersion else {
                throw PostgresStoreError.serverTooOld(server: location.server, version: Self.versionText(serverVersion),
                                                      minimum: Self.versionText(Self.minimumServerVersion))
            }
        } catch {
            _ = try? connection.close().wait()
            Self.shutDown(group)
            throw error
        }
    }

    deinit {
        close()
    }

    /// Runs one statement and returns its rows (none for a statement that returns none).
    /// `$1`, `$2`… in `sql` take `binds` in order.
    @discardableResult
    public func query(_ sql: String, _ binds: [PostgresValue] = []) throws(PostgresStoreError) -> [PostgresRecord] {
        try Self.run(connection, logger: logger, location: location, sql: sql, binds: binds)
    }

    /// Runs one statement and returns the number of rows it changed (0 for DDL).
    @discardableResult
    public func execute(_ sql: String, _ binds: [PostgresValue] = []) throws(PostgresStoreError) -> Int {
        let result = try Self.wait(Self.guarded(connection.query(Self.query(sql, binds), logger: logger), on: connection),
                                   location: location)
        return result.metadata.rows ?? 0
    }

    /// The first column of the first row, for `SELECT count(*)` and the like.
    public func scalar(_ sql: String, _ binds: [PostgresValue] = []) throws(PostgresStoreError) -> PostgresValue {
        try query(sql, binds).first?.values.first ?? .null
    }

    /// Whether the connection is still open (false after ``close()`` or a loss seen by NIO).
    public var isConnected: Bool { !isClosed && !connection.isClosed }

    /// Closes the connection and ends the session's thread. Safe to call twice.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? connection.close().wait()
        Self.shutDown(group)
    }

    // MARK: Plumbing

    static func run(_ connection: PostgresConnection, logger: Logger, location: PostgresLocation, sql: String,
                    binds: [PostgresValue]) throws(PostgresStoreError) -> [PostgresRecord] {
        let result = try wait(guarded(connection.query(query(sql, binds), logger: logger), on: connection), location: location)
        var records: [PostgresRecord] = []
        records.reserveCapacity(result.rows.count)
        var columns: [String]?
        for row in result.rows {
            let cells = Array(row)
            if columns == nil { columns = cells.map(\.columnName) }
            var values: [PostgresValue] = []
            values.reserveCapacity(cells.count)
            for cell in cells {
                do {
                    values.append(try PostgresValue(cell))
                } catch {
                    throw error.onServer(location.server)
                }
            }
            records.append(PostgresRecord(columns: columns ?? [], values: values))
        }
        return records
    }

    static func query(_ sql: String, _ binds: [PostgresValue]) -> PostgresQuery {
        var bindings = PostgresBindings(capacity: binds.count)
        for value in binds { value.append(to: &bindings) }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }

    /// The request's answer, or a failure as soon as the connection is closed.
    ///
    /// PostgresNIO 1.33 leaves a request written to a connection that has just closed (the
    /// server ended it: `pg_terminate_backend`, a restart) without an answer: its future never
    /// completes, and a caller waiting on it would hang for ever (seen in a test: the second
    /// query after a termination). Racing it against the connection's `closeFuture` turns that
    /// into ``PostgresStoreError/connectionLost(server:)``; whichever completes first wins.
    static func guarded<Value: Sendable>(_ future: EventLoopFuture<Value>, on connection: PostgresConnection) -> EventLoopFuture<Value> {
        let promise = future.eventLoop.makePromise(of: Value.self)
        let settled = NIOLockedValueBox(false)
        let claim: @Sendable () -> Bool = {
            settled.withLockedValue { done in
                defer { done = true }
                return !done
            }
        }
        future.whenComplete { result in
            if claim() { promise.completeWith(result) }
        }
        connection.closeFuture.whenComplete { _ in
            // Let an answer already on its way (or the server's last error) arrive first.
            future.eventLoop.execute {
                if claim() { promise.fail(ConnectionClosed()) }
            }
        }
        return promise.futureResult
    }

    /// The connection closed before its request was answered.
    struct ConnectionClosed: Error {}

    static func wait<Value: Sendable>(_ future: EventLoopFuture<Value>, location: PostgresLocation) throws(PostgresStoreError) -> Value {
        do {
            return try future.wait()
        } catch {
            throw PostgresErrorMapping.storeError(error, location: location, connectTimeout: nil)
        }
    }

    static func configuration(location: PostgresLocation, password: String?, applicationName: String,
                              connectTimeout: Double) throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if location.isUnixSocket {
            configuration = .init(unixSocketPath: location.socketPath, username: location.user, password: password,
                                  database: location.database)
        } else {
            configuration = .init(host: location.host, port: location.port, username: location.user, password: password,
                                  database: location.database, tls: try tls(location.sslMode))
        }
        let seconds = location.connectTimeout ?? connectTimeout
        configuration.options.connectTimeout = .milliseconds(Int64((seconds * 1000).rounded()))
        configuration.options.additionalStartupParameters = [("application_name", location.applicationName ?? applicationName)]
        return configuration
    }

    /// libpq's `sslmode` in PostgresNIO's terms (see ``PostgresLocation/SSLMode``).
    static func tls(_ mode: PostgresLocation.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        var client = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable:
            return .disable
        case .allow, .prefer:
            client.certificateVerification = .none
            return .prefer(try NIOSSLContext(configuration: client))
        case .require:
            client.certificateVerification = .none
            return .require(try NIOSSLContext(configuration: client))
        case .verifyCA:
            client.certificateVerification = .noHostnameVerification
            return .require(try NIOSSLContext(configuration: client))
        case .verifyFull:
            client.certificateVerification = .fullVerification
            return .require(try NIOSSLContext(configuration: client))
        }
    }

    /// Ends an event-loop group and waits until it has, from a thread that is not its own.
    ///
    /// Not NIO's `syncShutdownGracefully()`: it waits for a callback delivered on
    /// `DispatchQueue.global()`, whose worker threads on Linux are as many as the cores and
    /// are shared with Swift concurrency's pool; when every one of them is blocked in such a
    /// wait, nothing is left to run the callback (seen: `swift test` hung on 2 cores with a
    /// handful of tests closing sessions at once). A private serial queue gets a thread of its own.
    static func shutDown(_ group: MultiThreadedEventLoopGroup) {
        let done = DispatchSemaphore(value: 0)
        group.shutdownGracefully(queue: shutdownQueue) { _ in done.signal() }
        done.wait()
    }

    private static let shutdownQueue = DispatchQueue(label: "theodoi.postgres.shutdown")

    static let silentLogger = Logger(label: "theodoi.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    private static let idCounter = NIOLockedValueBox(0)
    static func nextID() -> Int { idCounter.withLockedValue { $0 += 1; return $0 } }

    /// 150004 → "15.4"; 90624 → "9.6.24".
    static func versionText(_ number: Int) -> String {
        number >= 10_00_00 ? "\(number / 10_000).\(number % 10_000)" : "\(number / 10_000).\(number / 100 % 100).\(number % 100)"
    }
}

extension PostgresStoreError {
    /// The same error with the server's name filled in where it was left empty.
    func onServer(_ server: String) -> PostgresStoreError {
        if case .other("", let message) = self { return .other(server: server, message: message) }
        return self
    }
}
