import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// What the screens say of a successor's work (issue 11 item 4): a board's row done "bởi Sở
/// NN&MT", and the successor's ledger holding its predecessor's assignments, marked "thay Sở TN&MT".
@Suite struct SuccessorDisplayTests {
    static let day = "2025-03-10"

    static func fixture() throws -> DashboardFixture {
        let fixture = DashboardFixture.self
        let made = try fixture.init()
        let content = ReportContent(reference: "45/BC-SNNMT", date: CalendarDate(iso: day)!, sections: [.results: "Đã tổng hợp"])
        try made.store.submitReport(content, taskID: "2", agencyID: "so-tnmt", user: "canbo",
                                    clock: VietnamClock(fixedToday: CalendarDate(iso: day)!, now: { Date(timeIntervalSince1970: 1_741_570_000) }),
                                    reportedBy: "so-nnmt")
        return made
    }

    static func screen(_ state: AppState) -> String {
        DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
    }

    @Test func theBoardSaysWhoReportedForAnAbolishedAgency() throws {
        let fixture = try Self.fixture()
        let snapshot = try fixture.store.snapshot(asOf: CalendarDate(iso: Self.day)!)
        let row = try #require(snapshot.assignments.first { $0.taskID == "2" })
        #expect(row.firstReportedBy == "so-nnmt")
        #expect(try fixture.store.reports(taskID: "2", agencyID: "so-tnmt").map(\.reportedBy) == ["so-nnmt"])

        var state = try fixture.state(today: Self.day, width: 120, height: 40)
        // Task 2's deadline view lists Sở TN&MT's row.
        let board = StatusBoard(snapshot: snapshot, rules: StatusRules(), today: CalendarDate(iso: Self.day)!)
        let task2 = try #require(board.directives.first?.tasks.first { $0.task.number == "2" })
        #expect(task2.rows.first?.reportedBy?.id == "so-nnmt")
        #expect(task2.rows.first?.successors.map(\.id) == ["so-nnmt"])
        // Task 2's deadline view: its one row, done by the successor.
        state.press(.character("d"))
        state.press(.down, .enter)
        let screen = Self.screen(state)
        #expect(screen.contains("bởi Sở NN&MT"), "\(screen)")
        // Before the report, nothing is said.
        var before = try fixture.state(today: "2025-03-09", width: 120, height: 40)
        before.press(.character("d"))
        before.press(.down, .enter)
        #expect(Self.screen(before).contains("Sở Tài nguyên và Môi trường → Sở NN&MT"))
        #expect(!Self.screen(before).contains("bởi Sở NN&MT"))
    }

    @Test func theSuccessorsLedgerHoldsItsPredecessorsAssignments() throws {
        let fixture = try DashboardFixture()
        let day = CalendarDate(iso: Self.day)!
        let ledger = try fixture.store.agencySnapshot("so-nnmt", asOf: day)
        #expect(Set(ledger.assignments.map(\.agencyID)) == ["so-tnmt"])
        #expect(ledger.assignments.map(\.taskID) == ["1", "2"])
        // Before the succession, Sở NN&MT holds nothing.
        #expect(try fixture.store.agencySnapshot("so-nnmt", asOf: CalendarDate(iso: "2025-02-24")!).assignments.isEmpty)

        let history = AgencyHistory(agencyID: "so-nnmt", ledger: ledger, rules: StatusRules(), today: day, reports: [], audit: [])
        #expect(history.rows?.count == 2)
        var state = try fixture.state(today: Self.day, width: 120, height: 40)
        state.stack.append(.agency("so-nnmt"))
        _ = Update.apply(.agencyHistoryLoaded(history), to: &state)
        #expect(state.agencyAssignments.map { $0.standsInFor?.id } == ["so-tnmt", "so-tnmt"])
        let screen = Self.screen(state)
        #expect(screen.contains("239/UBND-NN.TN · NV1 · thay Sở TN&MT"), "\(screen)")
    }
}
