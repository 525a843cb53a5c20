import Tracking

/// What a store's change feed says once its descriptor is readable.
public enum StoreActivity: Sendable, Equatable {
    case none
    /// Something was written: confirm with ``StoreChangeFeed/hasChanged()``, then re-read.
    case changed
    /// The store itself was replaced (a file restored or moved in): reopen it.
    case replaced
}

/// How an open screen learns that another process wrote, without polling the store: a file
/// descriptor that `poll(2)` watches beside the keyboard, so that an idle dashboard or wall
/// costs nothing and a write shows within a second.
///
/// - SQLite (``SQLiteChangeFeed``): inotify on the database's folder, confirmed by
///   `PRAGMA data_version`.
/// - PostgreSQL: `LISTEN theodoi_changes`, notified by every write transaction on commit.
///
/// A feed that cannot say (no inotify, a lost server connection) answers ``hasChanged()`` with
/// true, and the loop falls back to a slow poll.
public protocol StoreChangeFeed: AnyObject {
    /// Readable when something may have changed.
    var descriptor: Int32 { get }
    /// Reads every pending event and says what they mean.
    func drain() -> StoreActivity
    /// Whether the store changed since the previous call (true when the feed cannot tell).
    func hasChanged() -> Bool
    /// Starts again after the store was reopened (a replaced file, a new connection).
    func reset()
    /// Why the feed cannot tell right now (its server connection is lost and being made again),
    /// in the user's language; nil while it can. A screen shows its data as stale meanwhile.
    func disconnection(_ language: Language) -> String?
}
