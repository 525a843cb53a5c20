import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// The reminder form (`o`) through `update` and the view: where it opens, its defaults, its
/// checks, the confirmation, and the shell's answers. The shell's reads are stood in for with
/// the seed it would send (the same rule: ``ReminderRecord/overdueTargets(in:)``).
@Suite struct ReminderFormTests {
    static let monday = CalendarDate(iso: "2025-02-17")!

    static func screen(_ state: AppState) -> String {
        DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
    }

    /// The seed the shell sends for `request`, from the board in `state` (read as of its today).
    static func seed(_ request: ReminderRequest, _ state: AppState) -> ReminderFormSeed {
        let board = StatusBoard(snapshot: state.snapshot, rules: state.rules, today: request.sentOn)
        let tasks = board.directives.first?.tasks.filter { request.taskID == nil || $0.task.id == request.taskID } ?? []
        let targets = ReminderRecord.overdueTargets(in: tasks)
        var seen = Set<String>()
        let agencies = targets.compactMap { seen.insert($0.agencyID).inserted ? state.snapshot.agency($0.agencyID) : nil }
        return ReminderFormSeed(request: request, taskNumber: tasks.count == 1 && request.taskID != nil ? tasks[0].task.number : nil,
                                targets: targets, agencies: agencies)
    }

    /// The board of 239 on 17/02/2025 (every agency overdue on task 1), its form open.
    func openForm(width: Int = 80, height: Int = 24, language: Language = .vi) throws -> (DashboardFixture, AppState) {
        let fixture = try DashboardFixture()
        var state = try fixture.state(today: "2025-02-17", width: width, height: height, language: language)
        let effects = state.press(.character("o"))
        let request = ReminderRequest(directive: "239/UBND-NN.TN", taskID: nil, sentOn: Self.monday)
        #expect(effects == [.openReminderForm(request)])
        _ = Update.apply(.reminderFormLoaded(Self.seed(request, state)), to: &state)
        #expect(state.reminderForm != nil)
        return (fixture, state)
    }

    @Test func theFormOpensWithTodayAndThreeWorkingDaysLaterAndListsTheOverdue() throws {
        let (_, state) = try openForm()
        let form = try #require(state.reminderForm)
        #expect(form.focus == .reference)
        #expect(form.text(.sentOn) == "17/02/2025")
        #expect(form.text(.askedBy) == "20/02/2025")   // Monday + 3 working days
        #expect(form.targets.count == 14 && form.targets.allSatisfy { $0.taskID == "1" })
        let screen = Self.screen(state)
        #expect(screen.contains("Ghi công văn đôn đốc · 239/UBND-NN.TN"), "\(screen)")
        #expect(screen.contains("Sẽ ghi cho 14 cơ quan quá hạn ngày 17/02/2025:"), "\(screen)")
        #expect(screen.contains("UBND Yên Phong"), "\(screen)")
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "reminder-form-80x24")
    }

    @Test func typeConfirmAndTheEffectCarriesTheRecord() throws {
        var (_, state) = try openForm()
        state.type("12/UBND-NN.TN")
        #expect(state.press(.enter, .enter) == [])
        #expect(state.reminderForm?.focus == .askedBy)
        #expect(state.press(.enter) == [])   // Enter on the last field asks first
        let screen = Self.screen(state)
        #expect(screen.contains("Ghi công văn đôn đốc 12/UBND-NN.TN cho 14 cơ quan?"), "\(screen)")
        let effects = state.press(.enter)
        guard case .recordReminder(let record)? = effects.first else {
            Issue.record("no record: \(effects)")
            return
        }
        #expect(record.reference == "12/UBND-NN.TN" && record.directive == "239/UBND-NN.TN" && record.taskID == nil)
        #expect(record.sentOn == Self.monday && record.askedBy == CalendarDate(iso: "2025-02-20"))
        #expect(ReminderRecord.agencyCount(record.targets) == 14)

        // The shell stored it: the form closes, the status line says so, the board is read again.
        #expect(Update.apply(.reminderRecorded(record), to: &state) == [.reload])
        #expect(state.reminderForm == nil)
        #expect(state.notice == "Đã ghi công văn đôn đốc 12/UBND-NN.TN ngày 17/02/2025 cho 14 cơ quan")
    }

    @Test func recordedTheBoardRowsShowTheReminder() throws {
        var (fixture, state) = try openForm(width: 120, height: 40)
        state.type("12/UBND-NN.TN")
        guard case .recordReminder(let record)? = state.press(.control("s"), .enter).first else {
            Issue.record("no record")
            return
        }
        try fixture.store.recordReminder(record, user: "stnmt", at: "2025-02-17T09:00:00+07:00")
        _ = Update.apply(.reminderRecorded(record), to: &state)
        _ = Update.apply(.dataLoaded(try fixture.store.snapshot(asOf: Self.monday)), to: &state)
        #expect(Self.screen(state).contains("đôn đốc 1 lần, 17/02"))

        // The same reference again: the store's line, the form kept with what was typed.
        state.press(.character("o"))
        _ = Update.apply(.reminderFormLoaded(Self.seed(ReminderRequest(directive: "239/UBND-NN.TN", taskID: nil, sentOn: Self.monday), state)),
                         to: &state)
        state.type("12/UBND-NN.TN")
        guard case .recordReminder(let again)? = state.press(.control("s"), .enter).first else {
            Issue.record("no second record")
            return
        }
        #expect(throws: StoreError.self) { try fixture.store.recordReminder(again, user: "stnmt", at: "2025-02-17T09:05:00+07:00") }
        let message = StoreError.reminderExists(reference: again.reference, on: "17/02/2025").message(.vi)
        _ = Update.apply(.reminderRejected(message), to: &state)
        #expect(state.reminderForm?.text(.reference) == "12/UBND-NN.TN")
        #expect(state.reminderForm?.question == nil)
        #expect(Self.screen(state).contains("đã được ghi (ngày 17/02/2025)"))
    }

    @Test func escapeClosesWithoutWriting() throws {
        var (_, state) = try openForm()
        state.type("12/UBND-NN.TN")
        state.press(.control("s"))
        #expect(state.reminderForm?.question != nil)
        #expect(state.press(.escape) == [])   // back to editing
        #expect(state.reminderForm?.question == nil && state.reminderForm?.text(.reference) == "12/UBND-NN.TN")
        #expect(state.press(.escape) == [])
        #expect(state.reminderForm == nil)
        #expect(state.screen == .home)
    }

    @Test(arguments: [
        (ReminderForm.Field.sentOn, "31/02/2025", "\"31/02/2025\" không phải ngày có thật (dd/mm/yyyy)"),
        (.sentOn, "18/02/2025", "sau ngày hôm nay (17/02/2025)"),
        (.askedBy, "14/02/2025", "trước ngày gửi 17/02/2025: phải từ ngày đó trở đi"),
        (.askedBy, "", "cần ngày hẹn báo cáo (dd/mm/yyyy)"),
    ])
    func aBadDateSaysOneClearLineAndWritesNothing(field: ReminderForm.Field, typed: String, expected: String) throws {
        var (_, state) = try openForm()
        state.type("12/UBND-NN.TN")
        while state.reminderForm?.focus != field { state.press(.tab) }
        state.press(.control("u"))
        state.type(typed)
        let effects = state.press(.control("s"))
        #expect(!effects.contains { if case .recordReminder = $0 { true } else { false } })
        #expect(state.reminderForm?.question == nil)
        #expect(state.reminderForm?.errors[field] == expected)
        #expect(state.reminderForm?.focus == field)
        #expect(Self.screen(state).contains(expected), "\(Self.screen(state))")
    }

    @Test func theReferenceFollowsTheCommandLinesRule() throws {
        var (_, state) = try openForm()
        state.press(.control("s"))
        #expect(state.reminderForm?.errors[.reference] == "cần số, ký hiệu của công văn, ví dụ 12/UBND-NN.TN")
        state.type(String(repeating: "8", count: 101))
        state.press(.control("s"))
        #expect(state.reminderForm?.errors[.reference] == "quá 100 ký tự")
        #expect(throws: ReminderReference.Problem.tooLong) { try ReminderReference.checked(String(repeating: "8", count: 101)) }
        // A pasted reference stays one line; an escape in it is dropped, never sent to the terminal.
        state.press(.control("u"))
        state.press(.paste("12/UBND\n\u{1B}[31mNN.TN"))
        #expect(state.reminderForm?.text(.reference) == "12/UBND [31mNN.TN")
        #expect(!Self.screen(state).contains("\u{1B}"))
    }

    @Test func anotherDaySentReadsWhomItChasesAndTheDateAskedFollows() throws {
        var (_, state) = try openForm()
        state.type("12/UBND-NN.TN")
        state.press(.tab, .control("u"))
        state.type("14/02/2025")
        #expect(state.reminderForm?.text(.askedBy) == "19/02/2025")
        let friday = CalendarDate(iso: "2025-02-14")!
        let request = ReminderRequest(directive: "239/UBND-NN.TN", taskID: nil, sentOn: friday)
        #expect(state.press(.control("s")) == [.readReminderTargets(request)])
        #expect(state.reminderForm?.notice == "Đang đọc các cơ quan quá hạn ngày 14/02/2025…")
        // On 14/02 task 1 was not overdue yet (due that day): nobody to chase, nothing asked.
        _ = Update.apply(.reminderTargetsRead(Self.seed(request, state)), to: &state)
        #expect(state.reminderForm?.question == nil)
        #expect(state.reminderForm?.notice?.contains("Không có cơ quan nào quá hạn ở 239/UBND-NN.TN ngày 14/02/2025") == true)
    }

    @Test func aTasksDeadlineViewAsksForThatTask() throws {
        let fixture = try DashboardFixture()
        var state = try fixture.state(today: "2025-02-17", width: 80, height: 24)
        state.stack = [.home, .deadlines, .deadline("1")]
        let request = ReminderRequest(directive: "239/UBND-NN.TN", taskID: "1", sentOn: Self.monday)
        #expect(state.press(.character("o")) == [.openReminderForm(request)])
        _ = Update.apply(.reminderFormLoaded(Self.seed(request, state)), to: &state)
        #expect(Self.screen(state).contains("Ghi công văn đôn đốc · 239/UBND-NN.TN · Nhiệm vụ 1"))
        // Task 2 is not overdue on 17/02: nobody to chase there, and nothing opens.
        state.press(.escape, .escape, .down, .enter)
        #expect(state.screen == .deadline("2"))
        #expect(state.press(.character("o")) == [])
        #expect(state.reminderForm == nil)
        #expect(state.notice == "Không có cơ quan nào quá hạn ở nhiệm vụ 2 của 239/UBND-NN.TN ngày 17/02/2025: không có ai để đôn đốc")
    }

    @Test func nobodyOverdueOpensNothing() throws {
        let fixture = try DashboardFixture()
        var state = try fixture.state(today: "2025-02-12", width: 80, height: 24)
        #expect(state.press(.character("o")) == [])
        #expect(state.reminderForm == nil)
        #expect(Self.screen(state).contains("Không có cơ quan nào quá hạn ở 239/UBND-NN.TN ngày 12/02/2025"))
    }

    @Test func aRefusalIsSaidOnTheStatusLineAndNothingOpens() throws {
        let fixture = try DashboardFixture()
        var state = try fixture.state(today: "2025-02-17", width: 80, height: 24)
        state.press(.character("o"))
        _ = Update.apply(.reminderFormRefused("người dùng an không có quyền ghi công văn đôn đốc (cần vai trò coordinators hoặc admins)"),
                         to: &state)
        #expect(state.reminderForm == nil)
        #expect(Self.screen(state).contains("không có quyền ghi công văn đôn đốc"))
    }

    @Test func inEnglish() throws {
        var (_, state) = try openForm(language: .en)
        state.type("12/UBND-NN.TN")
        let screen = Self.screen(state)
        #expect(screen.contains("Record a reminder · 239/UBND-NN.TN") && screen.contains("Reference:") && screen.contains("Sent on:"), "\(screen)")
        #expect(screen.contains("Will be recorded for the 14 agencies overdue on 17/02/2025:"), "\(screen)")
        state.press(.control("s"))
        #expect(Self.screen(state).contains("Record reminder 12/UBND-NN.TN for 14 agencies?"))
    }

    @Test func theWallNeverOpensIt() throws {
        let fixture = try DashboardFixture()
        let day = Self.monday
        var state = AppState(snapshot: try fixture.store.snapshot(asOf: day), rules: StatusRules(), today: day, minuteOfDay: 600,
                             language: .vi, width: 80, height: 24, mode: .wall)
        #expect(state.press(.character("o")) == [])
        _ = Update.apply(.reminderFormLoaded(Self.seed(ReminderRequest(directive: "239/UBND-NN.TN", taskID: nil, sentOn: day), state)),
                         to: &state)
        #expect(state.reminderForm == nil)
    }
}
