import Foundation
import GRDB
import Synchronization
import Testing
import Tracking
@testable import TrackingStore

/// Reminder dispatches (issue 11 item 2): the `v6-reminders` migration, recording one with its
/// audit entry in the same transaction, and reading it back on each assignment it chased.
@Suite struct ReminderStoreTests {
    static let sent = Fixture.day("2025-02-17")

    static func record(_ reference: String = "12/STNMT-KT", on day: CalendarDate = sent, agencies: [String] = ["cong-an-tinh", "dai-ptth"],
                       task: String = "1") -> ReminderRecord {
        ReminderRecord(reference: reference, sentOn: day, askedBy: Fixture.day("2025-02-20"), directive: "239/UBND-NN.TN",
                       taskID: task, targets: agencies.map { .init(taskID: task, agencyID: $0) })
    }

    @Test func aStoreMadeBeforeRemindersGainsTheirTablesAndKeepsItsData() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        let queue = try DatabaseQueue(path: path)
        try TrackingSchema.migrator(seedUser: "old", seedTime: "2025-01-01T08:00:00+07:00").migrate(queue, upTo: "v5-directive-areas")
        #expect(try queue.read { try $0.tableExists("reminder") } == false)
        try queue.close()

        let store = try SQLiteStore(path: path)
        try store.recordReminder(Self.record(), user: "cb", at: "2025-02-17T09:00:00+07:00")
        let snapshot = try store.snapshot(asOf: Self.sent)
        #expect(snapshot.assignments.count == 15)
        #expect(snapshot.assignments.filter { !$0.reminders.isEmpty }.map(\.agencyID) == ["cong-an-tinh", "dai-ptth"])
        let applied = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.contains("v6-reminders"))
    }

    @Test func aReminderIsReadBackOnItsAssignmentsFromTheDayItWasSentAndChangesNoStatus() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.path("db.sqlite"))
        try store.recordReminder(Self.record(), user: "cb", at: "2025-02-17T09:00:00+07:00")
        try store.recordReminder(Self.record("15/STNMT-KT", on: Fixture.day("2025-02-19"), agencies: ["cong-an-tinh"]),
                                 user: "cb", at: "2025-02-19T09:00:00+07:00")

        let later = try store.snapshot(asOf: Fixture.day("2025-02-20"))
        let police = try #require(later.assignments.first { $0.taskID == "1" && $0.agencyID == "cong-an-tinh" })
        #expect(police.reminders == [Reminder(reference: "12/STNMT-KT", sentOn: Self.sent, askedBy: Fixture.day("2025-02-20")),
                                     Reminder(reference: "15/STNMT-KT", sentOn: Fixture.day("2025-02-19"), askedBy: Fixture.day("2025-02-20"))])
        #expect(later.assignments.first { $0.agencyID == "dai-ptth" }?.reminders.map(\.reference) == ["12/STNMT-KT"])
        // As of the day before, nothing had been sent.
        #expect(try store.snapshot(asOf: Fixture.day("2025-02-16")).assignments.allSatisfy(\.reminders.isEmpty))
        // The date asked for is not an extension: still overdue, due on the original day.
        #expect(try Fixture.status(store, today: "2025-02-20", task: "1", agency: "cong-an-tinh") == .overdue)
        #expect(police.extendedTo == nil)
        // An agency's ledger reads its own.
        #expect(try store.agencySnapshot("cong-an-tinh", asOf: Fixture.day("2025-02-20")).assignments.first?.reminders.count == 2)
    }

    @Test func recordingWritesItsAuditEntryAndARefusalWritesNothing() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.path("db.sqlite"))
        try store.recordReminder(Self.record(), user: "cb_stnmt", at: "2025-02-17T09:00:00+07:00")
        let entry = try #require(try store.auditTrail(limit: 1).first)
        #expect(entry.action == "reminder.record")
        #expect(entry.user == "cb_stnmt")
        #expect(entry.subject == "239/UBND-NN.TN / 12/STNMT-KT")
        let after = try #require(entry.after).filter { !$0.isWhitespace }
        #expect(after.contains("\"asked_by\":\"2025-02-20\""))
        #expect(after.contains("{\"task\":\"1\",\"agency\":\"dai-ptth\"}"))
        let audits = try store.auditTrail(limit: 100).count

        // The same reference again.
        #expect(throws: StoreError.reminderExists(reference: "12/STNMT-KT", on: "17/02/2025")) {
            try store.recordReminder(Self.record(agencies: ["so-tnmt"]), user: "cb", at: "2025-02-18T09:00:00+07:00")
        }
        // An agency not given the task: the whole reminder is rolled back.
        #expect(throws: StoreError.self) {
            try store.recordReminder(Self.record("16/STNMT-KT", agencies: ["so-tnmt", "cong-an-tinh"], task: "2"), user: "cb", at: "t")
        }
        #expect(try store.auditTrail(limit: 100).count == audits)
        let rows = try DatabaseQueue(path: folder.path("db.sqlite")).read {
            [try Int.fetchOne($0, sql: "SELECT count(*) FROM reminder") ?? -1,
             try Int.fetchOne($0, sql: "SELECT count(*) FROM reminder_assignment") ?? -1]
        }
        #expect(rows == [1, 2])
    }

    @Test func remindersCostOneStatementWhateverTheirNumber() throws {
        let small = try TemporaryFolder(), large = try TemporaryFolder()
        let smallCount = Mutex(0), largeCount = Mutex(0)
        let smallStore = try StoreAtScaleTests.store(small, directives: 2) { _ in smallCount.withLock { $0 += 1 } }
        let largeStore = try StoreAtScaleTests.store(large, directives: 30) { _ in largeCount.withLock { $0 += 1 } }
        for (store, count) in [(smallStore, 2), (largeStore, 30)] {
            let snapshot = try store.snapshot(asOf: Self.sent)
            for n in 0..<count {
                let reference = "\(100 + n)/UBND-NN.TN"
                guard let task = snapshot.directives.first(where: { $0.document.reference.text == reference })?.tasks.first else { continue }
                try store.recordReminder(ReminderRecord(reference: "\(n)/STNMT-KT", sentOn: Self.sent, askedBy: nil, directive: reference,
                                                        taskID: task.id, targets: task.assigneeIDs.map { .init(taskID: task.id, agencyID: $0) }),
                                         user: "gen", at: "t")
            }
        }
        smallCount.withLock { $0 = 0 }
        largeCount.withLock { $0 = 0 }
        let smallSnapshot = try smallStore.snapshot(asOf: Self.sent)
        let largeSnapshot = try largeStore.snapshot(asOf: Self.sent)
        #expect(largeSnapshot.assignments.filter { !$0.reminders.isEmpty }.count == 30 * 10)
        #expect(smallSnapshot.assignments.filter { !$0.reminders.isEmpty }.count == 2 * 10)
        #expect(smallCount.withLock { $0 } == largeCount.withLock { $0 })
    }
}
