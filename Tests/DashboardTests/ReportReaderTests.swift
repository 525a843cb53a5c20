import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// A report read from an agency's detail while another directive's board is open: its own
/// directive's area names, what changed as before → after, and the submissions in time order.
@Suite struct ReportReaderTests {
    static func submit(_ fixture: DashboardFixture, task: String, agency: String = "cong-an-tinh", at seconds: TimeInterval,
                       figures: [AreaFigures] = []) throws {
        let day = CalendarDate(iso: "2025-02-10")!
        let content = ReportContent(reference: "12/BC-CAT", date: day, sections: [.results: "Đã xử lý"], figures: figures)
        try fixture.store.submitReport(content, taskID: task, agencyID: agency, user: "canbo",
                                       clock: VietnamClock(fixedToday: day, now: { Date(timeIntervalSince1970: 1_739_150_000 + seconds) }))
    }

    static func history(_ fixture: DashboardFixture, _ state: AppState) throws -> AgencyHistory {
        let ledger = try fixture.store.agencySnapshot("cong-an-tinh", asOf: state.today)
        let tasks = Dictionary(ledger.directives.flatMap(\.tasks).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return AgencyHistory(agencyID: "cong-an-tinh", tasks: tasks, reports: try fixture.store.reports(agencyID: "cong-an-tinh", asOf: state.today),
                             audit: [], areas: ledger.areas)
    }

    @Test func areasAreNamedFromTheReportsOwnDirectiveAndFiguresShowBeforeAndAfter() throws {
        var (fixture, state) = try ReportSubjectTests.onTheOtherBoard()   // revision 1: KT Phong Khê 18
        try Self.submit(fixture, task: "1", at: 7200, figures: [AreaFigures(areaID: "phong-khe", inspected: 20, violations: 4),
                                                                AreaFigures(areaID: "van-mon", suspended: 2)])
        state.stack += [.agency("cong-an-tinh")]
        _ = Update.apply(.agencyHistoryLoaded(try Self.history(fixture, state)), to: &state)
        let detail = ReportSubjectTests.screen(state)
        #expect(detail.contains("239/UBND-NN.TN · NV1 · lần 2 · 12/BC-CAT"), "\(detail)")
        #expect(detail.contains("số liệu: KT Phong Khê 18 → 20"), "\(detail)")
        state.press(.enter)
        #expect(state.screen == .report(taskID: "1", agencyID: "cong-an-tinh", revision: 2))
        let report = ReportSubjectTests.screen(state)
        #expect(report.contains("KT Phong Khê 18 → 20"), "\(report)")
        #expect(report.contains("Văn Môn"), "\(report)")
        #expect(!report.contains("phong-khe") && !report.contains("van-mon"), "\(report)")
    }

    @Test func submissionsAreInTheOrderTheyWereSentAcrossTasks() throws {
        let fixture = try DashboardFixture()
        try Self.submit(fixture, task: "2", agency: "so-tnmt", at: 0)
        try Self.submit(fixture, task: "1", agency: "so-tnmt", at: 3600)
        try Self.submit(fixture, task: "2", agency: "so-tnmt", at: 7200)
        let reports = try fixture.store.reports(agencyID: "so-tnmt", asOf: CalendarDate(iso: "2025-02-12")!)
        let history = AgencyHistory(agencyID: "so-tnmt", reports: reports, audit: [])
        #expect(history.reports.map { "\($0.taskID)#\($0.revision)" } == ["2#1", "1#1", "2#2"])
    }
}
