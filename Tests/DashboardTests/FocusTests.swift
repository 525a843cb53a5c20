import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// One focus convention everywhere (issue 9): "▶ " before the focused panel's title (none on
/// the others), and "›" with reverse video on the selected row; "> " and ">" in ASCII, the same
/// without colour.
@Suite struct FocusTests {
    static let themes = [Theme(colors: .none), Theme(colors: .basic), Theme(colors: .none, asciiOnly: true)]

    static func marks(_ theme: Theme) -> (panel: String, row: String) {
        theme.asciiOnly ? ("> ", ">") : ("▶ ", "›")
    }

    func fixture() throws -> DashboardFixture {
        let fixture = try DashboardFixture()
        try fixture.submit("cong-an-tinh", on: "2025-02-10", figures: [
            AreaFigures(areaID: "phong-khe", inspected: 20, violations: 12, finesCount: 5, finesVND: 1_300_000_000),
        ])
        return fixture
    }

    @Test(arguments: themes)
    func theMarkMovesWithTabOnTheBoard(theme: Theme) throws {
        let (panel, row) = Self.marks(theme)
        var state = try fixture().state(today: "2025-02-12", width: 80, height: 24)
        var screen = DashboardView.render(state, theme: theme)
        let area = try #require(ScreenReading.titleRow(screen, panel + "1 Phong Khê"))
        #expect(area.line.contains(panel + "1 Phong Khê"))
        #expect(ScreenReading.titleRow(screen, "2 CCN Phú Lâm")?.line.contains(panel) == false)
        let agencies = try #require(ScreenReading.titleRow(screen, "Cơ quan được giao"))
        #expect(!agencies.line.contains(panel + "Cơ quan"))
        // The agency list is not focused: its selection keeps the glyph, without reverse video.
        #expect(ScreenReading.markedRows(screen, glyph: row) == [agencies.y + 1])
        #expect(!screen[1, agencies.y + 1].style.reverse)

        state.press(.tab)
        screen = DashboardView.render(state, theme: theme)
        #expect(try #require(ScreenReading.titleRow(screen, "Cơ quan được giao")).line.contains(panel + "Cơ quan được giao"))
        let phongKhe = try #require(ScreenReading.titleRow(screen, "1 Phong Khê"))
        #expect(!phongKhe.line.contains(panel))
        // The selected row: the glyph in the first column and the whole row reversed; the area
        // panel keeps the glyph alone in its title, spaced from the corner as the focus mark is.
        #expect(ScreenReading.markedRows(screen, glyph: row) == [agencies.y + 1])
        let corner = theme.asciiOnly ? "+" : "┌"
        #expect(phongKhe.line.hasPrefix(corner + " " + row + (theme.asciiOnly ? "" : " ") + "1 Phong Khê "), "\(phongKhe.line)")
        #expect(ScreenReading.isReversed(screen, y: agencies.y + 1, from: 1, to: 79))
        #expect(!ScreenReading.isReversed(screen, y: agencies.y + 2, from: 1, to: 79))

        state.press(.down)
        screen = DashboardView.render(state, theme: theme)
        #expect(ScreenReading.markedRows(screen, glyph: row) == [agencies.y + 2])
        #expect(ScreenReading.isReversed(screen, y: agencies.y + 2, from: 1, to: 79))
    }

    @Test func unfocusedTitlesAreDimmerWithColourAndTheFocusedOneIsNot() throws {
        let state = try fixture().state(today: "2025-02-12", width: 80, height: 24)
        let screen = DashboardView.render(state, theme: Theme(colors: .basic))
        let agencies = try #require(ScreenReading.titleRow(screen, "Cơ quan được giao"))
        #expect(screen[agencies.x + 2, agencies.y].style.dim)
        let focused = try #require(ScreenReading.titleRow(screen, "▶ 1 Phong Khê"))
        #expect(screen[focused.x + 2, focused.y].text == "▶")
        #expect(!screen[focused.x + 2, focused.y].style.dim && screen[focused.x + 2, focused.y].style.bold)
    }

    /// Every list that has a selection: a single focused panel, and its selected row marked both ways.
    @Test(arguments: themes)
    func everyListMarksItsSelectedRowBothWays(theme: Theme) throws {
        let (panel, row) = Self.marks(theme)
        let fixture = try fixture()
        let base = try fixture.state(today: "2025-02-12", width: 80, height: 24)
        var screens: [(String, AppState)] = []
        var portfolio = base
        portfolio.stack = [.portfolio]
        screens.append(("Văn bản chỉ đạo", portfolio))
        var agencies = portfolio
        agencies.press(.tab)
        screens.append(("Cơ quan, mọi văn bản", agencies))
        var deadlines = base
        deadlines.press(.character("d"))
        screens.append(("Các thời hạn", deadlines))
        var deadline = deadlines
        deadline.press(.enter)
        screens.append(("Cơ quan theo trạng thái", deadline))
        var area = base
        area.press(.character("1"))
        screens.append(("Số liệu theo cơ quan", area))
        var agency = base
        agency.press(.tab, .down, .down, .down, .down, .down, .enter)
        let reports = try fixture.store.reports(taskID: "1", agencyID: "cong-an-tinh")
        _ = Update.apply(.agencyHistoryLoaded(AgencyHistory(agencyID: "cong-an-tinh", reports: reports, audit: [])), to: &agency)
        screens.append(("Công an tỉnh · 1 nhiệm vụ", agency))
        var submissions = agency
        submissions.press(.tab)
        screens.append(("Các lần nộp báo cáo", submissions))

        for (title, state) in screens {
            let screen = DashboardView.render(state, theme: theme)
            let box = try #require(ScreenReading.titleRow(screen, panel + title), "\(title): no focused title")
            let text = screen.lines().joined(separator: "\n")
            let focusedTitles = screen.lines().filter { $0.contains("┌ " + panel) || $0.contains("+ " + panel) }
            #expect(focusedTitles.count == 1, "\(title): one focused panel\n\(text)")
            // In the focused box (another list on screen keeps its own selection's glyph).
            let bottom = box.y + ScreenReading.boxLines(screen, panel + title).count
            let marked = ScreenReading.markedRows(screen, glyph: row, x: box.x + 1).filter { $0 > box.y && $0 <= bottom }
            #expect(marked.count == 1, "\(title): one selected row\n\(text)")
            if let y = marked.first {
                #expect(y > box.y)
                #expect(ScreenReading.isReversed(screen, y: y, from: box.x + 1, to: box.x + 20), "\(title): reversed")
            }
        }
    }

    @Test func theWallShowsNoFocusMarks() throws {
        let fixture = try fixture()
        let day = CalendarDate(iso: "2025-02-12")!
        var state = AppState(snapshot: try fixture.store.snapshot(asOf: day), rules: StatusRules(), today: day,
                             minuteOfDay: 14 * 60 + 5, language: .vi, width: 80, height: 24, mode: .wall)
        for _ in WallPage.all(in: state) {
            let screen = DashboardView.render(state, theme: Theme(colors: .none))
            let text = screen.lines().joined(separator: "\n")
            #expect(!text.contains("▶") && !text.contains("›"), "\(text)")
            _ = Update.apply(.rotate, to: &state)
        }
    }

    @Test(arguments: [(Language.vi, "▶ trước tên khung: khung đang chọn (Tab để chuyển) · › và nền đảo: dòng đang chọn"),
                      (Language.en, "▶ before a panel's title: the focused panel (Tab moves it) · › and reversed: the selected row")])
    func helpExplainsTheMarks(language: Language, line: String) throws {
        var state = try fixture().state(today: "2025-02-12", width: 120, height: 40, language: language)
        state.press(.character("?"))
        let help = ScreenReading.boxText(DashboardView.render(state, theme: Theme(colors: .none)), language == .vi ? "Phím" : "Keys")
        #expect(help.contains(line), "\(help)")
    }
}
