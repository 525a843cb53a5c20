import Foundation
import Testing
import Tracking
@testable import TrackingStore

/// Who sent a report (issue 11 item 4): the report stored on the original assignment with its
/// successor, the first report deciding what the board says. (The `v8-reported-by` migration:
/// `SQLiteMigrationTests`.)
@Suite struct ReportedByStoreTests {
    static func content(_ reference: String, _ day: String) -> ReportContent {
        ReportContent(reference: reference, date: Fixture.day(day), sections: [.results: "Đã báo cáo"])
    }

    static func clock(_ day: String) -> VietnamClock {
        VietnamClock(fixedToday: Fixture.day(day), now: { Date(timeIntervalSince1970: 1_741_570_000) })
    }

    /// A report the agency sends itself names no successor, on the board or in its revisions.
    @Test(arguments: StoreEngine.available)
    func aReportSentByTheAgencyItselfNamesNoSender(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        try store.submitReport(Self.content("1/BC", "2025-02-12"), taskID: "1", agencyID: "cong-an-tinh", user: "cb", clock: Self.clock("2025-02-12"))
        let snapshot = try store.snapshot(asOf: Fixture.day("2025-02-12"))
        #expect(snapshot.assignments.first { $0.taskID == "1" && $0.agencyID == "cong-an-tinh" }?.latestRevision == 1)
        #expect(snapshot.assignments.allSatisfy { $0.firstReportedBy == nil })
        #expect(try store.reports(taskID: "1", agencyID: "cong-an-tinh").map(\.reportedBy) == [nil])
    }

    @Test(arguments: StoreEngine.available)
    func theFirstReportDecidesWhoTheBoardNamesAndTheAuditSaysWhoSent(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
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
