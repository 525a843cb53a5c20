import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// The report form is built from the task's own directive whatever board is open: its task in
/// the title, its linked areas as rows, and the previous revision's figures kept.
@Suite struct ReportSubjectTests {
    static let figures = [AreaFigures(areaID: "phong-khe", inspected: 18, violations: 4),
                          AreaFigures(areaID: "van-mon", suspended: 2)]

    /// 239's board and 45's; Công an tỉnh sent revision 1 of 239's task 1 with figures, and
    /// the board open is 45's (which has no areas).
    static func onTheOtherBoard() throws -> (DashboardFixture, AppState) {
        let fixture = try PortfolioTests.fixture()
        try fixture.submit("cong-an-tinh", on: "2025-02-10", figures: figures)
        let day = CalendarDate(iso: "2025-02-12")!
        var state = AppState(snapshot: try fixture.store.snapshot(asOf: day, directives: ["45/STNMT-MT"]), rules: StatusRules(),
                             today: day, minuteOfDay: 600, language: .vi, width: 120, height: 40)
        state.boardReference = "45/STNMT-MT"
        state.stack = [.portfolio, .home]
        return (fixture, state)
    }

    /// The seed as the shell reads it: from the task's own directive.
    static func seed(_ fixture: DashboardFixture, taskID: String, agencyID: String) throws -> ReportFormSeed {
        let day = CalendarDate(iso: "2025-02-12")!
        let directive = try fixture.store.taskSnapshot(taskID, asOf: day).snapshot
        return ReportFormSeed(taskID: taskID, agencyID: agencyID, reports: try fixture.store.reports(taskID: taskID, agencyID: agencyID, asOf: day),
                              draftPayload: nil, draftSavedAt: nil,
                              subject: ReportSubject.read(taskID: taskID, agencyID: agencyID, in: directive, rules: StatusRules(), today: day))
    }

    /// What Ctrl-S then Enter submits, once the required section the fixture left empty is typed.
    static func submitted(_ state: inout AppState) -> ReportContent? {
        while state.form?.focusedField != .section(.workDone) { state.press(.tab) }
        state.type("Đã kiểm tra")
        state.press(.control("s"))
        guard case .submitReport(_, _, let content, _, _)? = state.press(.enter).first else { return nil }
        return content
    }

    static func screen(_ state: AppState) -> String {
        DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
    }

    @Test func aRevisionFromTheReaderOfAnotherDirectiveKeepsItsTaskAreasAndFigures() throws {
        var (fixture, state) = try Self.onTheOtherBoard()
        state.stack += [.agency("cong-an-tinh"), .report(taskID: "1", agencyID: "cong-an-tinh", revision: 1)]
        #expect(state.press(.character("n")) == [.openReportForm(taskID: "1", agencyID: "cong-an-tinh")])
        _ = Update.apply(.reportFormLoaded(try Self.seed(fixture, taskID: "1", agencyID: "cong-an-tinh")), to: &state)
        let form = try #require(state.form)
        #expect(form.areaIDs == ["phong-khe", "phu-lam", "van-mon"])
        let screen = Self.screen(state)
        #expect(screen.contains("Báo cáo · Công an tỉnh · Nhiệm vụ 1 · "), "\(screen)")
        #expect(!screen.contains(" ·  · "))
        #expect(screen.contains("Phong Khê"))
        #expect(Self.submitted(&state)?.figures == Self.figures)
    }

    @Test func aSeedWithoutItsDirectiveStillKeepsThePreviousFigures() throws {
        var (fixture, state) = try Self.onTheOtherBoard()
        var seed = try Self.seed(fixture, taskID: "1", agencyID: "cong-an-tinh")
        seed.subject = nil
        _ = Update.apply(.reportFormLoaded(seed), to: &state)
        #expect(Self.submitted(&state)?.figures == Self.figures)
    }

    @Test func aDirectiveWithoutAreasHasNoFiguresTable() throws {
        var (fixture, state) = try Self.onTheOtherBoard()
        let task = try fixture.store.taskSnapshot("45/STNMT-MT#1", asOf: state.today).task
        _ = Update.apply(.reportFormLoaded(try Self.seed(fixture, taskID: task.id, agencyID: "ubnd-tien-du")), to: &state)
        #expect(state.form?.areaIDs == [])
        let screen = Self.screen(state)
        #expect(screen.contains("Báo cáo · UBND huyện Tiên Du · Nhiệm vụ 1"), "\(screen)")
        #expect(!screen.contains("Số liệu"), "\(screen)")
    }
}
