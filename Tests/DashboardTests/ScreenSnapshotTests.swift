import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// Every view at 80×24 and 120×40, on dispatch 239 with a few reports in.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    func fixture() throws -> DashboardFixture {
        let fixture = try DashboardFixture()
        try fixture.submit("cong-an-tinh", on: "2025-02-10", figures: [
            AreaFigures(areaID: "phong-khe", inspected: 20, violations: 12, finesCount: 5, finesVND: 1_300_000_000, suspended: 12, powerCut: 5),
            AreaFigures(areaID: "van-mon", inspected: 15, violations: 15, finesCount: 15, finesVND: 8_700_000_000),
        ])
        try fixture.submit("ubnd-tien-du", on: "2025-02-11", figures: [
            AreaFigures(areaID: "phu-lam", inspected: 25, violations: 10, finesCount: 10, finesVND: 570_000_000, suspended: 10, relocated: 0),
        ])
        // Decomposed (NFD) text in the data must render exactly like NFC.
        try fixture.submit("bao-bac-ninh", on: "2025-02-12", results: "Tuyên truyền ở Phong Khê".decomposedStringWithCanonicalMapping)
        return fixture
    }

    @Test(arguments: sizes)
    func home(width: Int, height: Int) throws {
        let state = try fixture().state(today: "2025-02-12", width: width, height: height)
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "home-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func homeOverdueInEnglish(width: Int, height: Int) throws {
        let state = try fixture().state(today: "2025-02-24", width: width, height: height, language: .en)
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "home-en-overdue-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func deadlines(width: Int, height: Int) throws {
        var state = try fixture().state(today: "2025-02-12", width: width, height: height)
        state.press(.character("d"))
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "deadlines-\(width)x\(height)")
        state.press(.enter)
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "deadline-task1-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func areaDetail(width: Int, height: Int) throws {
        var state = try fixture().state(today: "2025-02-12", width: width, height: height)
        state.press(.character("1"))
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "area-phong-khe-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func agencyDetail(width: Int, height: Int) throws {
        let fixture = try fixture()
        var state = try fixture.state(today: "2025-02-12", width: width, height: height)
        let effects = state.press(.tab, .down, .down, .down, .down, .down, .enter)
        #expect(effects == [.loadAgencyHistory(agencyID: "cong-an-tinh")])
        let reports = try fixture.store.reports(taskID: "1", agencyID: "cong-an-tinh")
        Update.apply(.agencyHistoryLoaded(AgencyHistory(agencyID: "cong-an-tinh", reports: reports, audit: [
            .init(at: reports[0].submittedAt, user: "canbo", action: "report.submit", subject: "task 1 / cong-an-tinh / revision 1"),
        ])), to: &state).forEach { _ in }
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "agency-cong-an-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func help(width: Int, height: Int) throws {
        var state = try fixture().state(today: "2025-02-12", width: width, height: height)
        state.press(.character("?"))
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "help-\(width)x\(height)")
    }

    @Test func filterWhileTyping() throws {
        var state = try fixture().state(today: "2025-02-12", width: 80, height: 24)
        state.press(.character("/"))
        state.type("dai")
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "filter-dai-80x24")
    }

    @Test func tooSmall() throws {
        let state = try fixture().state(today: "2025-02-12", width: 40, height: 10)
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "too-small-40x10")
    }
}
