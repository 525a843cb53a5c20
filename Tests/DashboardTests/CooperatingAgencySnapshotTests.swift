import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// A board with a cooperating agency ("phối hợp", issue 11 item 3) at 80×24 and 120×40: the
/// "PH" tag before its name with the legend in the panel's title, the task's counts being its
/// lead's, and the cooperating agency late listed apart on the deadline's detail.
@Suite struct CooperatingAgencySnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    /// 239 and a dispatch whose task Công an tỉnh leads with Sở Xây dựng cooperating; the lead
    /// has reported, the cooperating agency is late.
    func fixture() throws -> DashboardFixture {
        let fixture = try DashboardFixture()
        let directive = DirectiveImport(
            document: Document(
                reference: DocumentReference("18/UBND-KT")!, kind: "công văn", issuer: "UBND TỈNH BẮC NINH", place: "Bắc Ninh",
                date: CalendarDate(year: 2025, month: 3, day: 3), subject: "kiểm tra phòng cháy tại các cơ sở tái chế",
                addressees: ["Công an tỉnh", "Sở Xây dựng"], recipients: []),
            tasks: [
                DirectiveImport.Task(number: "1", text: "Giao Công an tỉnh chủ trì, phối hợp với Sở Xây dựng kiểm tra, báo cáo trước ngày 10/3/2025.",
                                     deadlinePhrase: "trước ngày 10/3/2025", assigneeNames: ["Công an tỉnh"], cooperatingNames: ["Sở Xây dựng"]),
            ])
        let plan = try fixture.store.importDirective(directive, user: "canbo", at: "2025-03-03T09:00:00+07:00", dryRun: false)
        try fixture.submit("cong-an-tinh", task: try #require(plan.tasks.first?.id), on: "2025-03-07")
        return fixture
    }

    /// The state on the new directive's board (the portfolio's first is the most urgent: 239).
    func state(width: Int, height: Int) throws -> AppState {
        var state = try fixture().state(today: "2025-03-12", width: width, height: height)
        state.press(.character("d"))
        return state
    }

    @Test(arguments: sizes)
    func deadlineWithACooperatingAgency(width: Int, height: Int) throws {
        var state = try state(width: width, height: height)
        // The deadlines list by due date: 239's two tasks, then the new one.
        state.press(.down, .down, .enter)
        let buffer = DashboardView.render(state, theme: Theme(colors: .none))
        try Snapshot.assert(buffer, named: "deadline-cooperating-\(width)x\(height)")
        let text = buffer.lines().joined(separator: "\n")
        #expect(text.contains("PH = phối hợp"))
        #expect(text.contains("phối hợp quá hạn"))
    }

    @Test(arguments: sizes)
    func agencyViewOfACooperatingAgency(width: Int, height: Int) throws {
        var state = try state(width: width, height: height)
        state.press(.down, .down, .enter)
        let effects = state.press(.enter)
        #expect(effects == [.loadAgencyHistory(agencyID: "so-xd")])
        Update.apply(.agencyHistoryLoaded(AgencyHistory(agencyID: "so-xd", reports: [], audit: [])), to: &state).forEach { _ in }
        let buffer = DashboardView.render(state, theme: Theme(colors: .none))
        try Snapshot.assert(buffer, named: "agency-cooperating-\(width)x\(height)")
        #expect(buffer.lines().joined(separator: "\n").contains("18/UBND-KT · NV1 · PH"))
    }
}
