import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// The wall: pages turn by themselves and by arrows; no key opens anything or writes.
@Suite struct WallTests {
    func wall(width: Int = 80, height: Int = 24) throws -> (DashboardFixture, AppState) {
        let fixture = try DashboardFixture()
        try fixture.submit("cong-an-tinh", on: "2025-02-10", figures: [
            AreaFigures(areaID: "phong-khe", inspected: 20, violations: 12, finesCount: 5, finesVND: 1_300_000_000),
        ])
        let day = CalendarDate(iso: "2025-02-12")!
        let state = AppState(snapshot: try fixture.store.snapshot(asOf: day), rules: StatusRules(), today: day,
                             minuteOfDay: 14 * 60 + 5, language: .vi, width: width, height: height, mode: .wall)
        return (fixture, state)
    }

    @Test func pagesRotateThroughOverviewAreasAgenciesAndDeadlines() throws {
        var (_, state) = try wall()
        #expect(WallPage.all(in: state) == [.overview, .area("phong-khe"), .area("phu-lam"), .area("van-mon"), .agencies, .deadlines])
        var seen: [Int] = []
        for _ in 0..<7 {
            seen.append(state.wallPage)
            _ = Update.apply(.rotate, to: &state)
        }
        #expect(seen == [0, 1, 2, 3, 4, 5, 0])
    }

    @Test func arrowsAndSpaceTurnPagesAndNothingElseDoesAnything() throws {
        var (_, state) = try wall()
        state.press(.right)
        #expect(state.wallPage == 1)
        state.press(.character(" "))
        #expect(state.wallPage == 2)
        state.press(.left, .left, .left)
        #expect(state.wallPage == 5)
        let before = state.stack
        for key: Key in [.enter, .character("n"), .character("d"), .character("/"), .character("1"), .tab, .control("s"), .escape, .character("?")] {
            #expect(state.press(key).isEmpty, "\(key)")
        }
        #expect(state.stack == before)
        #expect(state.form == nil)
        #expect(!state.showsHelp)
        #expect(state.press(.character("r")) == [.reload, .repaint])
        #expect(state.press(.character("q")) == [.quit])
    }

    @Test func freshDataIsStamped() throws {
        var (fixture, state) = try wall()
        state.minuteOfDay = 15 * 60 + 42
        _ = Update.apply(.dataLoaded(try fixture.store.snapshot(asOf: state.today)), to: &state)
        #expect(state.refreshedAtMinute == 15 * 60 + 42)
        let screen = DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(screen.contains("cập nhật lúc 15:42"))
    }

    @Test func staleDataIsMarkedAndKept() throws {
        var (_, state) = try wall()
        _ = Update.apply(.loadFailed("cơ sở dữ liệu bị hỏng"), to: &state)
        let screen = DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(screen.contains("⚠ DỮ LIỆU CŨ (14:05): cơ sở dữ liệu bị hỏng"))
        #expect(screen.contains("đã báo cáo 1/14"))
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func pagesAtWallSizes(width: Int, height: Int) throws {
        var (_, state) = try wall(width: width, height: height)
        for page in 0..<WallPage.all(in: state).count {
            state.wallPage = page
            try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "wall-\(page)-\(width)x\(height)")
        }
    }
}

/// The wall across directives: the list, each board not yet done, every deadline; or one held.
@Suite struct WallAcrossDirectivesTests {
    @Test func severalDirectivesRotateThroughTheListAndEachBoard() throws {
        let fixture = try PortfolioTests.fixture()
        var state = try fixture.state(today: "2025-02-17", width: 120, height: 40)
        state.mode = .wall
        // The deadlines of every directive, as the shell reads them (they no longer follow the board).
        _ = Update.apply(.deadlinesLoaded(state.deadlines), to: &state)
        #expect(WallPage.all(in: state) == [.portfolio, .board("239/UBND-NN.TN"), .board("45/STNMT-MT"), .deadlines])
        // 239 is the board read already; 45's is read when its page comes up.
        #expect(Update.apply(.rotate, to: &state) == [])
        #expect(Update.apply(.rotate, to: &state) == [.openBoard(reference: "45/STNMT-MT")])
        let loading = DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(loading.contains("Đang tải…"))
        _ = Update.apply(.dataLoaded(try fixture.store.snapshot(asOf: CalendarDate(iso: "2025-02-17")!, directives: ["45/STNMT-MT"])),
                         to: &state)
        let board = DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(board.contains("Cơ quan được giao (2)"))
        #expect(board.contains("Trang 3/4: 45/STNMT-MT"))
        #expect(HeaderTests.header(state).hasPrefix(" theodoi · 45/STNMT-MT · "))
        // Keys still turn pages, and nothing but pages.
        #expect(state.press(.left) == [.openBoard(reference: "239/UBND-NN.TN")])
    }

    @Test func theListAndEveryDeadlinePagesNameNoDirective() throws {
        let fixture = try PortfolioTests.fixture()
        var state = try fixture.state(today: "2025-02-17", width: 120, height: 40)
        state.mode = .wall
        _ = Update.apply(.deadlinesLoaded(state.deadlines), to: &state)
        #expect(HeaderTests.header(state).hasPrefix(" theodoi · Văn bản chỉ đạo "), "\(HeaderTests.header(state))")
        state.wallPage = 3
        #expect(HeaderTests.header(state).hasPrefix(" theodoi · Các thời hạn "), "\(HeaderTests.header(state))")
    }

    @Test func aDirectiveHeldInAnotherCaseIsReadAndOnlyItsDeadlinesAreListed() throws {
        let fixture = try PortfolioTests.fixture()
        let day = CalendarDate(iso: "2025-02-17")!
        var state = AppState(snapshot: try fixture.store.snapshot(asOf: day, directives: ["45/stnmt-mt"]), rules: StatusRules(), today: day,
                             minuteOfDay: 600, language: .vi, width: 120, height: 40, mode: .wall)
        state.wallDirectives = ["45/stnmt-mt"]
        state.boardReference = "45/stnmt-mt"
        #expect(!state.boardIsLoading)
        _ = Update.apply(.dataLoaded(try fixture.store.snapshot(asOf: day, directives: ["45/STNMT-MT"])), to: &state)
        #expect(!state.boardIsLoading)
        // Every deadline of the store, as the shell reads them: the held directive's only are listed.
        _ = Update.apply(.deadlinesLoaded(try fixture.store.deadlineOverview(rules: StatusRules(), asOf: day)), to: &state)
        #expect(Set(state.deadlineTasks.map(\.task.directive.text)) == ["45/STNMT-MT"])
        state.wallPage = WallPage.all(in: state).count - 1
        let screen = DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(!screen.contains("239/UBND-NN.TN"), "\(screen)")
        #expect(try fixture.store.directiveReferences(["45/stnmt-mt"]) == ["45/STNMT-MT"])
    }

    @Test func aPageThatCannotShowEveryRowSaysHowManyMore() throws {
        let fixture = try DashboardFixture()
        let day = CalendarDate(iso: "2025-02-12")!
        let state = AppState(snapshot: try fixture.store.snapshot(asOf: day), rules: StatusRules(), today: day,
                             minuteOfDay: 600, language: .vi, width: 80, height: 24, mode: .wall)
        let screen = DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(screen.contains("… và 6 cơ quan khác"), "\(screen)")
        #expect(!screen.contains("▼"))
    }

    @Test func aHeldDirectiveShowsItsOwnPages() throws {
        let fixture = try PortfolioTests.fixture()
        var state = try fixture.state(today: "2025-02-17", width: 120, height: 40)
        state.mode = .wall
        state.wallDirectives = ["45/STNMT-MT"]
        #expect(WallPage.all(in: state).first == .overview)
        #expect(WallPage.all(in: state).last == .deadlines)
    }
}
