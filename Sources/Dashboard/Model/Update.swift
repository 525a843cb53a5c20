import Canvas
import Tracking

/// The application's only way of changing: a pure function from the state and a message to the
/// new state and the effects the shell must run (Bubble Tea's update). No terminal, no database.
public enum Update {
    public static func apply(_ msg: Msg, to state: inout AppState) -> [Effect] {
        switch msg {
        case .key(let key):
            return handleKey(key, &state)
        case .resize(let width, let height):
            state.width = width
            state.height = height
            return []
        case .dataLoaded(let snapshot):
            // A read of another board than the one now open (the user moved on meanwhile).
            if let reference = state.boardReference, let loaded = snapshot.directives.first?.document.reference.text,
               !AppState.sameReference(loaded, reference) {
                return []
            }
            state.replaceSnapshot(snapshot)
            state.loadError = nil
            clampSelections(&state)
            state.selectBoardAgency()
            switch state.screen {
            case .agency(let id): return [.loadAgencyHistory(agencyID: id)]
            case .deadline(let id) where state.openTaskBoard?.task.id == id: return [.loadTaskBoard(taskID: id)]
            default: return []
            }
        case .tick(let today, let minute):
            state.minuteOfDay = minute
            if today != state.today {
                state.today = today
                // A new day: the countdowns change, and reports "as of today" may change too.
                return [.reload]
            }
            return []
        case .agencyHistoryLoaded(let history):
            state.agencyHistory = history
            return []
        case .deadlinesLoaded(let overview):
            state.deadlines = overview
            state.deadlinesFromStore = true
            state.deadlinesLoading = false
            clampSelections(&state)
            return []
        case .taskBoardLoaded(let board):
            state.openTaskBoard = board
            return []
        case .loadFailed(let message):
            state.loadError = message
            return []
        case .reportFormLoaded(let seed):
            // The seed is read in the background: a second `n` before it came may bring another;
            // a form already typed in wins over it.
            guard state.form?.wasEdited != true, state.reminderForm == nil else { return [] }
            FormUpdate.opened(seed, &state)
            return []
        case .reportFormRefused(let message):
            state.notice = message
            return []
        case .reportSubmitted(let revision):
            FormUpdate.close(&state)
            state.notice = state.language.pick("Đã nộp báo cáo (lần \(revision))", "Report submitted (revision \(revision))")
            return [.reload]
        case .reportRejected(let message, let latestRevision):
            state.form?.notice = message
            if let latestRevision { state.form?.baseRevision = latestRevision }
            return []
        case .reminderFormLoaded(let seed):
            ReminderFormUpdate.loaded(seed, &state)
            return []
        case .reminderTargetsRead(let seed):
            return ReminderFormUpdate.targetsRead(seed, &state)
        case .reminderFormRefused(let message):
            ReminderFormUpdate.refused(message, &state)
            return []
        case .reminderRecorded(let record):
            return ReminderFormUpdate.recorded(record, &state)
        case .reminderRejected(let message):
            ReminderFormUpdate.rejected(message, &state)
            return []
        case .draftSaved:
            state.form?.isDirty = false
            if state.form?.notice == Self.draftDeferredNotice(state.language) { state.form?.notice = nil }
            return []
        case .draftDeferred:
            // Still dirty: the loop tries again within a second; typing goes on meanwhile.
            state.form?.notice = Self.draftDeferredNotice(state.language)
            return []
        case .rotate:
            let count = WallPage.all(in: state).count
            state.wallPage = (state.wallPage + 1) % max(1, count)
            return wallPageShown(&state)
        }
    }

    /// What the form says while its draft waits for a busy database.
    static func draftDeferredNotice(_ language: Language) -> String {
        language.pick("Chưa lưu được nháp: cơ sở dữ liệu đang bận; sẽ tự thử lại (phần đã gõ vẫn còn)",
                      "Draft not saved yet: the database is busy; trying again (what you typed is kept)")
    }

    // MARK: - Keys

    static func handleKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.notice = nil
        if state.mode == .wall {
            return wallKey(key, &state)
        }
        if state.screen == .reportForm {
            return FormUpdate.key(key, &state)
        }
        if state.reminderForm != nil {
            return ReminderFormUpdate.key(key, &state)
        }
        if state.showsHelp {
            // Any key closes the help; q still quits.
            state.showsHelp = false
            return key == .character("q") ? [.quit] : []
        }
        if state.filter?.isEditing == true {
            return editFilter(key, &state)
        }
        switch key {
        case .character("q"), .control("c"):
            return [.quit]
        case .character("?"):
            state.showsHelp = true
            return []
        case .control("l"):
            return [.repaint]
        case .character("r"):
            return [.reload]
        case .character("n") where state.screen != .portfolio && state.screen != .agencies && !state.boardIsLoading:
            return FormUpdate.newReport(&state)
        case .character("o") where ReminderFormUpdate.place(state) != nil:
            return ReminderFormUpdate.open(&state)
        case .character("d"):
            if state.screen != .deadlines { state.stack.append(.deadlines) }
            state.selectedDeadline = 0
            return []
        case .character(let digit) where ("1"..."9").contains(digit):
            // An area of the open board (none on the portfolio).
            let index = Int(String(digit))! - 1
            guard index < state.snapshot.areas.count, let board = state.stack.lastIndex(of: .home), !state.boardIsLoading else { return [] }
            state.selectedArea = index
            state.focus = .areas
            state.selectedDetailRow = 0
            state.stack = Array(state.stack[...board]) + [.area(state.snapshot.areas[index].id)]
            return []
        case .escape:
            // The filter belongs to the list it narrows (home or the portfolio): there Esc clears
            // it; on a screen opened from the list, Esc goes back to the list, filter kept.
            if state.filter != nil, [.home, .portfolio, .agencies].contains(state.screen) {
                state.filter = nil
                return []
            }
            let left = state.stack.count > 1 ? state.stack.removeLast() : nil
            // Back from a report to its agency, or from the board opened on one of its
            // assignments: the revision stays selected.
            switch left {
            case .report?, .home?: break
            default: state.selectedDetailRow = 0
            }
            var effects: [Effect] = []
            if left == .home, state.stack.contains(.home), let below = state.boardsBelow.popLast() {
                // Down to the board under the one left: read it again, as it was.
                state.boardReference = below.reference
                state.filter = below.filter
                state.focus = below.focus
                state.selectedArea = below.selectedArea
                state.selectedAgency = below.selectedAgency
                if state.boardIsLoading { effects.append(.openBoard(reference: below.reference)) }
            }
            // Back on an agency whose ledger was replaced by another's meanwhile: read it again.
            if case .agency(let id) = state.screen, state.agencyHistory?.agencyID != id {
                effects.append(.loadAgencyHistory(agencyID: id))
            }
            return effects
        default:
            break
        }
        switch state.screen {
        case .portfolio: return portfolioKey(key, &state)
        case .agencies: return agenciesKey(key, &state)
        case .home: return homeKey(key, &state)
        case .deadlines: return deadlinesKey(key, &state)
        case .area(let id): return areaKey(key, id, &state)
        case .agency(let id): return agencyKey(key, id, &state)
        case .report(let taskID, let agencyID, let revision):
            // Scroll within the report: as far as its last line at the bottom of the window.
            let lines = ReportView.lineCount(state, taskID: taskID, agencyID: agencyID, revision: revision)
            let last = max(0, lines - ReportView.visibleLines(height: state.height))
            state.reportScroll = min(state.reportScroll, last)
            return listKey(key, count: last + 1, selection: &state.reportScroll)
        case .deadline(let taskID): return deadlineKey(key, taskID, &state)
        case .reportForm: return []
        }
    }

    /// The wall obeys only these keys; nothing reaches a form or a write.
    static func wallKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        let count = max(1, WallPage.all(in: state).count)
        switch key {
        case .character("q"), .control("c"): return [.quit]
        case .character("r"): return [.reload, .repaint]
        case .control("l"): return [.repaint]
        case .right, .down, .character(" "), .pageDown, .character("l"), .character("j"):
            state.wallPage = (state.wallPage + 1) % count
        case .left, .up, .pageUp, .character("h"), .character("k"):
            state.wallPage = (state.wallPage + count - 1) % count
        default: break
        }
        return wallPageShown(&state)
    }

    /// A board page of the wall reads its directive when it comes up (the read-only wall reads;
    /// it never writes).
    static func wallPageShown(_ state: inout AppState) -> [Effect] {
        let pages = WallPage.all(in: state)
        guard !pages.isEmpty, case .board(let reference) = pages[min(state.wallPage, pages.count - 1)] else { return [] }
        state.boardReference = reference
        return state.boardIsLoading ? [.openBoard(reference: reference)] : []
    }

    static func homeKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        // Until the board is read, its rows are the previous board's.
        guard !state.boardIsLoading else { return [] }
        switch key {
        case .tab, .backTab:
            // Two panels: Tab and Shift-Tab both go to the other one — when the directive has areas.
            state.focus = state.focus == .areas || state.snapshot.areas.isEmpty ? .agencies : .areas
        case .character("/"):
            state.focus = .agencies
            state.filter = AppState.Filter(text: "", isEditing: true)
            state.selectedAgency = 0
        case .enter:
            switch state.focus {
            case .areas:
                guard state.selectedArea < state.snapshot.areas.count else { return [] }
                state.selectedDetailRow = 0
                state.stack.append(.area(state.snapshot.areas[state.selectedArea].id))
            case .agencies:
                let rows = state.visibleAgencyRows
                guard state.selectedAgency < rows.count else { return [] }
                return openAgency(rows[state.selectedAgency].agency.id, &state)
            }
        default:
            switch state.focus {
            case .areas:
                let count = state.snapshot.areas.count
                switch key {
                case .left, .character("h"), .up, .character("k"): state.selectedArea = max(0, state.selectedArea - 1)
                case .right, .character("l"), .down, .character("j"): state.selectedArea = min(count - 1, state.selectedArea + 1)
                default: break
                }
            case .agencies:
                return listKey(key, count: state.visibleAgencyRows.count, selection: &state.selectedAgency)
            }
        }
        return []
    }

    /// The directives: move, open one's board, unfold the done group, filter; Tab or `a` to the agencies.
    static func portfolioKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .tab, .backTab, .character("a"):
            state.filter = nil
            state.stack = [.agencies]
            return []
        case .character("/"):
            state.filter = AppState.Filter(text: "", isEditing: true)
            state.selectedDirective = 0
            return []
        case .enter, .right, .character("l"):
            guard state.selectedDirective < state.portfolioRows.count else { return [] }
            switch state.portfolioRows[state.selectedDirective] {
            case .doneGroup:
                if key == .enter { state.showsDoneDirectives.toggle() }
                return []
            case .directive(let entry):
                return openBoard(entry.document.reference.text, &state)
            }
        default:
            let effects = listKey(key, count: state.portfolioRows.count, selection: &state.selectedDirective)
            keepPortfolioSelectionInView(&state)
            return effects
        }
    }

    /// Scrolls the portfolio just enough to show the selection (``AppState/portfolioOffset``).
    static func keepPortfolioSelectionInView(_ state: inout AppState) {
        let visible = PortfolioLayout.visibleEntries(height: state.height)
        if state.selectedDirective < state.portfolioOffset {
            state.portfolioOffset = state.selectedDirective
        } else if state.selectedDirective >= state.portfolioOffset + visible {
            state.portfolioOffset = state.selectedDirective - visible + 1
        }
    }

    /// The agencies across directives: move, open one's ledger, filter; Tab or `a` back to the directives.
    static func agenciesKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .tab, .backTab, .character("a"):
            state.filter = nil
            state.stack = [.portfolio]
            return []
        case .character("/"):
            state.filter = AppState.Filter(text: "", isEditing: true)
            state.selectedAgencyRow = 0
            return []
        case .enter:
            guard state.selectedAgencyRow < state.agencyList.count else { return [] }
            return openAgency(state.agencyList[state.selectedAgencyRow].agency.id, &state)
        default:
            return listKey(key, count: state.agencyList.count, selection: &state.selectedAgencyRow)
        }
    }

    /// Shows a directive's board, reading it unless it is the one already read. A board already
    /// on the stack (opened on top of it from an agency's detail) is kept to come back to.
    static func openBoard(_ reference: String, _ state: inout AppState) -> [Effect] {
        if state.stack.contains(.home), let current = state.boardReference ?? state.directive?.document.reference.text {
            state.boardsBelow.append(AppState.BoardPlace(reference: current, focus: state.focus, selectedArea: state.selectedArea,
                                                         selectedAgency: state.selectedAgency, filter: state.filter))
        }
        state.boardAgencyToSelect = nil
        state.filter = nil
        state.boardReference = reference
        state.stack.append(.home)
        state.focus = .areas
        state.selectedArea = 0
        state.selectedAgency = 0
        return state.boardIsLoading ? [.openBoard(reference: reference)] : []
    }

    static func deadlinesKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        let tasks = state.deadlineTasks
        if key == .enter {
            guard state.selectedDeadline < tasks.count else { return [] }
            let taskID = tasks[state.selectedDeadline].task.id
            state.selectedDetailRow = 0
            state.stack.append(.deadline(taskID))
            // A task of another directive than the home one: read its board.
            return state.taskBoard(taskID) == nil ? [.loadTaskBoard(taskID: taskID)] : []
        }
        return listKey(key, count: tasks.count, selection: &state.selectedDeadline)
    }

    static func areaKey(_ key: Key, _ areaID: String, _ state: inout AppState) -> [Effect] {
        guard let area = state.snapshot.areas.first(where: { $0.id == areaID }) else { return [] }
        let contributions = state.areaSummary(area).contributions
        if key == .enter {
            guard state.selectedDetailRow < contributions.count else { return [] }
            return openAgency(contributions[state.selectedDetailRow].report.agencyID, &state)
        }
        return listKey(key, count: contributions.count, selection: &state.selectedDetailRow)
    }

    static func deadlineKey(_ key: Key, _ taskID: String, _ state: inout AppState) -> [Effect] {
        let rows = DeadlineGrouping.rows(of: taskID, in: state)
        if key == .enter {
            guard state.selectedDetailRow < rows.count else { return [] }
            return openAgency(rows[state.selectedDetailRow].agency.id, &state)
        }
        return listKey(key, count: rows.count, selection: &state.selectedDetailRow)
    }

    /// An agency's detail, two panels (Tab between them when both have rows): its assignments
    /// across directives, Enter opening the directive's board on the agency; its submissions
    /// (newest first), Enter reading one. The lists are sorted when the data arrives: a key
    /// here only moves an index.
    static func agencyKey(_ key: Key, _ agencyID: String, _ state: inout AppState) -> [Effect] {
        switch key {
        case .tab, .backTab:
            if state.agencyDetailHasTwoPanels {
                state.agencyDetailFocus = state.agencyPanel == .assignments ? .submissions : .assignments
            }
            return []
        case .enter:
            switch state.agencyPanel {
            case .assignments:
                guard let assignment = state.selectedAssignment else { return [] }
                let effects = openBoard(assignment.directiveReference, &state)
                state.boardAgencyToSelect = agencyID
                state.selectBoardAgency()
                return effects
            case .submissions:
                guard let report = state.selectedSubmission else { return [] }
                state.reportScroll = 0
                state.stack.append(.report(taskID: report.taskID, agencyID: report.agencyID, revision: report.revision))
                return []
            }
        default:
            switch state.agencyPanel {
            case .assignments: return listKey(key, count: state.agencyAssignments.count, selection: &state.selectedAgencyAssignment)
            case .submissions: return listKey(key, count: state.agencySubmissions.count, selection: &state.selectedDetailRow)
            }
        }
    }

    static func openAgency(_ agencyID: String, _ state: inout AppState) -> [Effect] {
        state.selectedDetailRow = 0
        state.agencyDetailFocus = .assignments
        state.agencyHistory = nil
        state.stack.append(.agency(agencyID))
        state.selectedAgencyAssignment = 0
        return [.loadAgencyHistory(agencyID: agencyID)]
    }

    /// Moves a selection in a list of `count` rows: arrows, vim keys, paging, first and last.
    static func listKey(_ key: Key, count: Int, selection: inout Int) -> [Effect] {
        guard count > 0 else { return [] }
        let page = 10
        switch key {
        case .up, .character("k"): selection = max(0, selection - 1)
        case .down, .character("j"): selection = min(count - 1, selection + 1)
        case .pageUp: selection = max(0, selection - page)
        case .pageDown: selection = min(count - 1, selection + page)
        case .home, .character("g"): selection = 0
        case .end, .character("G"): selection = count == Int.max ? selection : count - 1
        default: break
        }
        return []
    }

    // MARK: - Filter

    static func editFilter(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var filter = state.filter else { return [] }
        switch key {
        case .escape:
            state.filter = nil
            return []
        case .enter:
            filter.isEditing = false
            state.selectedAgency = 0
            state.selectedDirective = 0
            state.selectedAgencyRow = 0
            state.filter = filter.text.isEmpty ? nil : filter
            return []
        case .backspace:
            if !filter.text.isEmpty { filter.text.removeLast() }
        case .control("u"):
            filter.text = ""
        case .control("c"):
            return [.quit]
        case .up, .down, .pageUp, .pageDown:
            if state.screen == .agencies { return listKey(key, count: state.agencyList.count, selection: &state.selectedAgencyRow) }
            if state.screen == .portfolio {
                let effects = listKey(key, count: state.portfolioRows.count, selection: &state.selectedDirective)
                keepPortfolioSelectionInView(&state)
                return effects
            }
            return listKey(key, count: state.visibleAgencyRows.count, selection: &state.selectedAgency)
        case .character(let character):
            filter.text = VietnameseText.normalized(filter.text + String(character))
        case .paste(let pasted):
            // A pasted name: one line, its breaks and tabs as spaces, no control characters.
            let line = String(String.UnicodeScalarView(pasted.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
            filter.text = VietnameseText.normalized(filter.text + line)
        default:
            return []
        }
        state.filter = filter
        state.selectedAgency = 0
        state.selectedDirective = 0
        state.selectedAgencyRow = 0
        return []
    }

    static func clampSelections(_ state: inout AppState) {
        state.selectedArea = min(state.selectedArea, max(0, state.snapshot.areas.count - 1))
        // A directive with no area has no area row: its agencies have the focus.
        if state.snapshot.areas.isEmpty, state.focus == .areas, !state.boardIsLoading { state.focus = .agencies }
        state.selectedAgency = min(state.selectedAgency, max(0, state.visibleAgencyRows.count - 1))
        state.selectedDeadline = min(state.selectedDeadline, max(0, state.deadlineTasks.count - 1))
        state.selectedDirective = min(state.selectedDirective, max(0, state.portfolioRows.count - 1))
    }
}

/// A deadline's assignments in the order the deadline view lists them: the most urgent first.
public enum DeadlineGrouping {
    static let order: [AssignmentStatus] = [.overdue, .dueSoon, .pending, .noDeadline, .doneLate, .doneOnTime]

    /// The place of a status in ``order`` (most urgent 0).
    static func rank(_ status: AssignmentStatus) -> Int {
        order.firstIndex(of: status) ?? order.count
    }

    public static func rows(of taskID: String, in state: AppState) -> [StatusBoard.Row] {
        guard let task = state.taskBoard(taskID) else { return [] }
        return order.flatMap { status in task.rows.filter { $0.progress.status == status } }
    }
}
