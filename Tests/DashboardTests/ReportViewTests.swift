import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// Reading a report on screen: Enter on a revision in the agency detail opens it; its sections,
/// figures and changes since the previous revision show; Esc goes back with the revision selected.
@Suite struct ReportViewTests {
    static func state(width: Int, height: Int) throws -> (DashboardFixture, AppState) {
        let fixture = try DashboardFixture()
        try fixture.submit("cong-an-tinh", on: "2025-02-10", results: "Kiểm tra 20 cơ sở tái chế giấy; 12 cơ sở dừng hoạt động.",
                           figures: [AreaFigures(areaID: "phong-khe", inspected: 20, violations: 12, finesVND: 1_300_000_000)])
        try fixture.submit("cong-an-tinh", on: "2025-02-13",
                           results: "Kiểm tra 24 cơ sở tái chế giấy; 12 cơ sở dừng hoạt động; 3 cơ sở di dời vào cụm công nghiệp.",
                           figures: [AreaFigures(areaID: "phong-khe", inspected: 24, violations: 12, finesVND: 1_300_000_000),
                                     AreaFigures(areaID: "van-mon", inspected: 5)])
        var state = try fixture.state(today: "2025-02-14", width: width, height: height)
        let effects = state.press(.tab, .down, .down, .down, .down, .down, .enter)
        #expect(effects == [.loadAgencyHistory(agencyID: "cong-an-tinh")])
        let reports = try fixture.store.reports(taskID: "1", agencyID: "cong-an-tinh")
        _ = Update.apply(.agencyHistoryLoaded(AgencyHistory(agencyID: "cong-an-tinh", reports: reports, audit: [])), to: &state)
        // The detail opens on its tasks; Tab goes to its submissions.
        #expect(state.agencyPanel == .assignments)
        state.press(.tab)
        #expect(state.agencyPanel == .submissions)
        return (fixture, state)
    }

    @Test func enterOnARevisionOpensItAndEscapeComesBackToIt() throws {
        var (_, state) = try Self.state(width: 120, height: 40)
        // Newest first: the second revision is selected; Down selects the first.
        state.press(.down)
        #expect(state.selectedDetailRow == 1)
        state.press(.down)
        #expect(state.selectedDetailRow == 1)   // no third revision
        state.press(.enter)
        #expect(state.screen == .report(taskID: "1", agencyID: "cong-an-tinh", revision: 1))
        state.press(.escape)
        #expect(state.screen == .agency("cong-an-tinh"))
        #expect(state.selectedDetailRow == 1)
        state.press(.up, .enter)
        #expect(state.screen == .report(taskID: "1", agencyID: "cong-an-tinh", revision: 2))
        let screen = DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(screen.contains("So với lần 1: sửa: "))
        #expect(screen.contains("3 cơ sở di dời vào cụm công nghiệp"))
        #expect(screen.contains("Hoàn thành đúng hạn"))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func snapshot(width: Int, height: Int) throws {
        var (_, state) = try Self.state(width: width, height: height)
        state.press(.enter)
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "report-cong-an-\(width)x\(height)")
        // The end of the report: the figures table.
        state.press(.character("G"))
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "report-cong-an-end-\(width)x\(height)")
    }
}
