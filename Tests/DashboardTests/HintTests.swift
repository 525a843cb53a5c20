import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// The hint bar and `?` offer only keys that do something here.
@Suite struct HintTests {
    static func screen(_ state: AppState) -> String {
        DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
    }

    @Test func anAgencyWithNothingSentOffersNoSubmissionToChoose() throws {
        var (_, state) = try ReportSubjectTests.onTheOtherBoard()
        state.stack += [.agency("ubnd-tien-du")]
        _ = Update.apply(.agencyHistoryLoaded(AgencyHistory(agencyID: "ubnd-tien-du", rows: state.board.allRows.filter {
            $0.agency.id == "ubnd-tien-du"
        }, reports: [], audit: [])), to: &state)
        let hints = Self.screen(state).split(separator: "\n").last.map(String.init) ?? ""
        #expect(!hints.contains("chọn lần nộp") && !hints.contains("Enter đọc"), "\(hints)")
        #expect(hints.contains("n báo cáo"), "\(hints)")
        state.press(.character("?"))
        #expect(!Self.screen(state).contains("chọn một lần nộp"))
    }

    @Test func aBoardWithoutAreasListsNoAreaKeysAndNoTab() throws {
        var (_, state) = try ReportSubjectTests.onTheOtherBoard()
        let hints = Self.screen(state).split(separator: "\n").last.map(String.init) ?? ""
        #expect(!hints.contains("Tab"), "\(hints)")
        state.press(.character("?"))
        let help = Self.screen(state)
        #expect(!help.contains("Phong Khê") && !help.contains("1 2 3") && !help.contains("Shift-Tab"), "\(help)")
    }

    @Test func theHelpListsTheBoardsOwnAreas() throws {
        let fixture = try DashboardFixture()
        var state = try fixture.state(today: "2025-02-12", width: 120, height: 40)
        state.press(.character("?"))
        #expect(Self.screen(state).contains("mở khu vực Phong Khê, CCN Phú Lâm, Văn Môn"))
    }

    @Test func nIsOfferedOnlyWhereItOpensAForm() throws {
        var (_, state) = try ReportSubjectTests.onTheOtherBoard()
        state.stack = [.portfolio, .home, .deadlines]
        #expect(!(Self.screen(state).split(separator: "\n").last ?? "").contains("n báo cáo"))
    }

    @Test func oIsOfferedOnTheBoardAndATasksDeadlineViewAndInTheHelp() throws {
        let fixture = try DashboardFixture()
        var state = try fixture.state(today: "2025-02-17", width: 80, height: 24)
        func hints() -> String { Self.screen(state).split(separator: "\n").last.map(String.init) ?? "" }
        #expect(hints().contains("o đôn đốc"), "\(hints())")
        state.press(.character("?"))
        #expect(Self.screen(state).contains("ghi công văn đôn đốc đã gửi cho các cơ quan quá hạn"))
        state.press(.escape)
        state.stack = [.home, .deadlines, .deadline("1")]
        #expect(hints().contains("o đôn đốc") && hints().contains("n báo cáo"), "\(hints())")
        state.press(.character("?"))
        #expect(Self.screen(state).contains("ghi công văn đôn đốc đã gửi cho các cơ quan quá hạn"))
        state.press(.escape)
        for stack: [Screen] in [[.home, .deadlines], [.home, .agency("cong-an-tinh")], [.portfolio], [.agencies]] {
            state.stack = stack
            #expect(!hints().contains("o đôn đốc"), "\(stack): \(hints())")
            #expect(state.press(.character("o")) == [])
            #expect(state.reminderForm == nil)
        }
    }

    @Test func theFormsHintsAreItsKeys() throws {
        let fixture = try DashboardFixture()
        var state = try fixture.state(today: "2025-02-17", width: 80, height: 24)
        let request = ReminderRequest(directive: "239/UBND-NN.TN", taskID: nil, sentOn: ReminderFormTests.monday)
        _ = Update.apply(.reminderFormLoaded(ReminderFormTests.seed(request, state)), to: &state)
        let hints = Self.screen(state).split(separator: "\n").last.map(String.init) ?? ""
        #expect(hints.contains("Ctrl-S: ghi") && hints.contains("Esc: huỷ") && !hints.contains("o đôn đốc"), "\(hints)")
    }
}
