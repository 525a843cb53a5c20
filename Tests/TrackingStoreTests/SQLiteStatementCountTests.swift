import Foundation
import Synchronization
import Testing
import Tracking
@testable import TrackingStore

/// Nothing O(N) on a key's path (ARCHITECTURE.md): ``SQLiteStore``'s reads cost the same number
/// of SQL statements whatever the store's size, counted with its `traceStatements` hook. SQLite
/// only: the count is of this engine's statements. What those reads return, on every engine, is
/// in `StoreAtScaleTests`, `ReminderStoreTests` and `DeadlineOverviewUpdateTests`.
@Suite struct SQLiteStatementCountTests {
    /// An SQLite store in `folder` with 239 and `count` synthetic directives, some reports in,
    /// calling `trace` with each statement it runs.
    static func store(_ folder: TemporaryFolder, directives count: Int,
                      trace: @escaping @Sendable (String) -> Void) throws -> any TrackingStore {
        let store = try SQLiteStore(path: folder.path("db.sqlite"), traceStatements: trace)
        try StoreAtScaleTests.fill(store, directives: count)
        return store
    }

    @Test func aSnapshotTakesTheSameStatementsAtAnySize() throws {
        let small = try TemporaryFolder(), large = try TemporaryFolder()
        let smallCount = Mutex(0), largeCount = Mutex(0)
        let smallStore = try Self.store(small, directives: 2) { _ in smallCount.withLock { $0 += 1 } }
        let largeStore = try Self.store(large, directives: 40) { _ in largeCount.withLock { $0 += 1 } }
        let day = Fixture.day("2025-02-12")
        smallCount.withLock { $0 = 0 }
        largeCount.withLock { $0 = 0 }
        let smallSnapshot = try smallStore.snapshot(asOf: day)
        let largeSnapshot = try largeStore.snapshot(asOf: day)
        #expect(largeSnapshot.assignments.count >= 10 * smallSnapshot.assignments.count / 2)
        let statements = smallCount.withLock { $0 }
        #expect(statements == largeCount.withLock { $0 })
        #expect(statements < 25)
    }

    @Test func remindersCostOneStatementWhateverTheirNumber() throws {
        let small = try TemporaryFolder(), large = try TemporaryFolder()
        let smallCount = Mutex(0), largeCount = Mutex(0)
        let smallStore = try Self.store(small, directives: 2) { _ in smallCount.withLock { $0 += 1 } }
        let largeStore = try Self.store(large, directives: 30) { _ in largeCount.withLock { $0 += 1 } }
        try ReminderStoreTests.remindFirstTasks(smallStore, directives: 2)
        try ReminderStoreTests.remindFirstTasks(largeStore, directives: 30)
        smallCount.withLock { $0 = 0 }
        largeCount.withLock { $0 = 0 }
        let smallSnapshot = try smallStore.snapshot(asOf: ReminderStoreTests.sent)
        let largeSnapshot = try largeStore.snapshot(asOf: ReminderStoreTests.sent)
        #expect(largeSnapshot.assignments.filter { !$0.reminders.isEmpty }.count == 30 * 10)
        #expect(smallSnapshot.assignments.filter { !$0.reminders.isEmpty }.count == 2 * 10)
        #expect(smallCount.withLock { $0 } == largeCount.withLock { $0 })
    }

    /// The deadline list of an unchanged store is brought up to date by the change query alone.
    @Test func anUnchangedDeadlineListReadsOnlyTheChangeQuery() throws {
        let folder = try TemporaryFolder()
        let statements = Mutex(0)
        let store = try Self.store(folder, directives: 12) { _ in statements.withLock { $0 += 1 } }
        let day = Fixture.day("2025-02-12"), rules = StatusRules()
        let first = try store.deadlineOverview(rules: rules, asOf: day)
        #expect(first.entries.count == 2 + 12 * 2)

        statements.withLock { $0 = 0 }
        #expect(try store.deadlineOverview(rules: rules, asOf: day, updating: first) == first)
        #expect(statements.withLock { $0 } <= 6)   // begin, three queries, commit
    }
}
