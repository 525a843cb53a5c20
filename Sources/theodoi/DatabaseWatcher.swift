import Foundation
import Glibc
import TrackingStore

/// Wakes the loop when any process writes the database: inotify on the database's folder
/// (SQLite writes the -wal file beside it), confirmed by `PRAGMA data_version` so that only a
/// real commit causes a reload.
final class DatabaseWatcher {
    let descriptor: Int32
    let monitor: ChangeMonitor?
    private let fileName: String

    init(databasePath: String) throws {
        let url = URL(fileURLWithPath: databasePath)
        fileName = url.lastPathComponent
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE)
        guard inotify_add_watch(descriptor, url.deletingLastPathComponent().path, mask) >= 0 else {
            close(descriptor)
            throw POSIXError(.ENOENT)
        }
        monitor = try? ChangeMonitor(path: databasePath)
    }

    /// Reads every pending event; true when one concerned the database or its -wal/-journal.
    func drain() -> Bool {
        var relevant = false
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (length, name) = buffer.withUnsafeBytes { raw -> (Int, String) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    let nameBytes = raw[nameStart..<min(nameStart + Int(event.len), raw.count)].prefix { $0 != 0 }
                    return (Int(event.len), String(decoding: nameBytes, as: UTF8.self))
                }
                if name.hasPrefix(fileName) { relevant = true }
                offset += MemoryLayout<inotify_event>.size + length
            }
        }
        return relevant
    }

    deinit { close(descriptor) }
}
