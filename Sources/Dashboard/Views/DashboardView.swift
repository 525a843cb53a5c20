import Canvas
import Tracking

/// Renders the whole state into a buffer of the terminal's size (Bubble Tea's view): the
/// screen on top of the stack, the header and hint bar around it, and the help over it.
public enum DashboardView {
    /// Below this the layout cannot show the home screen; a message says what is needed.
    public static let minimumWidth = 60
    public static let minimumHeight = 20

    public static func render(_ state: AppState, theme: Theme) -> Buffer {
        var buffer = Buffer(width: state.width, height: state.height)
        guard state.width >= minimumWidth, state.height >= minimumHeight else {
            TooSmallView.render(state, theme: theme, into: &buffer)
            return buffer
        }
        let labels = Labels(language: state.language)
        let notice = NoticeLine.lines(state)
        let rows = Layout.split(buffer.area, .vertical, [.fixed(1), .fill(1), .fixed(1)])
        HeaderView.render(state, theme: theme, area: rows[0], into: &buffer)
        if state.mode == .wall {
            WallView.render(state, theme: theme, labels: labels, area: rows[1], into: &buffer)
            WallView.statusLine(state, theme: theme, area: rows[2], into: &buffer)
            return buffer
        }
        switch state.screen {
        case .portfolio: PortfolioView.render(state, theme: theme, labels: labels, area: rows[1], into: &buffer)
        case .agencies: AgenciesView.render(state, theme: theme, labels: labels, area: rows[1], into: &buffer)
        case .home: HomeView.render(state, theme: theme, labels: labels, area: rows[1], into: &buffer)
        case .area(let id): AreaDetailView.render(state, areaID: id, theme: theme, labels: labels, area: rows[1], into: &buffer)
        case .agency(let id): AgencyDetailView.render(state, agencyID: id, theme: theme, labels: labels, area: rows[1], into: &buffer)
        case .deadlines: DeadlineListView.render(state, theme: theme, labels: labels, area: rows[1], into: &buffer)
        case .deadline(let id): DeadlineDetailView.render(state, taskID: id, theme: theme, labels: labels, area: rows[1], into: &buffer)
        case .reportForm: ReportFormView.render(state, theme: theme, labels: labels, area: rows[1], into: &buffer)
        case .report(let taskID, let agencyID, let revision):
            ReportView.render(state, taskID: taskID, agencyID: agencyID, revision: revision, theme: theme, labels: labels,
                              area: rows[1], into: &buffer)
        }
        HintBar.render(state, theme: theme, area: rows[2], into: &buffer)
        NoticeLine.render(notice, theme: theme, above: rows[2], into: &buffer)
        if state.reminderForm != nil {
            ReminderFormView.render(state, theme: theme, labels: labels, area: rows[1], into: &buffer)
        }
        if state.showsHelp {
            HelpView.render(state, theme: theme, area: rows[1], into: &buffer)
        }
        return buffer
    }
}

/// The top row: what the screen is about, today's date and the time.
enum HeaderView {
    static func render(_ state: AppState, theme: Theme, area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: theme.header))
        let labels = Labels(language: state.language)
        let clock = state.language.longDate(state.today) + " " + Labels.clock(state.minuteOfDay)
        let right = " " + clock + " "
        let rightWidth = DisplayWidth.of(right)
        let left = ([" theodoi"] + parts(state, labels: labels)).joined(separator: " · ")
        buffer.write(left, x: area.x, y: area.y, maxWidth: max(0, area.width - rightWidth - 1), style: theme.header)
        buffer.write(right, x: area.maxX - rightWidth, y: area.y, style: theme.header)
    }

    /// The header's words after "theodoi". A directive is named only where the screen is about
    /// that one directive (its board, one of its areas or tasks, a report or form on one of its
    /// tasks: the report's own directive, not the open board's); a screen across directives or
    /// about an agency says what it is ("Văn bản chỉ đạo", "Cơ quan", "Các thời hạn", the name).
    static func parts(_ state: AppState, labels: Labels) -> [String] {
        if state.mode == .wall {
            let pages = WallPage.all(in: state)
            guard !pages.isEmpty else { return [] }
            switch pages[min(state.wallPage, pages.count - 1)] {
            case .portfolio: return [labels.pick("Văn bản chỉ đạo", "Directives")]
            case .deadlines where pages.contains(.portfolio): return [labels.deadlines]
            case .board(let reference): return [reference] + (boardDocument(state)?.subject.map { [$0] } ?? [])
            case .overview, .agencies, .deadlines, .area:
                // One directive's pages (its name is on the status line's page indicator).
                return boardParts(state, place: nil)
            }
        }
        switch state.screen {
        case .portfolio: return [labels.pick("Văn bản chỉ đạo", "Directives")]
        case .agencies: return [labels.pick("Cơ quan", "Agencies")]
        case .deadlines: return [labels.deadlines]
        case .agency(let id):
            return [state.snapshot.agency(id)?.name ?? state.agencyHistory?.rows?.first?.agency.name ?? id]
        case .home: return boardParts(state, place: nil)
        case .area(let id): return boardParts(state, place: state.snapshot.areas.first { $0.id == id }?.name ?? id)
        case .deadline(let id):
            guard let task = state.taskBoard(id)?.task ?? state.snapshot.task(id) else { return [labels.deadlines] }
            return [task.directive.text, labels.task(task.number) + (task.deadline.raw.isEmpty ? "" : " · " + task.deadline.raw)]
        case .reportForm:
            let entry = labels.pick("Nhập báo cáo", "Report entry")
            return (state.form?.subject.task.map { [$0.directive.text] } ?? []) + [entry]
        case .report(let taskID, _, _):
            let task = state.agencyHistory?.tasks[taskID] ?? state.snapshot.task(taskID)
            return (task.map { [$0.directive.text] } ?? []) + [labels.pick("Đọc báo cáo", "Report")]
        }
    }

    /// The open board's document, once read (nil while another is being read).
    static func boardDocument(_ state: AppState) -> Document? {
        state.boardIsLoading ? nil : state.directive?.document
    }

    /// The open board's reference, then the place in it (or the directive's subject on the board itself).
    static func boardParts(_ state: AppState, place: String?) -> [String] {
        guard let reference = state.boardReference ?? state.directive?.document.reference.text else { return place.map { [$0] } ?? [] }
        if let place { return [reference, place] }
        return [reference] + (boardDocument(state)?.subject.map { [$0] } ?? [])
    }
}

/// The bottom row: the keys that work here.
enum HintBar {
    static func render(_ state: AppState, theme: Theme, area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: theme.hint))
        let l = state.language
        var hints: [String]
        /// Always shown: how to get help and how to leave.
        var essentials: [String] = []
        if state.showsHelp {
            hints = [l.pick("phím bất kỳ: đóng trợ giúp", "any key: close help")]
        } else if state.screen == .reportForm {
            hints = state.form?.question != nil
                ? [l.pick("Enter/y: có", "Enter/y: yes"), l.pick("Esc/n: không", "Esc/n: no")]
                : [l.pick("Tab: trường", "Tab: field"), l.pick("Ctrl-S: nộp", "Ctrl-S: submit"),
                   l.pick("Esc: đóng", "Esc: close"), l.pick("Ctrl-Z: hoàn tác", "Ctrl-Z: undo"),
                   l.pick("Ctrl-U: xoá đầu dòng", "Ctrl-U: delete to line start")]
        } else if let form = state.reminderForm {
            hints = form.question != nil
                ? [l.pick("Enter/y: có", "Enter/y: yes"), l.pick("Esc/n: không", "Esc/n: no")]
                : [l.pick("Tab: ô", "Tab: field"), l.pick("Ctrl-S: ghi", "Ctrl-S: record"), l.pick("Esc: huỷ", "Esc: cancel"),
                   l.pick("Ctrl-U: xoá đầu dòng", "Ctrl-U: delete to line start")]
        } else if state.filter?.isEditing == true {
            hints = [l.pick("gõ để lọc (không cần dấu)", "type to filter (tone marks optional)"),
                     l.pick("Enter giữ bộ lọc", "Enter keep filter"), l.pick("Esc bỏ lọc", "Esc clear")]
        } else {
            switch state.screen {
            case .portfolio:
                hints = [l.pick("↑↓ chọn", "↑↓ select"), l.pick("Enter mở", "Enter open"), l.pick("Tab cơ quan", "Tab agencies"),
                         l.pick("/ lọc", "/ filter"), l.pick("d hạn", "d deadlines")]
            case .agencies:
                hints = [l.pick("↑↓ chọn", "↑↓ select"), l.pick("Enter mở", "Enter open"), l.pick("Tab văn bản", "Tab directives"),
                         l.pick("/ lọc", "/ filter"), l.pick("d hạn", "d deadlines")]
            case .home:
                // Most useful first: in a narrow window the last ones give way.
                // The area keys only where the directive has areas ("1-3" for three, "1" for one).
                let areas = state.snapshot.areas.count, digits = areas == 1 ? "1" : "1-\(min(areas, 9))"
                hints = (areas > 0 ? [l.pick("Tab ô", "Tab panel")] : []) + [l.pick("Enter mở", "Enter open")]
                    + (state.agencyRows.isEmpty ? [] : [l.pick("n báo cáo", "n report")])
                    + (ReminderFormUpdate.place(state) == nil ? [] : [l.pick("o đôn đốc", "o remind")]) + [
                         l.pick("d hạn", "d deadlines"), l.pick("/ lọc", "/ filter")]
                    + (areas > 0 ? [l.pick("\(digits) khu vực", "\(digits) area")] : []) + [l.pick("↑↓ chọn", "↑↓ select")]
            case .deadlines:
                hints = [l.pick("↑↓ chọn", "↑↓ select"), l.pick("Enter danh sách cơ quan", "Enter agencies"), l.pick("Esc quay lại", "Esc back")]
            case .agency:
                // The focused panel's keys, only for a panel with rows (its title says which, so
                // "↑↓ chọn" is enough: Esc stays on the line at 80 columns); Tab only when both have.
                switch state.agencyPanel {
                case .assignments:
                    hints = state.agencyAssignments.isEmpty ? []
                        : [l.pick("↑↓ chọn", "↑↓ select"), l.pick("Enter mở bảng", "Enter open board")]
                case .submissions:
                    hints = state.agencySubmissions.isEmpty ? []
                        : [l.pick("↑↓ chọn", "↑↓ select"), l.pick("Enter đọc", "Enter read")]
                }
                if FormUpdate.reportTarget(state) != nil { hints.append(l.pick("n báo cáo", "n report")) }
                if state.agencyDetailHasTwoPanels { hints.append(l.pick("Tab ô", "Tab panel")) }
                hints.append(l.pick("Esc quay lại", "Esc back"))
            case .report:
                hints = [l.pick("↑↓ PgUp PgDn cuộn", "↑↓ PgUp PgDn scroll"), l.pick("g G đầu/cuối", "g G top/end"),
                         l.pick("Esc quay lại", "Esc back")]
            default:
                // A task's deadline view goes back to the deadlines with Esc: `d` need not take
                // the room that `n` and `o` have there at 80 columns.
                let deadlinesKey = ReminderFormUpdate.place(state) == nil ? [l.pick("d hạn", "d deadlines")] : []
                hints = [l.pick("↑↓ chọn", "↑↓ select"), l.pick("Enter mở", "Enter open")] + deadlinesKey + [l.pick("Esc quay lại", "Esc back")]
            }
            // `n` only where it opens a form (on the board it also says how to choose an agency).
            // (The board and the agency's detail place it themselves.)
            var placesReportHint = state.screen == .home
            if case .agency = state.screen { placesReportHint = true }
            if !placesReportHint, FormUpdate.reportTarget(state) != nil { hints.append(l.pick("n báo cáo", "n report")) }
            // `o` where it records a reminder (the board places it itself, beside `n`).
            if state.screen != .home, ReminderFormUpdate.place(state) != nil { hints.append(l.pick("o đôn đốc", "o remind")) }
            if state.screen == .home, state.stack.first == .portfolio { hints.append(l.pick("Esc danh sách", "Esc list")) }
            essentials = [l.pick("? phím", "? keys"), l.pick("q thoát", "q quit")]
        }
        // In a narrow window the view's hints give way, from the last, so that ? and q stay seen.
        func line() -> String { " " + (hints + essentials).joined(separator: " · ") }
        while hints.count > 1, DisplayWidth.of(line()) > area.width { hints.removeLast() }
        buffer.write(line(), x: area.x, y: area.y, maxWidth: area.width, style: theme.hint)
    }
}

/// What a terminal below the minimum size shows instead of a garbled layout.
enum TooSmallView {
    static func render(_ state: AppState, theme: Theme, into buffer: inout Buffer) {
        let l = state.language
        let lines = [
            l.pick("Cửa sổ quá nhỏ (\(state.width)×\(state.height)).", "Window too small (\(state.width)×\(state.height))."),
            l.pick("Cần ít nhất \(DashboardView.minimumWidth)×\(DashboardView.minimumHeight).",
                   "theodoi needs at least \(DashboardView.minimumWidth)×\(DashboardView.minimumHeight)."),
            l.pick("Hãy phóng to cửa sổ, hoặc dùng: theodoi status", "Enlarge the window, or use: theodoi status"),
            l.pick("q: thoát", "q: quit"),
        ]
        var wrapped: [String] = []
        for line in lines { wrapped += TextClipper.wrap(line, width: max(1, state.width)) }
        let top = max(0, (state.height - wrapped.count) / 2)
        for (index, line) in wrapped.enumerated() where top + index < state.height {
            let x = max(0, (state.width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: top + index, style: index == 0 ? theme.error : .plain)
        }
    }
}
