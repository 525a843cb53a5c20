import GRDB
import Tracking

/// Tells whether any process has committed to the database since the last check.
///
/// GRDB's observation only sees its own writer's changes; `PRAGMA data_version` on one
/// long-lived connection changes whenever *another* connection commits, from this process or
/// any other. A caller (the wall) asks after inotify reports activity in the database's folder,
/// and reloads only when the answer is yes.
public final class ChangeMonitor: @unchecked Sendable {
    // One connection for the monitor's whole life: data_version is per connection.
    private let queue: DatabaseQueue
    private var lastVersion: Int?

    public init(path: String) throws(StoreError) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "theodoi.change-monitor"
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw SQLiteStore.storeError(error, path: path)
        }
        lastVersion = try? currentVersion()
    }

    private func currentVersion() throws -> Int {
        try queue.read { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
    }

    /// True when the database changed since the previous call (or since creation).
    public func hasChanged() throws(StoreError) -> Bool {
        do {
            let version = try currentVersion()
            defer { lastVersion = version }
            return version != lastVersion
        } catch {
            throw SQLiteStore.storeError(error, path: "")
        }
    }
}
