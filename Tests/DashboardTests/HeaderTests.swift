import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// The header names a directive only where the screen is about that one directive.
@Suite struct HeaderTests {
    static func header(_ state: AppState) -> String {
        DashboardView.render(state, theme: Theme(colors: .none)).lines()[0]
    }

    @Test func screensAcrossDirectivesSayWhatTheyAre() throws {
        var (_, state) = try ReportSubjectTests.onTheOtherBoard()
        for (stack, title) in [([Screen.portfolio], "Văn bản chỉ đạo"), ([.agencies], "Cơ quan"), ([.portfolio, .deadlines], "Các thời hạn"),
                               ([.portfolio, .home, .deadlines], "Các thời hạn"), ([.portfolio, .home, .agency("cong-an-tinh")], "Công an tỉnh")] {
            state.stack = stack
            let header = Self.header(state)
            #expect(header.hasPrefix(" theodoi · \(title) "), "\(header)")
            #expect(!header.contains("STNMT") && !header.contains("UBND-NN"), "\(header)")
        }
    }

    @Test func aReportNamesItsOwnDirectiveNotTheOpenBoards() throws {
        var (fixture, state) = try ReportSubjectTests.onTheOtherBoard()
        state.stack += [.agency("cong-an-tinh")]
        _ = state.press(.enter)   // nothing to read yet
        let ledger = try fixture.store.agencySnapshot("cong-an-tinh", asOf: state.today)
        let tasks = Dictionary(ledger.directives.flatMap(\.tasks).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        _ = Update.apply(.agencyHistoryLoaded(AgencyHistory(agencyID: "cong-an-tinh", tasks: tasks,
                                                            reports: try fixture.store.reports(agencyID: "cong-an-tinh", asOf: state.today),
                                                            audit: [])), to: &state)
        state.press(.enter)
        #expect(state.screen == .report(taskID: "1", agencyID: "cong-an-tinh", revision: 1))
        #expect(Self.header(state).hasPrefix(" theodoi · 239/UBND-NN.TN · Đọc báo cáo "), "\(Self.header(state))")
        state.press(.escape, .escape)
        #expect(Self.header(state).hasPrefix(" theodoi · 45/STNMT-MT · "), "\(Self.header(state))")
    }
}
