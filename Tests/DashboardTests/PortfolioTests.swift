import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// The list of directives: urgency order, the done group, the filter, opening a board and back.
@Suite struct PortfolioTests {
    /// A second directive beside 239: two tasks for two district committees, due 05/3/2025.
    static let second = DirectiveImport(
        document: Document(reference: DocumentReference("45/STNMT-MT")!, kind: "công văn",
                           issuer: "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", place: "Bắc Ninh", date: CalendarDate(iso: "2025-02-14"),
                           subject: "đôn đốc báo cáo tình hình xử lý ô nhiễm tại CCN Phú Lâm",
                           addressees: ["UBND huyện Tiên Du", "UBND huyện Yên Phong"]),
        tasks: [
            DirectiveImport.Task(number: "1", text: "Báo cáo kết quả kiểm tra.", deadlinePhrase: "trước ngày 05/3/2025",
                                 assigneeNames: ["UBND huyện Tiên Du", "UBND huyện Yên Phong"]),
        ])

    static func fixture() throws -> DashboardFixture {
        let fixture = try DashboardFixture()
        _ = try fixture.store.importDirective(second, user: "canbo", at: "2025-02-14T08:00:00+07:00", dryRun: false)
        return fixture
    }

    static func references(_ state: AppState) -> [String] {
        state.portfolioRows.map { row in
            switch row {
            case .directive(let entry): entry.document.reference.text
            case .doneGroup(let count): "done(\(count))"
            }
        }
    }

    @Test func directivesComeMostUrgentFirstAndOpenTheirBoard() throws {
        let fixture = try Self.fixture()
        var state = try fixture.state(today: "2025-02-17", width: 120, height: 40)
        state.stack = [.portfolio]
        // 239's agencies are overdue since 14/02; 45's are due on 04/03.
        #expect(Self.references(state) == ["239/UBND-NN.TN", "45/STNMT-MT"])
        guard case .directive(let first) = state.portfolioRows[0] else { Issue.record("no directive row"); return }
        #expect(first.overdue == 14)   // task 2 (Sở TN&MT, due 19/02) is only due soon
        #expect(first.assigned == 15)
        #expect(first.nextDue == CalendarDate(iso: "2025-02-14"))

        // The second directive's board is read when opened; a read of another board is ignored.
        #expect(state.press(.down, .enter) == [.openBoard(reference: "45/STNMT-MT")])
        #expect(state.stack == [.portfolio, .home])
        #expect(state.boardIsLoading)
        let day = CalendarDate(iso: "2025-02-17")!
        _ = Update.apply(.dataLoaded(try fixture.store.snapshot(asOf: day, directives: ["239/UBND-NN.TN"])), to: &state)
        #expect(state.boardIsLoading)
        _ = Update.apply(.dataLoaded(try fixture.store.snapshot(asOf: day, directives: ["45/STNMT-MT"])), to: &state)
        #expect(!state.boardIsLoading)
        #expect(state.agencyRows.map(\.agency.id) == ["ubnd-tien-du", "ubnd-yen-phong"])

        // Esc goes back up to the list.
        state.press(.escape)
        #expect(state.stack == [.portfolio])
        #expect(state.screen == .portfolio)
    }

    @Test func doneDirectivesAreFoldedAndTheFilterFindsWithoutMarks() throws {
        let fixture = try Self.fixture()
        for agency in ["ubnd-tien-du", "ubnd-yen-phong"] {
            let task = try fixture.store.taskSnapshot("45/STNMT-MT#1", asOf: CalendarDate(iso: "2025-02-17")!).task
            try fixture.submit(agency, task: task.id, on: "2025-02-16")
        }
        var state = try fixture.state(today: "2025-02-17", width: 120, height: 40)
        state.stack = [.portfolio]
        #expect(Self.references(state) == ["239/UBND-NN.TN", "done(1)"])
        state.press(.down, .enter)
        #expect(Self.references(state) == ["239/UBND-NN.TN", "done(1)", "45/STNMT-MT"])
        state.press(.enter)
        #expect(Self.references(state) == ["239/UBND-NN.TN", "done(1)"])

        state.press(.character("/"))
        state.type("don doc")
        #expect(Self.references(state) == ["done(1)"])
        state.press(.escape)
        #expect(Self.references(state) == ["239/UBND-NN.TN", "done(1)"])
        // Keys meant for a board do nothing on the list.
        #expect(state.press(.character("n"), .character("1")) == [])
        #expect(state.screen == .portfolio)
    }

    /// A board shows the areas of its own directive (none: no area row, the agencies have the
    /// focus), and its area figures count its own reports only.
    @Test func aBoardShowsOnlyItsOwnDirectivesAreas() throws {
        let fixture = try Self.fixture()
        let day = CalendarDate(iso: "2025-02-17")!
        var state = try fixture.state(today: "2025-02-17", width: 80, height: 24)
        state.stack = [.portfolio]
        state.press(.down, .enter)
        _ = Update.apply(.dataLoaded(try fixture.store.snapshot(asOf: day, directives: ["45/STNMT-MT"])), to: &state)
        #expect(state.snapshot.areas.isEmpty)
        #expect(state.focus == .agencies)
        state.press(.tab)
        #expect(state.focus == .agencies)
        #expect(state.press(.character("1")) == [])
        #expect(state.screen == .home)
        let screen = DashboardView.render(state, theme: Theme(colors: .none))
        #expect(!screen.lines().contains { $0.contains("Phong Khê") || $0.contains("Khu vực") })
        try Snapshot.assert(screen, named: "board-without-areas-80x24")

        // Linked to CCN Phú Lâm, with a report of its own giving figures for it.
        try fixture.store.linkAreas(["phu-lam"], toDirective: "45/STNMT-MT", user: "canbo", at: "t")
        let task = try fixture.store.taskSnapshot("45/STNMT-MT#1", asOf: day).task
        try fixture.submit("ubnd-tien-du", task: task.id, on: "2025-02-16", figures: [AreaFigures(areaID: "phu-lam", inspected: 7)])
        _ = Update.apply(.dataLoaded(try fixture.store.snapshot(asOf: day, directives: ["45/STNMT-MT"])), to: &state)
        #expect(state.snapshot.areas.map(\.id) == ["phu-lam"])
        #expect(state.areaSummary(state.snapshot.areas[0]).total(.inspected) == 7)
        state.press(.tab)
        #expect(state.focus == .areas)
        // 239's board: its three areas, and nothing of the report on 45.
        let board239 = try fixture.store.snapshot(asOf: day, directives: ["239/UBND-NN.TN"])
        #expect(board239.areas.count == 3)
        #expect(AreaSummary.all(in: board239).allSatisfy { $0.contributions.isEmpty })
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func snapshot(width: Int, height: Int) throws {
        let fixture = try Self.fixture()
        var state = try fixture.state(today: "2025-02-17", width: width, height: height)
        state.stack = [.portfolio]
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "portfolio-\(width)x\(height)")
    }
}

/// The counts arrive after the first frame and sort the list: the selection stays on its directive.
@Suite struct PortfolioSelectionTests {
    @Test func theSelectionFollowsItsDirectiveWhenTheCountsArrive() throws {
        // A directive older than 239 but due later: by date it comes first, by urgency second.
        var older = PortfolioTests.second
        older.document.reference = DocumentReference("12/STNMT-MT")!
        older.document.date = CalendarDate(iso: "2025-01-10")
        let fixture = try DashboardFixture()
        _ = try fixture.store.importDirective(older, user: "canbo", at: "2025-01-10T08:00:00+07:00", dryRun: false)
        var state = try fixture.state(today: "2025-02-17", width: 120, height: 40)
        state.stack = [.portfolio]
        let counted = state.deadlines
        #expect(PortfolioTests.references(state) == ["239/UBND-NN.TN", "12/STNMT-MT"])
        // The first frame: the directives alone, by date; the user moves to 239 (the second).
        state.deadlines = DeadlineOverview(documents: try fixture.store.directiveDocuments())
        #expect(PortfolioTests.references(state) == ["12/STNMT-MT", "239/UBND-NN.TN"])
        state.press(.down)
        _ = Update.apply(.deadlinesLoaded(counted), to: &state)
        #expect(state.selectedDirective == 0)
        guard case .directive(let entry) = state.portfolioRows[state.selectedDirective] else { Issue.record("no directive"); return }
        #expect(entry.document.reference.text == "239/UBND-NN.TN")
    }
}

/// The list scrolls only when the selection would leave the window.
@Suite struct PortfolioScrollTests {
    @Test func theWindowMovesOnlyAtItsEdges() throws {
        let fixture = try DashboardFixture()
        for n in 1...30 {
            var directive = PortfolioTests.second
            directive.document.reference = DocumentReference("\(100 + n)/STNMT-MT")!
            _ = try fixture.store.importDirective(directive, user: "canbo", at: "2025-02-14T08:00:00+07:00", dryRun: false)
        }
        var state = try fixture.state(today: "2025-02-17", width: 80, height: 24)
        state.stack = [.portfolio]
        let visible = PortfolioLayout.visibleEntries(height: 24)
        #expect(visible == 10)
        for _ in 0..<(visible - 1) { state.press(.down) }
        #expect(state.portfolioOffset == 0)           // the last row of the window: no scroll yet
        state.press(.down)
        #expect(state.portfolioOffset == 1)           // one past it: one row
        state.press(.up)
        #expect(state.portfolioOffset == 1)           // back inside the window: it stays
        state.press(.character("g"))
        #expect(state.portfolioOffset == 0)
        state.press(.character("G"))
        #expect(state.portfolioOffset == state.portfolioRows.count - visible)
        let screen = DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(screen.contains("▶"))
    }
}

/// The agencies across directives: what each owes on every directive, the latest first.
@Suite struct AgenciesAcrossDirectivesTests {
    @Test func tabFromTheListShowsEveryAgencyWithWhatItOwesEverywhere() throws {
        let fixture = try PortfolioTests.fixture()
        try fixture.submit("cong-an-tinh", on: "2025-02-12")
        var state = try fixture.state(today: "2025-02-17", width: 120, height: 40)
        state.stack = [.portfolio]
        state.press(.tab)
        #expect(state.screen == .agencies)
        // Every agency of both directives: 14 of 239, and the two districts of 45 among them.
        #expect(state.agencyList.count == 14)
        let first = try #require(state.agencyList.first)
        #expect(first.agency.id == "so-tnmt")                  // overdue on task 1 and due soon on task 2
        #expect(first.mostDaysOverdue == 3)
        #expect(first.tally[.overdue] == 1 && first.tally[.dueSoon] == 1)
        let tienDu = try #require(state.agencyList.first { $0.agency.id == "ubnd-tien-du" })
        #expect(tienDu.tally.assigned == 2)                   // one on each directive
        #expect(tienDu.tally[.overdue] == 1 && tienDu.tally[.pending] == 1)
        // Công an reported: it comes last, nothing owed.
        #expect(state.agencyList.last?.agency.id == "cong-an-tinh")
        #expect(state.agencyList.last?.tally.owed == 0)

        state.press(.character("/"))
        state.type("tien du")
        #expect(state.agencyList.map(\.agency.id) == ["ubnd-tien-du"])
        #expect(state.press(.enter) == [])                    // keeps the filter
        #expect(state.press(.enter) == [.loadAgencyHistory(agencyID: "ubnd-tien-du")])
        #expect(state.screen == .agency("ubnd-tien-du"))
        state.press(.escape)
        #expect(state.screen == .agencies)
        state.press(.escape, .tab)
        #expect(state.screen == .portfolio)
    }
}

/// A recorded reminder shows on the board, on the row of the agency still owing (issue 11).
@Suite struct BoardReminderTests {
    @Test func aRecordedReminderShowsOnTheAgencyRow() throws {
        let fixture = try DashboardFixture()
        try fixture.store.recordReminder(
            ReminderRecord(reference: "12/STNMT-KT", sentOn: CalendarDate(iso: "2025-02-17")!, askedBy: CalendarDate(iso: "2025-02-20"),
                           directive: "239/UBND-NN.TN", taskID: "1", targets: [.init(taskID: "1", agencyID: "cong-an-tinh")]),
            user: "canbo", at: "2025-02-17T09:00:00+07:00")
        var state = try fixture.state(today: "2025-02-18", width: 120, height: 40)
        state.stack = [.home]
        let lines = DashboardView.render(state, theme: Theme(colors: .none)).lines()
        let row = try #require(lines.first { $0.contains("Công an tỉnh") })
        #expect(row.contains("· đôn đốc 1 lần, 17/02"))
        #expect(!lines.contains { $0.contains("Cục Thuế") && $0.contains("đôn đốc") })

        // At 80 columns the countdown's working days give way to the reminder, not the reverse.
        var narrow = try fixture.state(today: "2025-02-18", width: 80, height: 24)
        narrow.stack = [.home]
        narrow.focus = .agencies
        let narrowLines = DashboardView.render(narrow, theme: Theme(colors: .none)).lines()
        let narrowRow = try #require(narrowLines.first { $0.contains("Công an tỉnh") })
        #expect(narrowRow.contains("quá hạn 4 ngày · đôn đốc 1 lần, 17/02"), "\(narrowRow)")
        let other = try #require(narrowLines.first { $0.contains("Cục Thuế") })
        #expect(other.contains("ngày làm việc)"), "\(other)")
    }
}
