import Canvas
import Tracking

/// The reminder form's part of the update: `o` on a board or a task's deadline view, the
/// fields, the agencies read again when the day sent changes, the confirmation, and the
/// store's answer. Nothing is written until the user says yes to the confirmation.
enum ReminderFormUpdate {
    /// Where `o` records a reminder: the open board's directive (every task) or the task of
    /// the deadline view, with the rows shown there. Nil elsewhere: the hints and the help
    /// offer `o` only where this is not nil.
    static func place(_ state: AppState) -> (request: ReminderRequest, taskNumber: String?, tasks: [StatusBoard.TaskBoard])? {
        guard state.mode == .interactive, !state.boardIsLoading else { return nil }
        switch state.screen {
        case .home:
            guard let directive = state.directive, !directive.tasks.isEmpty else { return nil }
            return (ReminderRequest(directive: directive.document.reference.text, taskID: nil, sentOn: state.today), nil, directive.tasks)
        case .deadline(let id):
            guard let board = state.taskBoard(id) else { return nil }
            return (ReminderRequest(directive: board.task.directive.text, taskID: id, sentOn: state.today), board.task.number, [board])
        default:
            return nil
        }
    }

    /// `o`: asks the shell for the form (it checks the user's role and reads who is overdue),
    /// unless nobody on screen is overdue: then the status line says so and nothing opens.
    static func open(_ state: inout AppState) -> [Effect] {
        guard let place = place(state) else { return [] }
        if ReminderRecord.overdueTargets(in: place.tasks).isEmpty {
            state.notice = nobodyOverdue(place.request, taskNumber: place.taskNumber, on: state.today, state.language)
            return []
        }
        return [.openReminderForm(place.request)]
    }

    /// The shell's answer to `o`. A form already open (or a report form opened meanwhile) wins.
    static func loaded(_ seed: ReminderFormSeed, _ state: inout AppState) {
        guard state.mode == .interactive, state.reminderForm == nil, state.screen != .reportForm else { return }
        guard !seed.targets.isEmpty else {
            state.notice = nobodyOverdue(seed.request, taskNumber: seed.taskNumber, on: seed.request.sentOn, state.language)
            return
        }
        state.reminderForm = ReminderForm(seed: seed, calendar: state.rules.calendar)
    }

    /// The agencies overdue on a newly typed day sent; an answer for a day since retyped is dropped.
    static func targetsRead(_ seed: ReminderFormSeed, _ state: inout AppState) -> [Effect] {
        guard var form = state.reminderForm, form.day(.sentOn) == seed.request.sentOn else { return [] }
        form.adopt(seed)
        var effects: [Effect] = []
        if form.confirmsWhenRead {
            form.confirmsWhenRead = false
            effects = submit(&form, state)
        } else if form.notice == reading(seed.request.sentOn, state.language) {
            form.notice = nil
        }
        state.reminderForm = form
        return effects
    }

    /// A refusal before the form opens (the role, a failed read) goes on the status line; one
    /// while it is open goes on its first row, what was typed kept.
    static func refused(_ message: String, _ state: inout AppState) {
        if state.reminderForm != nil {
            state.reminderForm?.notice = message
            state.reminderForm?.confirmsWhenRead = false
        } else {
            state.notice = message
        }
    }

    static func recorded(_ record: ReminderRecord, _ state: inout AppState) -> [Effect] {
        state.reminderForm = nil
        let count = ReminderRecord.agencyCount(record.targets)
        state.notice = state.language.pick("Đã ghi công văn đôn đốc \(record.reference) ngày \(record.sentOn.vietnamese) cho \(count) cơ quan",
                                           "Recorded reminder \(record.reference) of \(record.sentOn.vietnamese) for \(count) agencies")
        return [.reload]
    }

    /// The store refused (the reference already recorded, a locked database): the form stays
    /// open with what was typed, the reason on its first row.
    static func rejected(_ message: String, _ state: inout AppState) {
        state.reminderForm?.question = nil
        state.reminderForm?.notice = message
        state.reminderForm?.noticeCountsErrors = false
    }

    // MARK: - Keys

    static func key(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var form = state.reminderForm else { return [] }
        var closing = false
        defer { if !closing { state.reminderForm = form } }
        if case .confirm(let record) = form.question {
            if key == .enter || key == .character("y") || key == .character("c") {
                form.question = nil
                return [.recordReminder(record)]
            }
            if key == .escape || key == .character("n") || key == .character("k") { form.question = nil }
            return []
        }
        switch key {
        case .control("s"):
            return submit(&form, state)
        case .escape:
            // Nothing was written: closing loses only what was typed here.
            closing = true
            state.reminderForm = nil
            return []
        case .control("c"):
            return [.quit]
        case .tab, .backTab:
            return move(&form, by: key == .tab ? 1 : -1, state: state)
        default:
            break
        }
        let field = form.focus
        guard var editor = form.editors[field] else { return [] }
        let before = editor.text
        // One line, scrolled sideways: Home and End go to its ends.
        if editor.handle(key, wrapWidth: 10_000) {
            form.editors[field] = editor
            if editor.text != before { edited(field, &form, state) }
            return []
        }
        switch key {
        case .enter where field == ReminderForm.Field.allCases.last: return submit(&form, state)
        case .enter, .down: return move(&form, by: 1, state: state)
        case .up: return move(&form, by: -1, state: state)
        default: return []
        }
    }

    /// After a change in `field`: its error goes, and the date asked for follows the day sent
    /// until it is typed itself.
    static func edited(_ field: ReminderForm.Field, _ form: inout ReminderForm, _ state: AppState) {
        form.errors[field] = nil
        switch field {
        case .askedBy: form.askedByWasEdited = true
        case .sentOn:
            if !form.askedByWasEdited, let day = form.day(.sentOn) {
                form.setText(.askedBy, ReminderForm.defaultAskedBy(day, calendar: state.rules.calendar).vietnamese)
                form.errors[.askedBy] = nil
            }
        case .reference: break
        }
        countErrors(&form, state.language)
    }

    /// Moves the focus; leaving a field checks it, and leaving a new day sent reads whom it chases.
    static func move(_ form: inout ReminderForm, by step: Int, state: AppState) -> [Effect] {
        let field = form.focus
        if case .failure(let failure) = form.validate(today: state.today, language: state.language), let message = failure.errors[field],
           !form.text(field).isEmpty {
            form.errors[field] = message
        }
        countErrors(&form, state.language)
        let fields = ReminderForm.Field.allCases
        form.focus = fields[(field.rawValue + step + fields.count) % fields.count]
        // As in the report form: Tab into a prefilled field selects it, so typing replaces it.
        form.editors[form.focus]?.selectAll()
        guard field == .sentOn, form.errors[.sentOn] == nil, let day = form.day(.sentOn), day != form.targetsDay else { return [] }
        form.notice = reading(day, state.language)
        return [.readReminderTargets(ReminderRequest(directive: form.request.directive, taskID: form.request.taskID, sentOn: day))]
    }

    /// Ctrl-S, or Enter on the last field: the errors in place, or the question before writing.
    static func submit(_ form: inout ReminderForm, _ state: AppState) -> [Effect] {
        let l = state.language
        switch form.validate(today: state.today, language: l) {
        case .failure(let failure):
            form.errors = failure.errors
            if let first = ReminderForm.Field.allCases.first(where: { failure.errors[$0] != nil }) { form.focus = first }
            form.noticeCountsErrors = true
            countErrors(&form, l)
            return []
        case .success(let entry):
            form.errors = [:]
            form.noticeCountsErrors = false
            if entry.sentOn != form.targetsDay {
                // Whom a dispatch sent that day chases is read first; the question follows.
                form.confirmsWhenRead = true
                form.notice = reading(entry.sentOn, l)
                return [.readReminderTargets(ReminderRequest(directive: form.request.directive, taskID: form.request.taskID, sentOn: entry.sentOn))]
            }
            guard !form.targets.isEmpty else {
                form.notice = nobodyOverdue(form.request, taskNumber: form.seed.taskNumber, on: entry.sentOn, l)
                return []
            }
            form.notice = nil
            form.question = .confirm(form.record(entry))
            return []
        }
    }

    /// Keeps "Chưa ghi: còn N chỗ cần sửa" true to the errors shown, once Ctrl-S put it up.
    static func countErrors(_ form: inout ReminderForm, _ l: Language) {
        guard form.noticeCountsErrors else { return }
        if form.errors.isEmpty {
            form.notice = nil
            form.noticeCountsErrors = false
        } else {
            form.notice = l.pick("Chưa ghi: còn \(form.errors.count) chỗ cần sửa", "Not recorded: \(form.errors.count) fields to fix")
        }
    }

    static func reading(_ day: CalendarDate, _ l: Language) -> String {
        l.pick("Đang đọc các cơ quan quá hạn ngày \(day.vietnamese)…", "Reading the agencies overdue on \(day.vietnamese)…")
    }

    /// "nhiệm vụ 1 của 239/UBND-NN.TN", or the directive's reference.
    static func scopeName(_ request: ReminderRequest, taskNumber: String?, _ l: Language) -> String {
        guard request.taskID != nil else { return request.directive }
        let number = taskNumber ?? request.taskID ?? ""
        return l.pick("nhiệm vụ \(number) của \(request.directive)", "task \(number) of \(request.directive)")
    }

    static func nobodyOverdue(_ request: ReminderRequest, taskNumber: String?, on day: CalendarDate, _ l: Language) -> String {
        let scope = scopeName(request, taskNumber: taskNumber, l)
        return l.pick("Không có cơ quan nào quá hạn ở \(scope) ngày \(day.vietnamese): không có ai để đôn đốc",
                      "No agency is overdue on \(scope) on \(day.vietnamese): nobody to remind")
    }
}
