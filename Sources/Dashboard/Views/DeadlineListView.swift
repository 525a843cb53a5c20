import Canvas
import Tracking

/// Every deadline in order: the raw phrase, the due date under the active policy (and the
/// other where they differ), the countdown, who is still missing; then the calendar strip.
enum DeadlineListView {
    static func render(_ state: AppState, theme: Theme, labels: Labels, area: Rect, into buffer: inout Buffer) {
        let tasks = state.deadlineTasks
        let entryHeight = 3
        let calendarHeight = CalendarStrip.height(for: state, width: area.width - 2, maxHeight: area.height - tasks.count * entryHeight - 2)
        let parts = Layout.split(area, .vertical, [.fill(1), .fixed(calendarHeight > 0 ? calendarHeight + 2 : 0)])
        let title = labels.deadlines + " · " + labels.policyName(state.rules.policy)
            + (state.deadlinesLoading ? labels.pick(" · đang tải…", " · loading…") : "")
        let inner = theme.focus.panel(title, focused: state.showsSelection).render(parts[0], &buffer)
        var visible = max(1, inner.height / entryHeight)
        if state.mode == .wall, tasks.count > visible {
            // The wall cannot scroll: a line under the entries says how many more there are.
            if inner.height - visible * entryHeight < 1 { visible = max(0, visible - 1) }
            MoreLine.render(hidden: tasks.count - visible, noun: ("thời hạn", "deadlines"), labels: labels, theme: theme,
                            x: inner.x + 2, y: inner.y + visible * entryHeight, width: inner.width - 2, into: &buffer)
        }
        let offset = VisibleRange.offset(selected: state.selectedDeadline, count: tasks.count, height: visible)
        for (slot, index) in (offset..<min(tasks.count, offset + visible)).enumerated() {
            let task = tasks[index]
            let y = inner.y + slot * entryHeight
            let directive = task.task.directive.text
            let selected = state.showsSelection && index == state.selectedDeadline
            let phrase = task.task.deadline.raw.isEmpty ? "" : " · " + task.task.deadline.raw
            buffer.write("  " + labels.task(task.task.number) + " · " + directive + phrase,
                         x: inner.x, y: y, maxWidth: inner.width, style: theme.title)
            var dueLine = "    "
            if let due = task.due {
                dueLine += labels.due(due)
                if let other = task.dueUnderOtherPolicy {
                    dueLine += " (" + labels.policyName(state.rules.policy == .literal ? .lenient : .literal) + ": " + state.language.longDate(other) + ")"
                }
                if let countdown = Countdown.words(due: due, state: state) { dueLine += " · " + countdown }
            } else {
                dueLine += labels.pick("không có thời hạn", "no deadline")
            }
            buffer.write(dueLine, x: inner.x, y: y + 1, maxWidth: inner.width)
            let missing = task.missingAgencyIDs
            // Names for as many as the line can show (the line is clipped anyway).
            let names = missing.prefix(inner.width / 2).map { state.snapshot.agency($0)?.shortName ?? $0 }
            let missingLine = missing.isEmpty
                ? labels.pick("    Đã đủ báo cáo (\(task.assigned)/\(task.assigned))", "    All reported (\(task.assigned)/\(task.assigned))")
                : labels.pick("    Còn thiếu \(missing.count)/\(task.assigned): ", "    Missing \(missing.count)/\(task.assigned): ")
                    + names.joined(separator: ", ")
            buffer.write(missingLine, x: inner.x, y: y + 2, maxWidth: inner.width,
                         style: missing.isEmpty ? theme.status(.doneOnTime) : (task.due.map { state.today > $0 } == true ? theme.status(.overdue) : .plain))
            if selected {
                theme.focus.markSelected(Rect(x: inner.x, y: y, width: inner.width, height: min(entryHeight, inner.maxY - y)), into: &buffer)
            }
        }
        if calendarHeight > 0 {
            let calendar = theme.focus.panel(labels.pick("Lịch", "Calendar"), focused: false).render(parts[1], &buffer)
            CalendarStrip.render(state, theme: theme, area: calendar, into: &buffer)
        }
    }
}
