import Foundation
import Glibc
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresNIO

/// Live refresh on PostgreSQL: what inotify and `PRAGMA data_version` are to the SQLite file.
///
/// A write transaction calls ``notify(_:directive:)`` — `pg_notify('theodoi_changes', reference)`,
/// which the server delivers when (and only if) the transaction commits, once per distinct
/// payload. The listener keeps a connection of its own that `LISTEN`s on that channel, and turns
/// what arrives into something a `poll(2)` loop can wait on: ``fileDescriptor``, the read end of
/// a non-blocking pipe that becomes readable when changes are waiting. Many notifications before
/// the loop wakes write one byte (the pipe coalesces them); ``drain()`` empties the pipe and
/// returns the directives changed since the last drain.
///
/// **Payload**: the directive's reference ("239/UBND-NN.TN"), so that a reader re-reads only
/// the directives that changed, as the SQLite store's change log (audit `document_id`) allows;
/// an empty payload means "not one directive" (an area, an agency): re-read everything.
///
/// **A lost connection** (server restart, `pg_terminate_backend`, network) wakes the loop with
/// ``isConnected`` false, so that the screen can say its data may be stale; the listener then
/// reconnects by itself, waiting 0.1 s, 0.2 s, … up to 5 s between attempts. Notifications sent
/// while it was away are lost for good, so after a reconnection ``drain()`` reports `unscoped`:
/// everything must be re-read.
///
/// The connection's I/O and the reconnections run on the listener's own event-loop thread; the
/// state they share with the caller's thread is behind a lock. Start the listener *before*
/// reading the data it keeps fresh: a change committed between the read and the `LISTEN` would
/// otherwise go unnoticed.
public final class PostgresChangeListener: Sendable {
    /// The notification channel every theodoi writer and reader uses.
    public static let channel = "theodoi_changes"

    /// More distinct directives than this between two drains: reported as `unscoped` instead.
    static let directiveLimit = 1_000

    public let location: PostgresLocation
    private let password: String?
    private let applicationName: String
    private let connectTimeout: Double
    private let delays: (first: Double, maximum: Double)
    private let group: MultiThreadedEventLoopGroup
    private let loop: any EventLoop
    private let readEnd: Int32
    private let writeEnd: Int32
    private let state: NIOLockedValueBox<State>

    private struct State {
        var connection: PostgresConnection?
        var isConnected = false
        var isClosed = false
        var directives: Set<String> = []
        var unscoped = false
        var wakePending = false
        var lostConnections = 0
        var reconnections = 0
        var nextDelay: Double
    }

    /// Connects, `LISTEN`s, and returns once notifications will be received.
    ///
    /// - Parameters:
    ///   - password: nil when the server asks none (see ``PostgresLocation/lookUpPassword(environment:)``).
    ///   - reconnectDelay: the first wait after a loss, doubled each failed attempt up to
    ///     `maximumReconnectDelay` (seconds).
    /// - Throws: the first connection's failure, as ``PostgresSession`` reports it.
    public init(location: PostgresLocation, password: String?, applicationName: String = "theodoi-listener",
                connectTimeout: Double = 10, reconnectDelay: Double = 0.1, maximumReconnectDelay: Double = 5) throws(PostgresStoreError) {
        self.location = location
        self.password = password
        self.applicationName = applicationName
        self.connectTimeout = connectTimeout
        self.delays = (reconnectDelay, max(reconnectDelay, maximumReconnectDelay))
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            throw .other(server: location.server, message: "cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        loop = group.next()
        state = NIOLockedValueBox(State(nextDelay: reconnectDelay))
        do {
            let connection = try connect().wait()
            install(connection, reconnected: false)
        } catch {
            PostgresSession.shutDown(group)
            Glibc.close(readEnd)
            Glibc.close(writeEnd)
            throw PostgresErrorMapping.storeError(error, location: location, connectTimeout: location.connectTimeout ?? connectTimeout)
        }
    }

    /// With the password from `PGPASSWORD` or the password file; `warn` gets what was ignored.
    public convenience init(location: PostgresLocation, applicationName: String = "theodoi-listener",
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            warn: (PostgresWarning) -> Void = { _ in }) throws(PostgresStoreError) {
        let lookup = location.lookUpPassword(environment: environment)
        lookup.warnings.forEach(warn)
        try self.init(location: location, password: lookup.password, applicationName: applicationName)
    }

    deinit {
        close()
    }

    /// Readable when changes (or a change of ``isConnected``) wait for ``drain()``. Never read
    /// it directly; stays valid until ``close()``.
    public var fileDescriptor: Int32 { readEnd }

    /// False from the moment the connection is lost until it is back: show the data as
    /// possibly stale meanwhile.
    public var isConnected: Bool { state.withLockedValue(\.isConnected) }

    /// How many times the connection was lost, and how many times it came back (for tests
    /// and diagnostics).
    public var lostConnections: Int { state.withLockedValue(\.lostConnections) }
    public var reconnections: Int { state.withLockedValue(\.reconnections) }

    /// The changes since the last drain: the directives named, and whether anything must be
    /// re-read as a whole (an empty payload, too many directives, or a reconnection). Empties
    /// the pipe, so that `poll` sleeps again until the next change.
    public func drain() -> (directives: Set<String>, unscoped: Bool) {
        state.withLockedValue { state in
            var buffer = [UInt8](repeating: 0, count: 64)
            while !state.isClosed, read(readEnd, &buffer, buffer.count) > 0 {}
            state.wakePending = false
            let result = (state.directives, state.unscoped)
            state.directives = []
            state.unscoped = false
            return result
        }
    }

    /// Stops listening and reconnecting, closes the connection, ends the thread and closes the
    /// descriptor. Safe to call twice.
    public func close() {
        let connection: PostgresConnection?? = state.withLockedValue { state in
            guard !state.isClosed else { return .none }
            state.isClosed = true
            state.isConnected = false
            defer { state.connection = nil }
            return .some(state.connection)
        }
        guard case .some(let open) = connection else { return }
        _ = try? open?.close().wait()
        // Cancels a pending reconnection; after it, no callback can touch the pipe.
        PostgresSession.shutDown(group)
        Glibc.close(readEnd)
        Glibc.close(writeEnd)
    }

    /// `SELECT pg_notify('theodoi_changes', directive)` in the caller's transaction: delivered to
    /// every listener when it commits, dropped if it rolls back. nil or "": not one directive.
    public static func notify(_ session: PostgresSession, directive: String?) throws(PostgresStoreError) {
        try session.execute("SELECT pg_notify($1, $2)", [.text(channel), .text(directive ?? "")])
    }

    // MARK: On the event loop

    /// Connects and listens; succeeds once the `LISTEN` has been answered (a query sent after it
    /// on the same connection returns only after it).
    private func connect() -> EventLoopFuture<PostgresConnection> {
        let configuration: PostgresConnection.Configuration
        do {
            configuration = try PostgresSession.configuration(location: location, password: password,
                                                              applicationName: applicationName, connectTimeout: connectTimeout)
        } catch {
            return loop.makeFailedFuture(error)
        }
        return PostgresConnection.connect(on: loop, configuration: configuration, id: PostgresSession.nextID(),
                                          logger: PostgresSession.silentLogger)
            .flatMap { connection in
                connection.addListener(channel: Self.channel) { [weak self] _, notification in
                    self?.received(notification.payload)
                }
                return PostgresSession.guarded(connection.query("SELECT 1", logger: PostgresSession.silentLogger), on: connection)
                    .map { _ in connection }
                    .flatMapError { error in connection.close().flatMapThrowing { throw error } }
            }
    }

    private func install(_ connection: PostgresConnection, reconnected: Bool) {
        let keep = state.withLockedValue { state in
            guard !state.isClosed else { return false }
            state.connection = connection
            state.isConnected = true
            state.nextDelay = delays.first
            if reconnected {
                state.reconnections += 1
                state.unscoped = true
                wake(&state)
            }
            return true
        }
        guard keep else {
            connection.close().whenComplete { _ in }
            return
        }
        connection.closeFuture.whenComplete { [weak self] _ in self?.lost(connection) }
    }

    private func lost(_ connection: PostgresConnection) {
        let reconnect = state.withLockedValue { state in
            guard state.connection === connection else { return false }
            state.connection = nil
            state.isConnected = false
            state.lostConnections += 1
            wake(&state)
            return !state.isClosed
        }
        if reconnect { scheduleReconnection() }
    }

    private func scheduleReconnection() {
        let delay = state.withLockedValue { state in
            let delay = state.nextDelay
            state.nextDelay = min(state.nextDelay * 2, delays.maximum)
            return delay
        }
        loop.scheduleTask(in: .milliseconds(Int64(delay * 1000))) { [weak self] in
            self?.reconnect()
        }
    }

    private func reconnect() {
        guard !state.withLockedValue(\.isClosed) else { return }
        connect().whenComplete { [weak self] result in
            guard let self else { return }
            switch result {
            case .success(let connection): install(connection, reconnected: true)
            case .failure: scheduleReconnection()
            }
        }
    }

    private func received(_ payload: String) {
        state.withLockedValue { state in
            if payload.isEmpty || state.directives.count >= Self.directiveLimit {
                state.unscoped = true
                if state.directives.count >= Self.directiveLimit { state.directives = [] }
            } else {
                state.directives.insert(payload)
            }
            wake(&state)
        }
    }

    /// One byte in the pipe unless one is already waiting (the lock is held).
    private func wake(_ state: inout State) {
        guard !state.wakePending, !state.isClosed else { return }
        state.wakePending = true
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }
}
