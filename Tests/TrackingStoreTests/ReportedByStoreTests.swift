import Foundation
import GRDB
import Testing
import Tracking
@testable import TrackingStore

/// Who sent a report (issue 11 item 4): the `v8-reported-by` migration, the report stored on the
/// original assignment with its successor, the first report deciding what the board says.
@Suite struct ReportedByStoreTests {
    static func content(_ reference: String, _ day: String) -> ReportContent {
        ReportContent(reference: reference, date: Fixture.day(day), sections: [.results: "Đã báo cáo"])
    }

    static func clock(_ day: String) -> VietnamClock {
        VietnamClock(fixedToday: Fixture.day(day), now: { Date(timeIntervalSince1970: 1_741_570_000) })
    }

    @Test func aStoreMadeBeforeKeepsItsReportsAsTheAgenciesOwn() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        let queue = try DatabaseQueue(path: path)
        try TrackingSchema.migrator(seedUser: "old", seedTime: "2025-01-01T08:00:00+07:00").migrate(queue, upTo: "v7-assignment-roles")
        try queue.close()
        // A report written by the previous version, then the upgrade.
        let old = try SQLiteStore(path: path)
        try old.submitReport(Self.content("1/BC", "2025-02-12"), taskID: "1", agencyID: "cong-an-tinh", user: "cb", clock: Self.clock("2025-02-12"))
        let columns = try DatabaseQueue(path: path).read { try $0.columns(in: "report").map(\.name) }
        #expect(columns.contains("reported_by"))
        let snapshot = try old.snapshot(asOf: Fixture.day("2025-02-12"))
        #expect(snapshot.assignments.allSatisfy { $0.firstReportedBy == nil })
        #expect(try old.reports(taskID: "1", agencyID: "cong-an-tinh").map(\.reportedBy) == [nil])
    }

    @Test func theFirstReportDecidesWhoTheBoardNamesAndTheAuditSaysWhoSent() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.path("db.sqlite"))
        try store.submitReport(Self.content("7/BC-KHCN", "2025-03-10"), taskID: "1", agencyID: "so-tttt", user: "a",
                               clock: Self.clock("2025-03-10"), reportedBy: "so-khcn")
        try store.submitReport(Self.content("9/BC-VHTTDL", "2025-03-11"), taskID: "1", agencyID: "so-tttt", user: "b",
                               clock: Self.clock("2025-03-11"), reportedBy: "so-vhttdl")
        let row = try #require(try store.snapshot(asOf: Fixture.day("2025-03-11")).assignments.first { $0.agencyID == "so-tttt" })
        #expect(row.firstReportedBy == "so-khcn")
        #expect(row.latestRevision == 2)
        #expect(try store.reports(taskID: "1", agencyID: "so-tttt").map(\.reportedBy) == ["so-khcn", "so-vhttdl"])
        let audit = try store.auditTrail(limit: 1)
        #expect(audit.first?.after?.contains("\"reported_by\": \"so-vhttdl\"") == true, "\(String(describing: audit.first?.after))")
    }
}
