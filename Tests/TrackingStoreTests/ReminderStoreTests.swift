import Foundation
import Testing
import Tracking
@testable import TrackingStore

/// Reminder dispatches (issue 11 item 2): recording one with its audit entry in the same
/// transaction, and reading it back on each assignment it chased. (The `v6-reminders`
/// migration: `SQLiteMigrationTests`.)
@Suite struct ReminderStoreTests {
    static let sent = Fixture.day("2025-02-17")

    static func record(_ reference: String = "12/STNMT-KT", on day: CalendarDate = sent, agencies: [String] = ["cong-an-tinh", "dai-ptth"],
                       task: String = "1") -> ReminderRecord {
        ReminderRecord(reference: reference, sentOn: day, askedBy: Fixture.day("2025-02-20"), directive: "239/UBND-NN.TN",
                       taskID: task, targets: agencies.map { .init(taskID: task, agencyID: $0) })
    }

    @Test(arguments: StoreEngine.available)
    func aReminderIsReadBackOnItsAssignmentsFromTheDayItWasSentAndChangesNoStatus(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
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

    @Test(arguments: StoreEngine.available)
    func recordingWritesItsAuditEntryAndARefusalWritesNothing(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
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
        // Counted through the protocol (what `theodoi migrate` checks a copy with), not with SQL.
        let rows = try store.tableCounts()
        #expect([rows["reminder"], rows["reminder_assignment"]] == [1, 2])
    }

    /// Records a reminder on the first task of each synthetic directive 0..<`count` of a store
    /// filled by ``StoreAtScaleTests/fill(_:directives:)``, to all its assignees.
    static func remindFirstTasks(_ store: any TrackingStore, directives count: Int) throws {
        let snapshot = try store.snapshot(asOf: sent)
        for n in 0..<count {
            let reference = "\(100 + n)/UBND-NN.TN"
            guard let task = snapshot.directives.first(where: { $0.document.reference.text == reference })?.tasks.first else { continue }
            try store.recordReminder(ReminderRecord(reference: "\(n)/STNMT-KT", sentOn: sent, askedBy: nil, directive: reference,
                                                    taskID: task.id, targets: task.assigneeIDs.map { .init(taskID: task.id, agencyID: $0) }),
                                     user: "gen", at: "t")
        }
    }

    /// Reminders on many directives, each read back on every assignment it chased. (That the
    /// read costs the same statements at any number: `SQLiteStatementCountTests`.)
    @Test(arguments: StoreEngine.available)
    func remindersOnManyDirectivesAreAllReadBack(engine: StoreEngine) throws {
        let small = try StoreAtScaleTests.store(engine, directives: 2)
        let large = try StoreAtScaleTests.store(engine, directives: 30)
        try Self.remindFirstTasks(small.store, directives: 2)
        try Self.remindFirstTasks(large.store, directives: 30)
        let smallSnapshot = try small.store.snapshot(asOf: Self.sent)
        let largeSnapshot = try large.store.snapshot(asOf: Self.sent)
        #expect(largeSnapshot.assignments.filter { !$0.reminders.isEmpty }.count == 30 * 10)
        #expect(smallSnapshot.assignments.filter { !$0.reminders.isEmpty }.count == 2 * 10)
        #expect(largeSnapshot.assignments.filter { !$0.reminders.isEmpty }.allSatisfy { $0.reminders.count == 1 })
    }
}
