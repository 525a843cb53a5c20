import Foundation
import TrackingStore

/// Generated databases kept in the work folder, keyed by size and seed, so that a second run
/// does not generate again; and a scratch copy per run, since the benchmark writes reports.
struct DatabaseCache {
    var folder: String
    var seed: UInt64

    func cachedPath(assignments: Int) -> String {
        "\(folder)/cache/theodoi-n\(assignments)-seed\(seed).sqlite"
    }

    /// The cached database for `assignments`, generated first when missing or incomplete (a
    /// generation that was interrupted leaves no ".complete" marker).
    func database(assignments: Int, log: (String) -> Void) throws -> String {
        let path = cachedPath(assignments: assignments), marker = path + ".complete"
        let files = FileManager.default
        if files.fileExists(atPath: marker), files.fileExists(atPath: path) {
            log("n=\(assignments): cached database \(path)")
            try settle(path)
            return path
        }
        for suffix in ["", "-wal", "-shm", ".complete"] { try? files.removeItem(atPath: path + suffix) }
        try files.createDirectory(atPath: "\(folder)/cache", withIntermediateDirectories: true)
        log("n=\(assignments): generating \(path)")
        _ = try DatasetGenerator(assignments: assignments, seed: seed).generate(into: path)
        try settle(path)
        _ = files.createFile(atPath: marker, contents: Data())
        return path
    }

    /// Opens the database once with the current schema and closes it: a cache made by an older
    /// build gets its new migrations here rather than inside the first measured command, and
    /// the close checkpoints and empties the WAL, as a store at rest is (otherwise each scratch
    /// copy would rebuild the WAL index on its first open, which no real start pays).
    private func settle(_ path: String) throws {
        do { _ = try SQLiteStore(path: path) }
    }

    /// A fresh copy of the cached database (with its WAL) to measure on.
    func scratchCopy(of path: String, assignments: Int) throws -> String {
        let files = FileManager.default
        try files.createDirectory(atPath: "\(folder)/scratch", withIntermediateDirectories: true)
        let scratch = "\(folder)/scratch/theodoi-n\(assignments).sqlite"
        for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: scratch + suffix) }
        for suffix in ["", "-wal"] where files.fileExists(atPath: path + suffix) {
            try files.copyItem(atPath: path + suffix, toPath: scratch + suffix)
        }
        return scratch
    }
}
