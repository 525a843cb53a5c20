import Foundation
import Glibc
import Tracking

/// The SQLite store's change feed: inotify on the database's folder (SQLite writes the -wal
/// file beside it), confirmed by `PRAGMA data_version` so that only a real commit causes a reload.
public final class SQLiteChangeFeed: StoreChangeFeed {
    public let descriptor: Int32
    private var monitor: ChangeMonitor?
    private let fileName: String
    private let databasePath: String

    /// - Throws: when inotify cannot watch the folder (then the caller polls slowly).
    public init(databasePath: String) throws {
        let url = URL(fileURLWithPath: databasePath)
        fileName = url.lastPathComponent
        self.databasePath = databasePath
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM)
        guard inotify_add_watch(descriptor, url.deletingLastPathComponent().path, mask) >= 0 else {
            close(descriptor)
            throw POSIXError(.ENOENT)
        }
        monitor = try? ChangeMonitor(path: databasePath)
    }

    /// A new connection for data_version, after the file was replaced or went bad.
    public func reset() {
        monitor = try? ChangeMonitor(path: databasePath)
    }

    /// Never: inotify has no connection to lose.
    public func disconnection(_ language: Language) -> String? { nil }

    /// Whether a commit happened since the previous call; true when it cannot be told.
    public func hasChanged() -> Bool {
        (try? monitor?.hasChanged()) ?? true
    }

    /// Reads every pending event and says what they mean for the database.
    public func drain() -> StoreActivity {
        var activity = StoreActivity.none
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (length, name, mask) = buffer.withUnsafeBytes { raw -> (Int, String, UInt32) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    let nameBytes = raw[nameStart..<min(nameStart + Int(event.len), raw.count)].prefix { $0 != 0 }
                    return (Int(event.len), String(decoding: nameBytes, as: UTF8.self), event.mask)
                }
                if name == fileName, mask & UInt32(IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE) != 0 {
                    activity = .replaced
                } else if name.hasPrefix(fileName), activity == .none {
                    activity = .changed
                }
                offset += MemoryLayout<inotify_event>.size + length
            }
        }
        return activity
    }

    deinit { close(descriptor) }
}
