import Foundation
import Canvas
import Tracking

/// The report form's part of the update: editing, moving between fields, validation in place,
/// the confirmation before submitting and the question before discarding a draft.
enum FormUpdate {
    /// `n`: the agency under the selection and its first unreported task (else its first task).
    static func newReport(_ state: inout AppState) -> [Effect] {
        guard state.mode == .interactive else { return [] }
        guard let target = reportTarget(state) else {
            if state.screen == .home {
                state.notice = state.language.pick("Chọn một cơ quan (Tab sang danh sách cơ quan) rồi nhấn n",
                                                   "Select an agency (Tab to the agency list), then press n")
            }
            return []
        }
        return [.openReportForm(taskID: target.taskID, agencyID: target.agencyID)]
    }

    /// What `n` would open a form for here, or nil where it does nothing: the hints and the
    /// help offer `n` only where this is not nil. Reads only what the screen shows.
    static func reportTarget(_ state: AppState) -> (taskID: String, agencyID: String)? {
        guard state.mode == .interactive, !state.boardIsLoading else { return nil }
        let agencyID: String?
        var taskID: String?
        switch state.screen {
        case .home:
            let rows = state.visibleAgencyRows
            agencyID = state.focus == .agencies && state.selectedAgency < rows.count ? rows[state.selectedAgency].agency.id : nil
        case .agency(let id):
            // The selected assignment's task (none for a withdrawn one), or a new revision of
            // the selected submission, whichever panel has the focus.
            switch state.agencyPanel {
            case .assignments:
                guard let assignment = state.selectedAssignment, !assignment.isWithdrawn else { return nil }
                return (assignment.taskID, id)
            case .submissions:
                return state.selectedSubmission.map { ($0.taskID, id) }
            }
        case .report(let task, let agency, _):
            // A new revision of the report being read.
            agencyID = agency
            taskID = task
        case .deadline(let id):
            let rows = DeadlineGrouping.rows(of: id, in: state)
            agencyID = state.selectedDetailRow < rows.count ? rows[state.selectedDetailRow].agency.id : nil
            taskID = id
        case .area(let id):
            let contributions = state.snapshot.areas.first { $0.id == id }.map { state.areaSummary($0).contributions } ?? []
            agencyID = state.selectedDetailRow < contributions.count ? contributions[state.selectedDetailRow].report.agencyID : nil
        default:
            agencyID = nil
        }
        guard let agencyID else { return nil }
        if let taskID { return (taskID, agencyID) }
        // The agency's assignments on every directive once its detail read them; the open board's otherwise.
        let ledger = state.agencyHistory?.agencyID == agencyID ? state.agencyHistory?.rows : nil
        let rows = ledger ?? state.board.allRows.filter { $0.agency.id == agencyID }
        guard let task = (rows.first { !$0.progress.status.isDone } ?? rows.first)?.assignment.taskID else { return nil }
        return (task, agencyID)
    }

    /// Opens the form on what the shell loaded, or refuses to open it.
    ///
    /// When the agency already submitted a revision on a later day than the one being viewed
    /// (a fixed `--today` in the past), nothing typed here could be stored: the store refuses a
    /// backdated revision. So the form does not open, and the status line says why, naming that
    /// revision and its day, before anything is typed. A read-only form was the other choice;
    /// it was not taken because a form that looks editable invites typing, and the report as it
    /// stood that day is already readable (Enter on the revision in the agency's detail). A
    /// draft kept for the assignment stays stored for when the day being viewed is today again.
    static func opened(_ seed: ReportFormSeed, _ state: inout AppState) {
        if let backdating = seed.backdating {
            state.notice = backdating.message(state.language)
            return
        }
        var subject = seed.subject ?? ReportSubject(taskID: seed.taskID, agencyID: seed.agencyID, in: state.snapshot,
                                                     row: state.taskBoard(seed.taskID)?.rows.first { $0.agency.id == seed.agencyID })
        subject.areas = subject.formAreas(keeping: seed.latest?.figures ?? [])
        var form = ReportForm(taskID: seed.taskID, agencyID: seed.agencyID, subject: subject, baseRevision: seed.latestRevision)
        if let latest = seed.latest {
            form.fill(from: latest)
        }
        // A new report is dated the day it is sent; a revision keeps its report's date, which is
        // never after the day it was submitted, so never after today either (the seed holds only
        // revisions submitted by today). Whatever the data, the form never starts on a date its
        // own check refuses (``ReportForm/validate(today:language:)``: not after today).
        if seed.latest.map({ $0.date > state.today }) ?? true {
            form.setText(.date, state.today.vietnamese)
        }
        if let payload = seed.draftPayload {
            form.restore(draftPayload: payload)
            // A draft typed while the day being viewed was later may carry a date the form now
            // refuses: say so at once, in place, rather than on Ctrl-S.
            if case .failure(let failure) = form.validate(today: state.today, language: state.language),
               let message = failure.errors[.date], !form.text(.date).isEmpty {
                form.errors[.date] = message
            }
            form.restoredFrom = seed.draftSavedAt
            form.notice = state.language.pick("Đã khôi phục bản nháp lưu lúc ", "Draft restored, saved at ")
                + AgencyTime.short(seed.draftSavedAt ?? "")
        } else if seed.latestRevision > 0 {
            form.notice = state.language.pick("Bắt đầu từ lần \(seed.latestRevision); nộp sẽ thành lần \(seed.latestRevision + 1)",
                                              "Starting from revision \(seed.latestRevision); submitting makes revision \(seed.latestRevision + 1)")
        }
        state.form = form
        if state.screen != .reportForm { state.stack.append(.reportForm) }
    }

    static func key(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var form = state.form else { return [] }
        var closing = false
        defer { if !closing { state.form = form } }
        let l = state.language
        if let question = form.question {
            let yes = key == .enter || key == .character("y") || key == .character("c")
            let no = key == .escape || key == .character("n") || key == .character("k")
            switch question {
            case .confirmSubmit(let content):
                if yes {
                    form.question = nil
                    return [.submitReport(taskID: form.taskID, agencyID: form.agencyID, content: content, expectedRevision: form.baseRevision,
                                          reportedBy: form.subject.reporter?.id)]
                }
                if no { form.question = nil }
            case .discardDraft:
                if yes {
                    closing = true
                    close(&state)
                    return [.discardDraft(taskID: form.taskID, agencyID: form.agencyID)]
                }
                if no {
                    // Keep the draft and leave.
                    let effects: [Effect] = [.saveDraft(taskID: form.taskID, agencyID: form.agencyID,
                                                        payload: form.draftPayload, baseRevision: form.baseRevision)]
                    closing = true
                    close(&state)
                    return effects
                }
            }
            return []
        }
        switch key {
        case .control("s"):
            switch form.validate(today: state.today, language: l) {
            case .success(let content):
                form.errors = [:]
                form.notice = nil   // "còn 1 chỗ cần sửa" no longer holds
                form.noticeCountsErrors = false
                form.question = .confirmSubmit(content)
            case .failure(let failure):
                form.errors = failure.errors
                if let first = form.order.firstIndex(where: { failure.errors[$0] != nil }) { form.focus = first }
                form.noticeCountsErrors = true
                countErrors(&form, l)
            }
            return []
        case .escape:
            // Nothing typed and no draft behind the form: nothing to keep or lose, just close.
            // (Typed and saved as a draft already is still a draft to keep or delete: ask.)
            if !form.wasEdited, form.restoredFrom == nil {
                closing = true
                close(&state)
                return []
            }
            form.question = .discardDraft
            return []
        case .control("c"):
            let effects: [Effect] = [.saveDraft(taskID: form.taskID, agencyID: form.agencyID, payload: form.draftPayload,
                                                baseRevision: form.baseRevision), .quit]
            return effects
        case .tab, .backTab:
            let effects = move(&form, by: key == .tab ? 1 : -1, state: state)
            // As browsers do: Tab into a prefilled one-line field selects it, so typing replaces it.
            if !form.focusedField.isMultiline { form.editors[form.focusedField]?.selectAll() }
            return effects
        default:
            break
        }
        let field = form.focusedField
        guard var editor = form.editors[field] else { return [] }
        let before = editor.text
        if editor.handle(key, wrapWidth: FormLayout.editorWidth(field, screenWidth: state.width)) {
            form.editors[field] = editor
            if editor.text != before {
                form.isDirty = true
                form.wasEdited = true
                form.errors[field] = nil
                countErrors(&form, l)
            }
            return []
        }
        // Keys the editor leaves: Enter in a one-line field and Up/Down at an edge move between fields.
        switch key {
        case .enter, .down: return move(&form, by: 1, state: state)
        case .up: return move(&form, by: -1, state: state)
        default: return []
        }
    }

    /// Moves the focus; leaving a field checks it, and saves the draft when it changed.
    static func move(_ form: inout ReportForm, by step: Int, state: AppState) -> [Effect] {
        let field = form.focusedField
        if case .failure(let failure) = form.validate(today: state.today, language: state.language), let message = failure.errors[field],
           !form.text(field).isEmpty {
            form.errors[field] = message
        }
        countErrors(&form, state.language)
        form.focus = (form.focus + step + form.order.count) % form.order.count
        guard form.isDirty else { return [] }
        return [.saveDraft(taskID: form.taskID, agencyID: form.agencyID, payload: form.draftPayload, baseRevision: form.baseRevision)]
    }

    /// Keeps "Chưa nộp: còn N chỗ cần sửa" true to the errors shown, once Ctrl-S put it up.
    static func countErrors(_ form: inout ReportForm, _ l: Language) {
        guard form.noticeCountsErrors else { return }
        if form.errors.isEmpty {
            form.notice = nil
            form.noticeCountsErrors = false
        } else {
            form.notice = l.pick("Chưa nộp: còn \(form.errors.count) chỗ cần sửa", "Not submitted: \(form.errors.count) fields to fix")
        }
    }

    static func close(_ state: inout AppState) {
        state.form = nil
        if state.screen == .reportForm { state.stack.removeLast() }
    }
}

/// "2025-02-12T10:31:05+07:00" → "12/02/2025 10:31".
enum AgencyTime {
    static func short(_ timestamp: String) -> String {
        guard let date = CalendarDate(iso: timestamp.prefix(10)) else { return timestamp }
        return "\(date.vietnamese) \(timestamp.dropFirst(11).prefix(5))"
    }
}
