import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// An agency's detail (issue 9 item 4, "what does UBND Tiên Du still owe us?"): its assignments
/// on every directive, most urgent first and selectable; Enter opens the directive's board on
/// the agency, Esc comes back; `n` reports on the selected one; Tab to its submissions.
@Suite struct AgencyDetailTests {
    /// A third directive for UBND huyện Tiên Du alone: one task long overdue, one due soon, one
    /// reported, one withdrawn. With 239 (task 1 overdue since 14/02) and 45 (due 05/3).
    static let third = DirectiveImport(
        document: Document(reference: DocumentReference("46/STNMT-MT")!, kind: "công văn",
                           issuer: "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", place: "Bắc Ninh", date: CalendarDate(iso: "2025-02-03"),
                           subject: "kiểm tra các cơ sở tái chế", addressees: ["UBND huyện Tiên Du"]),
        tasks: ["trước ngày 10/02/2025", "trước ngày 19/02/2025", "trước ngày 28/02/2025", "trước ngày 25/02/2025"].enumerated().map {
            DirectiveImport.Task(number: "\($0.offset + 1)", text: "Báo cáo.", deadlinePhrase: $0.element, assigneeNames: ["UBND huyện Tiên Du"])
        })

    static let today = "2025-02-17"

    static func fixture() throws -> DashboardFixture {
        let fixture = try PortfolioTests.fixture()
        _ = try fixture.store.importDirective(third, user: "canbo", at: "2025-02-03T08:00:00+07:00", dryRun: false)
        try fixture.submit("ubnd-tien-du", task: try taskID(fixture, "46/STNMT-MT", "3"), on: "2025-02-16")
        try fixture.store.recordDecision(DeadlineDecision(kind: .withdrawal, decidedOn: CalendarDate(iso: "2025-02-15")!),
                                         taskID: try taskID(fixture, "46/STNMT-MT", "4"), agencyID: "ubnd-tien-du",
                                         user: "canbo", at: "2025-02-15T08:00:00+07:00")
        return fixture
    }

    static func taskID(_ fixture: DashboardFixture, _ reference: String, _ number: String) throws -> String {
        let snapshot = try fixture.store.snapshot(asOf: CalendarDate(iso: today)!)
        let directive = try #require(snapshot.directives.first { $0.document.reference.text == reference })
        return try #require(directive.tasks.first { $0.number == number }).id
    }

    /// The ledger as the shell reads it.
    static func history(_ fixture: DashboardFixture, _ agencyID: String = "ubnd-tien-du") throws -> AgencyHistory {
        let day = CalendarDate(iso: today)!
        return AgencyHistory(agencyID: agencyID, ledger: try fixture.store.agencySnapshot(agencyID, asOf: day), rules: StatusRules(),
                             today: day, reports: try fixture.store.reports(agencyID: agencyID, asOf: day), audit: [])
    }

    /// UBND Tiên Du's detail from the board of 239, its ledger read.
    static func detail(width: Int = 120, height: Int = 40, language: Language = .vi) throws -> (DashboardFixture, AppState) {
        let fixture = try fixture()
        var state = try fixture.state(today: today, width: width, height: height, language: language)
        state.press(.tab, .character("/"))
        state.type("tien du")
        let effects = state.press(.enter, .enter)
        #expect(effects == [.loadAgencyHistory(agencyID: "ubnd-tien-du")])
        _ = Update.apply(.agencyHistoryLoaded(try history(fixture)), to: &state)
        return (fixture, state)
    }

    static func rows(_ state: AppState) -> [String] {
        state.agencyAssignments.map { "\($0.directiveReference) \($0.task.number)" + ($0.isWithdrawn ? " rút" : "") }
    }

    static func screen(_ state: AppState) -> String {
        DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
    }

    static func hints(_ state: AppState) -> String {
        DashboardView.render(state, theme: Theme(colors: .none)).lines().last ?? ""
    }

    @Test func everyAssignmentMostUrgentFirst() throws {
        let (_, state) = try Self.detail()
        #expect(state.screen == .agency("ubnd-tien-du"))
        // Overdue by days late (46/1 since 10/02, 239/1 since 14/02), due soon, pending, done, withdrawn.
        #expect(Self.rows(state) == ["46/STNMT-MT 1", "239/UBND-NN.TN 1", "46/STNMT-MT 2", "45/STNMT-MT 1", "46/STNMT-MT 3",
                                     "46/STNMT-MT 4 rút"])
        #expect(state.selectedAgencyAssignment == 0)
        #expect(state.agencyPanel == .assignments)
        let screen = Self.screen(state)
        #expect(screen.contains("›46/STNMT-MT · NV1"))
        #expect(screen.contains("✗ Quá hạn"))
        #expect(screen.contains("⊘ Đã rút"))
        #expect(screen.contains("rút ngày 15/02/2025"))
    }

    @Test func keysMoveTheSelectionAndTabGoesToTheSubmissions() throws {
        var (_, state) = try Self.detail()
        state.press(.down)
        #expect(state.selectedAgencyAssignment == 1)
        state.press(.character("j"), .character("j"))
        #expect(state.selectedAgencyAssignment == 3)
        state.press(.character("k"))
        #expect(state.selectedAgencyAssignment == 2)
        state.press(.character("G"))
        #expect(state.selectedAgencyAssignment == 5)
        state.press(.pageDown)
        #expect(state.selectedAgencyAssignment == 5)
        state.press(.character("g"))
        #expect(state.selectedAgencyAssignment == 0)
        state.press(.pageDown)
        #expect(state.selectedAgencyAssignment == 5)
        state.press(.pageUp)
        #expect(state.selectedAgencyAssignment == 0)

        // One submission (46/3): Tab goes to it and back; the arrows then move there.
        #expect(state.agencyDetailHasTwoPanels)
        #expect(Self.hints(state).contains("Tab ô"))
        state.press(.tab)
        #expect(state.agencyPanel == .submissions)
        #expect(Self.hints(state).contains("Enter đọc"))
        state.press(.down)
        #expect(state.selectedAgencyAssignment == 0)
        let screen = DashboardView.render(state, theme: Theme(colors: .none))
        #expect(ScreenReading.titleRow(screen, "▶ Các lần nộp báo cáo") != nil)
        // The assignment stays marked, without reverse video, in its unfocused panel.
        let top = try #require(ScreenReading.titleRow(screen, "UBND huyện Tiên Du"))
        #expect(screen[1, top.y + 3].text == "›" && !screen[1, top.y + 3].style.reverse)
        state.press(.enter)
        #expect(state.screen == .report(taskID: try Self.taskID(Self.fixture(), "46/STNMT-MT", "3"), agencyID: "ubnd-tien-du", revision: 1))
        state.press(.escape)
        #expect(state.agencyPanel == .submissions)
        state.press(.backTab)
        #expect(state.agencyPanel == .assignments)
    }

    @Test func withoutSubmissionsThereIsNoTab() throws {
        let fixture = try Self.fixture()
        var state = try fixture.state(today: Self.today, width: 80, height: 24)
        state.stack = [.agencies]
        let index = try #require(state.agencyList.firstIndex { $0.agency.id == "ubnd-yen-phong" })
        state.selectedAgencyRow = index
        state.press(.enter)
        _ = Update.apply(.agencyHistoryLoaded(try Self.history(fixture, "ubnd-yen-phong")), to: &state)
        #expect(Self.rows(state) == ["239/UBND-NN.TN 1", "45/STNMT-MT 1"])
        #expect(!state.agencyDetailHasTwoPanels)
        #expect(!Self.hints(state).contains("Tab"))
        state.press(.tab)
        #expect(state.agencyPanel == .assignments)
        state.press(.character("?"))
        #expect(!Self.screen(state).contains("chuyển giữa các nhiệm vụ và các lần nộp"))
    }

    @Test func enterOpensTheDirectivesBoardOnTheAgencyAndEscComesBack() throws {
        let (fixture, start) = try Self.detail()
        var state = start
        #expect(state.stack == [.home, .agency("ubnd-tien-du")])
        let boardAgency = state.selectedAgency
        // 45/STNMT-MT, pending: its board is read, the agency selected when it arrives.
        state.press(.down, .down, .down)
        #expect(state.press(.enter) == [.openBoard(reference: "45/STNMT-MT")])
        #expect(state.stack == [.home, .agency("ubnd-tien-du"), .home])
        #expect(state.boardIsLoading)
        let day = CalendarDate(iso: Self.today)!
        _ = Update.apply(.dataLoaded(try fixture.store.snapshot(asOf: day, directives: ["45/STNMT-MT"])), to: &state)
        #expect(!state.boardIsLoading)
        #expect(state.focus == .agencies)
        #expect(state.visibleAgencyRows[state.selectedAgency].agency.id == "ubnd-tien-du")
        #expect(Self.screen(state).contains("▶ Cơ quan được giao"))

        // Esc: back to the detail, the selection where it was; the board under it is read again.
        #expect(state.press(.escape) == [.openBoard(reference: "239/UBND-NN.TN")])
        #expect(state.screen == .agency("ubnd-tien-du"))
        #expect(state.selectedAgencyAssignment == 3)
        _ = Update.apply(.dataLoaded(try fixture.store.snapshot(asOf: day, directives: ["239/UBND-NN.TN"])), to: &state)
        #expect(state.selectedAgencyAssignment == 3)
        #expect(state.press(.escape) == [])
        #expect(state.screen == .home)
        #expect(state.directive?.document.reference.text == "239/UBND-NN.TN")
        // As it was left: its filter kept, the agency selected.
        #expect(state.filter?.text == "tien du")
        #expect(state.selectedAgency == boardAgency)
        #expect(state.visibleAgencyRows[state.selectedAgency].agency.id == "ubnd-tien-du")

        // 239's board is the one open: Enter on its row selects the agency at once.
        state = start
        state.press(.down)
        #expect(state.press(.enter) == [])
        #expect(state.focus == .agencies)
        #expect(state.visibleAgencyRows[state.selectedAgency].agency.id == "ubnd-tien-du")
    }

    @Test func nReportsOnTheSelectedAssignment() throws {
        var (fixture, state) = try Self.detail()
        state.press(.down, .down)   // 46/2, due soon
        #expect(state.press(.character("n")) == [.openReportForm(taskID: try Self.taskID(fixture, "46/STNMT-MT", "2"), agencyID: "ubnd-tien-du")])
        // Withdrawn: nothing to report, and the hints do not offer it.
        state.press(.character("G"))
        #expect(!Self.hints(state).contains("n báo cáo"))
        #expect(state.press(.character("n")) == [])
        // On the submissions: a new revision of the selected one.
        state.press(.tab)
        #expect(Self.hints(state).contains("n báo cáo"))
        #expect(state.press(.character("n")) == [.openReportForm(taskID: try Self.taskID(fixture, "46/STNMT-MT", "3"), agencyID: "ubnd-tien-du")])
    }

    @Test func inEnglish() throws {
        var (_, state) = try Self.detail(language: .en)
        state.press(.character("G"))
        let screen = Self.screen(state)
        #expect(screen.contains("⊘ Withdrawn") && screen.contains("withdrawn 15/02/2025"))
        #expect(screen.contains("6 tasks"))
        #expect(Self.hints(state).contains("Enter open board") && Self.hints(state).contains("Tab panel"))
        state.press(.character("?"))
        #expect(Self.screen(state).contains("open the directive's board on this agency"))
    }

    @Test(arguments: ScreenSnapshotTests.sizes)
    func snapshot(width: Int, height: Int) throws {
        var (_, state) = try Self.detail(width: width, height: height)
        state.press(.down)
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "agency-ledger-\(width)x\(height)")
        // Either panel focused, the way back stays on the hint bar.
        #expect(Self.hints(state).contains("Esc quay lại"))
        state.press(.tab)
        #expect(Self.hints(state).contains("Esc quay lại") && Self.hints(state).contains("Enter đọc"))
    }
}
