import Canvas
import Tracking

/// The home screen: a summary of the tasks, the three area panels side by side, and the
/// agencies with their status.
enum HomeView {
    static func render(_ state: AppState, theme: Theme, labels: Labels, area: Rect, into buffer: inout Buffer) {
        if state.boardIsLoading {
            let inner = theme.focus.panel(state.boardReference ?? "", focused: state.showsSelection).render(area, &buffer)
            buffer.write(labels.pick("Đang tải…", "Loading…"), x: inner.x + 1, y: inner.y, style: theme.muted)
            return
        }
        let tasks = state.directive?.tasks ?? []
        // The wall says "stale" on its own status line and keeps the task lines.
        let interrupted = state.mode == .interactive && (state.loadError != nil || state.notice != nil)
        // A line per task when there are at most three and room; else all tasks on one line.
        // A notice wider than the window (a refusal naming a revision and two days) takes two rows.
        let noticeRows = state.loadError == nil ? state.notice.map { min(2, TextClipper.wrap($0, width: area.width - 1).count) } : nil
        let summaryHeight = interrupted ? max(1, noticeRows ?? 1) : (area.height >= 36 && tasks.count <= 3 ? max(1, tasks.count) : 1)
        // No area linked to the directive: no area row and no legend, the agencies take the room.
        let hasAreas = !state.snapshot.areas.isEmpty
        let areaHeight = hasAreas ? (area.height >= 34 ? 10 : 9) : 0
        // The key to the panels' short figure names, under them: a line, two where there is room.
        let legendHeight = hasAreas ? (area.height >= 34 ? 2 : 1) : 0
        let parts = Layout.split(area, .vertical, [.fixed(summaryHeight), .fixed(areaHeight), .fixed(legendHeight), .fill(1)])
        renderSummary(state, tasks: tasks, theme: theme, labels: labels, area: parts[0], into: &buffer)

        let areas = state.snapshot.areas
        let columns = Layout.split(parts[1], .horizontal, areas.map { _ in .fill(1) })
        for (index, area) in areas.enumerated() {
            AreaPanel.render(state.areaSummary(area), number: index + 1, selected: state.showsSelection && index == state.selectedArea,
                             focused: state.focus == .areas, theme: theme, labels: labels, area: columns[index], into: &buffer)
        }
        FigureLegend.render(state.language, theme: theme, area: parts[2].inset(left: 1, right: 1), into: &buffer)
        AgencyPanel.render(state, theme: theme, labels: labels, area: parts[3], into: &buffer)
    }

    /// One line per task where there is room ("Nhiệm vụ 1 · trước ngày 15/02/2025 · hạn Thứ Sáu
    /// 14/02/2025 · còn 2 ngày làm việc · đã báo cáo 1/14"), else all tasks on one line.
    static func renderSummary(_ state: AppState, tasks: [StatusBoard.TaskBoard], theme: Theme, labels: Labels,
                              area: Rect, into buffer: inout Buffer) {
        if let error = state.loadError, state.mode == .interactive {
            buffer.write(" ⚠ " + error, x: area.x, y: area.y, maxWidth: area.width, style: theme.error)
            return
        }
        if let notice = state.notice {
            for (index, line) in TextClipper.wrap(notice, width: area.width - 1).prefix(max(1, area.height)).enumerated() {
                buffer.write(" " + line, x: area.x, y: area.y + index, maxWidth: area.width, style: theme.title)
            }
            return
        }
        func line(_ task: StatusBoard.TaskBoard, short: Bool) -> String {
            let done = task.rows.filter { $0.progress.status.isDone }.count
            var parts = [short ? labels.shortTask(task.task.number) : labels.task(task.task.number)]
            if !short, !task.task.deadline.raw.isEmpty { parts.append(task.task.deadline.raw) }
            if let due = task.due {
                parts.append(short ? labels.pick("hạn ", "due ") + String(due.vietnamese.prefix(5)) : labels.due(due))
                if let countdown = Countdown.words(due: due, state: state, short: short) { parts.append(countdown) }
            }
            parts.append(labels.reported(done, task.rows.count))
            return parts.joined(separator: " · ")
        }
        if area.height >= tasks.count, area.height > 1 {
            for (index, task) in tasks.enumerated() {
                buffer.write(" " + line(task, short: false), x: area.x, y: area.y + index, maxWidth: area.width, style: theme.title)
            }
        } else {
            buffer.write(" " + tasks.map { line($0, short: true) }.joined(separator: "  │  "), x: area.x, y: area.y,
                         maxWidth: area.width, style: theme.title)
        }
    }
}

/// Countdown words for a due date as of the state's today.
enum Countdown {
    static func words(due: CalendarDate, state: AppState, short: Bool = false) -> String? {
        let l = state.language, calendar = state.rules.calendar
        if state.today > due {
            let days = due.days(to: state.today)
            return l.pick("quá hạn \(days) ngày", "overdue \(days) days")
        }
        if state.today == due { return l.pick("hạn hôm nay", "due today") }
        let working = calendar.workingDays(after: state.today, through: due), days = state.today.days(to: due)
        return short ? l.pick("còn \(working) ngày LV", "\(working) wd left")
            : l.pick("còn \(working) ngày làm việc (\(days) ngày)", "\(working) working days left (\(days) days)")
    }
}
