import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// The update function: keys and data in, state and effects out.
@Suite struct UpdateTests {
    func state(today: String = "2025-02-12") throws -> (DashboardFixture, AppState) {
        let fixture = try DashboardFixture()
        return (fixture, try fixture.state(today: today, width: 80, height: 24))
    }

    @Test func tabCyclesPanelsBothWays() throws {
        var (_, state) = try state()
        #expect(state.focus == .areas)
        state.press(.tab)
        #expect(state.focus == .agencies)
        state.press(.tab)
        #expect(state.focus == .areas)
        state.press(.backTab)
        #expect(state.focus == .agencies)
    }

    @Test func arrowsAndVimKeysMoveTheSelectionWithinBounds() throws {
        var (_, state) = try state()
        state.press(.right, .character("l"), .character("l"))
        #expect(state.selectedArea == 2)
        state.press(.character("h"))
        #expect(state.selectedArea == 1)
        state.press(.tab, .character("j"), .down, .down)
        #expect(state.selectedAgency == 3)
        state.press(.character("k"))
        #expect(state.selectedAgency == 2)
        state.press(.end)
        #expect(state.selectedAgency == 13)
        state.press(.down)
        #expect(state.selectedAgency == 13)
        state.press(.character("g"))
        #expect(state.selectedAgency == 0)
    }

    @Test func enterOpensAndEscapeGoesBack() throws {
        var (_, state) = try state()
        state.press(.right, .enter)
        #expect(state.screen == .area("phu-lam"))
        state.press(.escape)
        #expect(state.screen == .home)
        let effects = state.press(.tab, .down, .enter)
        #expect(state.screen == .agency("so-khdt"))
        #expect(effects == [.loadAgencyHistory(agencyID: "so-khdt")])
        state.press(.escape, .escape)
        #expect(state.stack == [.home])
    }

    @Test(arguments: [("1", "phong-khe"), ("2", "phu-lam"), ("3", "van-mon")])
    func digitsJumpToAnArea(digit: Character, area: String) throws {
        var (_, state) = try state()
        state.press(.character("d"))
        state.press(.character(digit))
        #expect(state.screen == .area(area))
        state.press(.escape)
        #expect(state.screen == .home)
    }

    @Test func deadlineViewListsTasksByDueDateAndOpensOne() throws {
        var (_, state) = try state()
        state.press(.character("d"))
        #expect(state.screen == .deadlines)
        #expect(state.deadlineTasks.map(\.task.number) == ["1", "2"])
        state.press(.down, .enter)
        #expect(state.screen == .deadline("2"))
        #expect(DeadlineGrouping.rows(of: "2", in: state).map(\.agency.id) == ["so-tnmt"])
    }

    @Test func deadlineAssignmentsComeMostUrgentFirst() throws {
        let (fixture, _) = try state()
        try fixture.submit("cuc-thue", on: "2025-02-13")
        var state = try fixture.state(today: "2025-02-24", width: 80, height: 24)
        state.press(.character("d"), .enter)
        let statuses = DeadlineGrouping.rows(of: "1", in: state).map(\.progress.status)
        #expect(statuses.first == .overdue)
        #expect(statuses.last == .doneOnTime)
        #expect(statuses.filter { $0 == .overdue }.count == 13)
    }

    @Test func filterIgnoresToneMarksAndKeepsFirstMatchOnEnter() throws {
        var (_, state) = try state()
        state.press(.character("/"))
        #expect(state.focus == .agencies)
        state.type("ubnd")
        #expect(state.visibleAgencyRows.map(\.agency.id) == ["ubnd-tp-bac-ninh", "ubnd-tien-du", "ubnd-yen-phong"])
        state.press(.control("u"))
        state.type("dai")
        #expect(state.visibleAgencyRows.map(\.agency.id) == ["dai-ptth"])
        state.press(.enter)
        #expect(state.filter == AppState.Filter(text: "dai", isEditing: false))
        #expect(state.selectedAgency == 0)
        let effects = state.press(.enter)
        #expect(effects == [.loadAgencyHistory(agencyID: "dai-ptth")])
    }

    @Test func filterAcceptsDecomposedInputAndBackspace() throws {
        var (_, state) = try state()
        state.press(.character("/"))
        // "Tiên" typed as base letters followed by combining marks, as some input methods send it.
        for character in "Tiên".decomposedStringWithCanonicalMapping.unicodeScalars.map({ Character($0) }) {
            state.press(.character(character))
        }
        #expect(state.visibleAgencyRows.map(\.agency.id) == ["ubnd-tien-du"])
        #expect(state.filter?.text == "Tiên")
        state.press(.backspace, .backspace)
        #expect(state.filter?.text == "Ti")
        state.press(.escape)
        #expect(state.filter == nil)
        #expect(state.visibleAgencyRows.count == 14)
    }

    @Test func qQuitsButIsTextInsideTheFilter() throws {
        var (_, state) = try state()
        state.press(.character("/"))
        #expect(state.press(.character("q")).isEmpty)
        #expect(state.filter?.text == "q")
        state.press(.escape)
        #expect(state.press(.character("q")) == [.quit])
        #expect(state.press(.control("c")) == [.quit])
    }

    @Test func helpShowsAndAnyKeyClosesIt() throws {
        var (_, state) = try state()
        state.press(.character("?"))
        #expect(state.showsHelp)
        state.press(.down)
        #expect(!state.showsHelp)
        #expect(state.selectedArea == 0)
    }

    @Test func controlLAsksForARepaint() throws {
        var (_, state) = try state()
        #expect(state.press(.control("l")) == [.repaint])
    }

    @Test func aNewDayReloadsAndANewMinuteDoesNot() throws {
        var (_, state) = try state()
        #expect(Update.apply(.tick(today: CalendarDate(iso: "2025-02-12")!, minuteOfDay: 600), to: &state).isEmpty)
        #expect(state.minuteOfDay == 600)
        #expect(Update.apply(.tick(today: CalendarDate(iso: "2025-02-13")!, minuteOfDay: 0), to: &state) == [.reload])
        #expect(state.today == CalendarDate(iso: "2025-02-13"))
    }

    @Test func newDataUpdatesStatusesAndKeepsSelectionInRange() throws {
        var (fixture, state) = try state()
        state.press(.tab, .end)
        try fixture.submit("ubnd-yen-phong", on: "2025-02-12")
        _ = Update.apply(.dataLoaded(try fixture.store.snapshot(asOf: CalendarDate(iso: "2025-02-12")!)), to: &state)
        #expect(state.selectedAgency == 13)
        #expect(state.agencyRows[13].progress.status == .doneOnTime)
    }

    @Test func loadFailureIsShownAndClearedByTheNextLoad() throws {
        var (fixture, state) = try state()
        _ = Update.apply(.loadFailed("cơ sở dữ liệu bị khóa"), to: &state)
        let text = DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(text.contains("cơ sở dữ liệu bị khóa"))
        _ = Update.apply(.dataLoaded(try fixture.store.snapshot(asOf: CalendarDate(iso: "2025-02-12")!)), to: &state)
        #expect(state.loadError == nil)
    }

    /// Every screen says its data is stale while the store cannot be read (a lost server), not
    /// only the home screen: the list of directives, the deadlines, an agency.
    @Test func staleDataIsSaidOnEveryScreen() throws {
        var (_, state) = try state()
        let lost = "mất kết nối tới máy chủ 127.0.0.1:5432, đang kết nối lại"
        _ = Update.apply(.loadFailed(lost), to: &state)
        for screens in [[Screen.portfolio], [.home, .deadlines], [.home, .agency("cong-an-tinh")]] {
            state.stack = screens
            let text = DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
            #expect(text.contains("⚠ DỮ LIỆU CŨ: mất kết nối tới máy chủ"), "\(screens)")
        }
        state.stack = [.portfolio]
        _ = Update.apply(.key(.character("?")), to: &state)
        #expect(!DashboardView.render(state, theme: Theme(colors: .none)).lines().joined().contains("DỮ LIỆU CŨ"))
    }

    @Test func resizeChangesTheLayoutSize() throws {
        var (_, state) = try state()
        _ = Update.apply(.resize(width: 40, height: 10), to: &state)
        let lines = DashboardView.render(state, theme: Theme(colors: .none)).lines()
        #expect(lines.count == 10)
        #expect(lines.joined().contains("60×20"))
    }
}

/// After the 2025 reorganisation, the agency list says who follows each task up now.
@Suite struct SuccessionDisplayTests {
    @Test func mergedAgenciesPointToTheirSuccessors() throws {
        let fixture = try DashboardFixture()
        let before = try fixture.state(today: "2025-02-12", width: 120, height: 40)
        #expect(before.followUpSuccessors.isEmpty)
        let after = try fixture.state(today: "2025-07-15", width: 120, height: 40)
        #expect(after.followUpSuccessors["so-tnmt"]?.map(\.id) == ["so-nnmt"])
        #expect(after.followUpSuccessors["so-tttt"]?.map(\.id) == ["so-khcn", "so-vhttdl"])
        #expect(after.followUpSuccessors["ubnd-tien-du"]?.map(\.id) == ["ubnd-xa-tien-du"])
        #expect(after.followUpSuccessors["cong-an-tinh"] == nil)
        let screen = DashboardView.render(after, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(screen.contains("Sở Tài nguyên và Môi trường → Sở NN&MT"))
        #expect(screen.contains("UBND huyện Tiên Du → UBND xã Tiên Du"))
    }
}

/// The hint bar keeps "? phím" and "q thoát" in sight whatever the width.
@Suite struct HintBarTests {
    @Test(arguments: [60, 80, 120])
    func helpAndQuitAlwaysShow(width: Int) throws {
        let state = try DashboardFixture().state(today: "2025-02-12", width: width, height: 24)
        let last = try #require(DashboardView.render(state, theme: Theme(colors: .none)).lines().last)
        #expect(last.contains("? phím"))
        #expect(last.contains("q thoát"))
        #expect(last.contains("Tab ô"))
    }
}

/// The audit trail in words, not codes.
@Suite struct AuditWordsTests {
    @Test func actionsAreDescribedInTheUsersLanguage() {
        let entry = AgencyHistory.Entry(at: "2025-02-12T10:00:00+07:00", user: "canbo", action: "report.submit",
                                        subject: "task 1 / cong-an-tinh / revision 2")
        #expect(entry.describedAction(.vi) == "nộp báo cáo lần 2")
        #expect(entry.describedAction(.en) == "submitted revision 2")
        var extension_ = entry
        extension_.action = "deadline.extension"
        #expect(extension_.describedAction(.vi) == "gia hạn")
        var unknown = entry
        unknown.action = "something.new"
        #expect(unknown.describedAction(.vi) == "something.new")
    }
}

/// What the trials found: Esc with a kept filter, the summary of a directive of many tasks.
@Suite struct NavigationFixesTests {
    @Test func escapeOnAScreenOpenedFromAFilteredListGoesBackAndKeepsTheFilter() throws {
        var state = try DashboardFixture().state(today: "2025-02-12", width: 120, height: 40)
        state.press(.character("/"))
        state.type("cong an")
        state.press(.enter)
        #expect(state.visibleAgencyRows.map(\.agency.id) == ["cong-an-tinh"])
        state.press(.enter)
        #expect(state.screen == .agency("cong-an-tinh"))
        state.press(.escape)
        #expect(state.screen == .home)
        #expect(state.filter?.text == "cong an")
        state.press(.escape)
        #expect(state.filter == nil)
    }
}
