import Foundation
import GRDB
import Testing
import Tracking
@testable import TrackingStore

/// What ``SQLiteStore`` does with its file: files that are not a healthy theodoi database,
/// read-only opening, the WAL, and other processes holding SQLite's locks. Every refusal is a
/// ``StoreError`` and leaves the file as it was. SQLite only: what every engine must do is in the
/// generic suites (`StoreEngine.available`).
@Suite struct SQLiteFileTests {
    /// Not a byte of the file changes under a read-only handle (what every engine's read-only
    /// handle refuses is `SeveralHandlesTests.aReadOnlyHandleReadsButRefusesWrites`).
    @Test func readOnlyOpenReadsButNeverWrites() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        do { _ = try SQLiteStore(path: path) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let reader = try SQLiteStore(path: path, mode: .readOnly)
        #expect(try reader.snapshot(asOf: Fixture.day("2025-02-12")).assignments.count == 15)
        #expect(throws: StoreError.readOnly(path: path)) {
            try reader.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "u", clock: Fixture.clock("2025-02-12"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// The last process to close leaves the WAL empty but in place: the next one to open the
    /// file reads no stale frames, and a read-only wall can still open it.
    @Test func closingLeavesAnEmptyWALInPlace() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        do {
            let store = try SQLiteStore(path: path)
            try store.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "u", clock: Fixture.clock("2025-02-12"))
            let open = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int ?? 0
            #expect(open > 0)
        }
        let closed = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int
        #expect(closed == 0)
        let reader = try SQLiteStore(path: path, mode: .readOnly)
        #expect(try reader.snapshot(asOf: Fixture.day("2025-02-12")).latestReports.count == 1)
    }

    @Test func readOnlyOpenOfAMissingFileFails() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("none.sqlite")
        #expect(throws: StoreError.missing(path: path)) { try SQLiteStore(path: path, mode: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("other.sqlite")
        do {
            let other = try DatabaseQueue(path: path)
            try other.write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)") }
        }
        #expect(throws: StoreError.notOurs(path: path)) { try SQLiteStore(path: path) }
        let tables = try DatabaseQueue(path: path).read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables == ["invoices"])
    }

    @Test func aFileThatIsNotSQLiteIsRefusedUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("notes.sqlite")
        let text = Data(String(repeating: "Báo cáo tháng 2, không phải cơ sở dữ liệu.\n", count: 200).utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try SQLiteStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
    }

    @Test func aCorruptDatabaseIsReportedAsSuch() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        do { _ = try SQLiteStore(path: path) }
        // Drop the WAL so that the damage cannot be masked by good copies of the pages.
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for index in 100..<min(bytes.count, 40_000) { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try bytes.write(to: URL(fileURLWithPath: path))

        #expect {
            let store = try SQLiteStore(path: path)
            _ = try store.snapshot(asOf: Fixture.day("2025-02-12"))
        } throws: { error in
            [StoreError.corrupt(path: path), StoreError.notADatabase(path: path)].contains(error as? StoreError)
        }
    }

    /// SQLite only: holding the write lock takes raw SQL (`BEGIN EXCLUSIVE` on a connection of
    /// our own); no call of the protocol keeps a write transaction open for a test to collide with.
    @Test func aLockedDatabaseIsReportedAfterTheBusyTimeout() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        let store = try SQLiteStore(path: path, busyTimeout: 0.2)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true   // hold the lock across accesses, as another process would
        let holder = try DatabaseQueue(path: path, configuration: configuration)
        try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN EXCLUSIVE") }
        defer { try? holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") } }

        #expect(throws: StoreError.locked(path: path)) {
            try store.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "u", clock: Fixture.clock("2025-02-12"))
        }
        // Readers are not blocked by a writer in WAL mode.
        #expect(try store.snapshot(asOf: Fixture.day("2025-02-12")).assignments.count == 15)
    }

    /// SQLite's own change detection (`PRAGMA data_version`); what every engine's
    /// `changes(since:)` says of another handle's commits is
    /// `SeveralHandlesTests.changesFromAnotherHandleAreSeenAndReadsAreNone`.
    @Test func changeMonitorSeesCommitsFromOtherConnections() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        let writer = try SQLiteStore(path: path)
        let monitor = try ChangeMonitor(path: path)
        #expect(try monitor.hasChanged() == false)
        try writer.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "u", clock: Fixture.clock("2025-02-12"))
        #expect(try monitor.hasChanged() == true)
        #expect(try monitor.hasChanged() == false)
        _ = try writer.snapshot(asOf: Fixture.day("2025-02-12"))
        #expect(try monitor.hasChanged() == false)
    }

    /// While another process holds the write lock, a draft saved without waiting is refused
    /// as locked (the form keeps it and tries again), and goes in once the lock is gone.
    /// SQLite only, as the locked store above: the lock is held with raw SQL.
    @Test func aDraftDoesNotWaitForABusyDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        let store = try SQLiteStore(path: path, busyTimeout: 60)
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect(throws: StoreError.locked(path: path)) {
                try store.saveDraft("{}", baseRevision: 0, user: "an", taskID: "1", agencyID: "cong-an-tinh", at: "t1", waiting: false)
            }
            try db.execute(sql: "COMMIT")
        }
        try store.saveDraft("{}", baseRevision: 0, user: "an", taskID: "1", agencyID: "cong-an-tinh", at: "t2", waiting: false)
        #expect(try store.draft(user: "an", taskID: "1", agencyID: "cong-an-tinh")?.updatedAt == "t2")
    }

    /// A new database's missing folders are made on the way (the default place of the
    /// database), and the file holds the seed (read in full by `SeedDataTests`).
    @Test func aNewDatabaseIsMadeInFoldersThatDoNotExistYet() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("nested/folder/theodoi.sqlite")
        let store = try SQLiteStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        let snapshot = try store.snapshot(asOf: Fixture.day("2025-01-20"))
        #expect(snapshot.directives.map(\.document.reference.text) == ["239/UBND-NN.TN"])
        #expect(snapshot.assignments.count == 15)
    }
}
