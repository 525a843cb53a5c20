import Foundation
import GRDB
import Testing
import Tracking
@testable import TrackingStore

/// SQLite files made by earlier versions of theodoi, brought up to date when opened: each test
/// builds the old schema with `TrackingSchema.migrator` (or takes a migration back out with raw
/// SQL), opens it with ``SQLiteStore`` and checks that what was stored reads as before. SQLite
/// only: a PostgreSQL store starts at the current schema. What the current schema does on every
/// engine is in the generic suites.
@Suite struct SQLiteMigrationTests {
    /// `v7-assignment-roles` (issue 11 item 3): every assignment made before roles is a lead.
    @Test func aStoreMadeBeforeRolesGainsTheColumnAndEveryAssignmentLeads() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        let queue = try DatabaseQueue(path: path)
        try TrackingSchema.migrator(seedUser: "old", seedTime: "2025-01-01T08:00:00+07:00").migrate(queue, upTo: "v6-reminders")
        #expect(try queue.read { try $0.columns(in: "assignment").map(\.name).contains("role") } == false)
        try queue.close()

        let store = try SQLiteStore(path: path)
        let snapshot = try store.snapshot(asOf: Fixture.day("2025-02-12"))
        #expect(snapshot.assignments.count == 15)
        #expect(snapshot.assignments.allSatisfy { $0.role == .lead })
        let roles = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT DISTINCT role FROM assignment") }
        #expect(roles == ["lead"])
    }

    /// A store made before areas belonged to directives: every directive keeps the areas its
    /// reports gave figures for, and 239 its three.
    @Test func theMigrationLinksWhatReportsAlreadyShow() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        do {
            let store = try SQLiteStore(path: path)
            let plan = try store.importDirective(StoreAtScaleTests.directive(1), user: "x", at: "t", dryRun: false)
            let task = try #require(plan.tasks.first), agency = try #require(task.assignees.first)
            try store.submitReport(Fixture.report(figures: [AreaFigures(areaID: "phu-lam", inspected: 3)]), taskID: task.id!,
                                   agencyID: agency.id, user: "u", clock: Fixture.clock("2025-02-12"))
        }
        // Back to the store as it was before the migration.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TABLE directive_area")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v5-directive-areas'")
        }
        let store = try SQLiteStore(path: path)
        #expect(try store.snapshot(asOf: DirectiveAreaTests.day, directives: ["101/UBND-NN.TN"]).areas.map(\.id) == ["phu-lam"])
        #expect(try store.snapshot(asOf: DirectiveAreaTests.day, directives: ["239/UBND-NN.TN"]).areas.count == 3)
    }

    /// `v6-reminders` (issue 11 item 2): the tables appear, the data stays.
    @Test func aStoreMadeBeforeRemindersGainsTheirTablesAndKeepsItsData() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        let queue = try DatabaseQueue(path: path)
        try TrackingSchema.migrator(seedUser: "old", seedTime: "2025-01-01T08:00:00+07:00").migrate(queue, upTo: "v5-directive-areas")
        #expect(try queue.read { try $0.tableExists("reminder") } == false)
        try queue.close()

        let store = try SQLiteStore(path: path)
        try store.recordReminder(ReminderStoreTests.record(), user: "cb", at: "2025-02-17T09:00:00+07:00")
        let snapshot = try store.snapshot(asOf: ReminderStoreTests.sent)
        #expect(snapshot.assignments.count == 15)
        #expect(snapshot.assignments.filter { !$0.reminders.isEmpty }.map(\.agencyID) == ["cong-an-tinh", "dai-ptth"])
        let applied = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.contains("v6-reminders"))
    }

    /// `v8-reported-by` (issue 11 item 4): reports stored before are the agencies' own.
    @Test func aStoreMadeBeforeKeepsItsReportsAsTheAgenciesOwn() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        let queue = try DatabaseQueue(path: path)
        try TrackingSchema.migrator(seedUser: "old", seedTime: "2025-01-01T08:00:00+07:00").migrate(queue, upTo: "v7-assignment-roles")
        try queue.close()
        // A report written by the previous version, then the upgrade.
        let old = try SQLiteStore(path: path)
        try old.submitReport(ReportedByStoreTests.content("1/BC", "2025-02-12"), taskID: "1", agencyID: "cong-an-tinh", user: "cb", clock: ReportedByStoreTests.clock("2025-02-12"))
        let columns = try DatabaseQueue(path: path).read { try $0.columns(in: "report").map(\.name) }
        #expect(columns.contains("reported_by"))
        let snapshot = try old.snapshot(asOf: Fixture.day("2025-02-12"))
        #expect(snapshot.assignments.allSatisfy { $0.firstReportedBy == nil })
        #expect(try old.reports(taskID: "1", agencyID: "cong-an-tinh").map(\.reportedBy) == [nil])
    }

    /// The assignment summary columns, filled from the reports a store held before them.
    @Test func theMigrationFillsTheSummariesOfReportsStoredBefore() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        // A database as the previous version left it: migrations up to the drafts, two revisions in.
        let queue = try DatabaseQueue(path: path)
        try TrackingSchema.migrator(seedUser: "old", seedTime: "2025-01-17T08:00:00+07:00").migrate(queue, upTo: "v2-drafts")
        try queue.write { db in
            for (revision, day) in [(1, "2025-02-11"), (2, "2025-02-13")] {
                try db.execute(sql: """
                    INSERT INTO report (task_id, agency_id, revision, reference, report_date, work_done, results, lessons, causes,
                    solutions, submitted_at, submitted_on, submitted_by) VALUES (1, 'so-tc', ?, 'x', ?, 'a', '', '', '', '', ?, ?, 'old')
                    """, arguments: [revision, day, day + "T09:00:00+07:00", day])
            }
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        let row = try #require(try store.snapshot(asOf: Fixture.day("2025-02-20")).assignments.first { $0.taskID == "1" && $0.agencyID == "so-tc" })
        #expect(row.firstSubmittedOn == Fixture.day("2025-02-11"))
        #expect(row.latestRevision == 2)
        #expect(row.latestSubmittedAt == "2025-02-13T09:00:00+07:00")
        // And the next submission goes on from there.
        #expect(try store.submitReport(Fixture.report(), taskID: "1", agencyID: "so-tc", user: "new", clock: Fixture.clock("2025-02-20")).revision == 3)
    }
}
