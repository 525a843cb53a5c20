import Canvas
import Tracking

/// One deadline's assignments, the most urgent first, with counts by status.
enum DeadlineDetailView {
    static func render(_ state: AppState, taskID: String, theme: Theme, labels: Labels, area: Rect, into buffer: inout Buffer) {
        guard let task = state.taskBoard(taskID) else {
            let inner = theme.focus.panel(labels.deadlines, focused: state.showsSelection).render(area, &buffer)
            buffer.write(labels.pick("Đang tải…", "Loading…"), x: inner.x + 1, y: inner.y, style: theme.muted)
            return
        }
        let rows = DeadlineGrouping.rows(of: taskID, in: state)
        let parts = Layout.split(area, .vertical, [.fixed(4), .fill(1)])
        let info = theme.focus.panel(labels.task(task.task.number) + " · " + task.task.directive.text, focused: false).render(parts[0], &buffer)
        var dueLine = task.task.deadline.raw
        if let due = task.due {
            dueLine += " → " + labels.due(due)
            if let countdown = Countdown.words(due: due, state: state) { dueLine += " · " + countdown }
        }
        buffer.write(dueLine, x: info.x + 1, y: info.y, maxWidth: info.width - 1, style: theme.title)
        let counts = DeadlineGrouping.order.compactMap { status in
            task.counts[status].map { "\(theme.glyph(status)) \(status.label(state.language)) \($0)" }
        }
        // The counts are the leads' (the task's status); cooperating agencies late are listed apart.
        var countLine = counts.joined(separator: " · ")
        if !task.cooperatingLate.isEmpty {
            countLine += labels.pick(" · phối hợp quá hạn: ", " · cooperating overdue: ")
                + task.cooperatingLate.map(\.agency.shortName).joined(separator: ", ")
        }
        buffer.write(countLine, x: info.x + 1, y: info.y + 1, maxWidth: info.width - 1)

        let legend = RoleTag.legend(shown: rows.contains { $0.assignment.role == .cooperating }, labels: labels)
        let inner = theme.focus.panel(labels.pick("Cơ quan theo trạng thái", "Agencies by status") + legend,
                                      focused: state.showsSelection).render(parts[1], &buffer)
        guard !inner.isEmpty else { return }
        let offset = VisibleRange.offset(selected: state.selectedDetailRow, count: rows.count, height: inner.height)
        let columns = AgencyColumns(rows: rows, width: inner.width, state: state)
        for (line, index) in (offset..<min(rows.count, offset + inner.height)).enumerated() {
            let y = inner.y + line
            columns.render(rows[index], theme: theme, x: inner.x, y: y, width: inner.width, into: &buffer)
            if state.showsSelection, index == state.selectedDetailRow {
                theme.focus.markSelected(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
            }
        }
        ScrollMarks.render(offset: offset, visible: inner.height, count: rows.count, theme: theme, box: parts[1], into: &buffer)
    }
}
