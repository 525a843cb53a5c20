import Foundation
import Tracking
import TrackingStore

/// The PostgreSQL store's change feed: `LISTEN theodoi_changes` on a connection of its own
/// (``PostgresChangeListener``), which every write transaction notifies on commit. A lost
/// connection is made again by the listener itself; meanwhile ``disconnection(_:)`` says so (the
/// screens mark their data stale), and once back it reports a change, since notifications sent
/// in between were missed.
public final class PostgresChangeFeed: StoreChangeFeed {
    private let listener: PostgresChangeListener
    /// Directives notified since the last ``hasChanged()``, or everything (`unscoped`).
    private var pending = false

    public init(location: PostgresLocation, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        listener = try PostgresChangeListener(location: location, environment: environment)
    }

    deinit { listener.close() }

    public var descriptor: Int32 { listener.fileDescriptor }

    public func drain() -> StoreActivity {
        let (directives, unscoped) = listener.drain()
        guard !directives.isEmpty || unscoped else { return .none }
        pending = true
        return .changed
    }

    public func hasChanged() -> Bool {
        guard listener.isConnected else { return true }
        defer { pending = false }
        return pending
    }

    public func reset() {}

    public func disconnection(_ language: Language) -> String? {
        guard !listener.isConnected else { return nil }
        return language.pick("mất kết nối tới máy chủ \(listener.location.server), đang kết nối lại",
                             "lost the connection to the server \(listener.location.server), reconnecting")
    }
}
