import Canvas
import Tracking

/// Every agency with what it owes across all directives — "what does Công an tỉnh still owe
/// us?" — the latest first: a line each with its most urgent status (glyph and word), its name,
/// how many assignments are overdue, due soon, pending and done, and how late the latest is.
enum AgenciesView {
    static func render(_ state: AppState, theme: Theme, labels: Labels, area: Rect, into buffer: inout Buffer) {
        let title = PortfolioLayout.title(labels.pick("Cơ quan, mọi văn bản (\(state.agencyList.count))", "Agencies, every directive (\(state.agencyList.count))"), state: state, labels: labels,
                                          loading: state.deadlinesLoading)
        let inner = theme.focus.panel(title, focused: state.showsSelection).render(area, &buffer)
        let rows = state.agencyList
        guard !inner.isEmpty else { return }
        guard !rows.isEmpty else {
            buffer.write(state.deadlinesLoading ? labels.pick("Đang tải…", "Loading…") : labels.pick("Không có cơ quan nào", "No agency"),
                         x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: theme.muted)
            return
        }
        let offset = VisibleRange.offset(selected: state.selectedAgencyRow, count: rows.count, height: inner.height)
        // The name column fits the names on screen (not every agency's: a frame reads only its rows).
        let shown = rows[offset..<min(rows.count, offset + inner.height)]
        let nameWidth = min(max(16, inner.width / 3), shown.map { DisplayWidth.of($0.agency.name) }.max() ?? 16)
        for (line, index) in (offset..<min(rows.count, offset + inner.height)).enumerated() {
            let row = rows[index], y = inner.y + line
            let status: AssignmentStatus = row.tally[.overdue] > 0 ? .overdue
                : row.tally[.dueSoon] > 0 ? .dueSoon : row.tally.owed > 0 ? .pending : .doneOnTime
            let selected = state.showsSelection && index == state.selectedAgencyRow
            var x = inner.x
            x += buffer.write(" " + theme.glyph(status) + " ", x: x, y: y, style: theme.status(status))
            x += buffer.write(TextClipper.padded(row.agency.name, to: nameWidth) + "  ", x: x, y: y, maxWidth: max(0, inner.maxX - x))
            var parts: [String] = []
            if row.tally[.overdue] > 0 {
                parts.append(labels.pick("\(row.tally[.overdue]) quá hạn (trễ nhất \(row.mostDaysOverdue) ngày)",
                                         "\(row.tally[.overdue]) overdue (latest \(row.mostDaysOverdue) days)"))
            }
            if row.tally[.dueSoon] > 0 { parts.append(labels.pick("\(row.tally[.dueSoon]) sắp đến hạn", "\(row.tally[.dueSoon]) due soon")) }
            let pending = row.tally[.pending] + row.tally[.noDeadline]
            if pending > 0 { parts.append(labels.pick("\(pending) đang thực hiện", "\(pending) pending")) }
            parts.append(labels.pick("đã báo cáo \(row.tally.done)/\(row.tally.assigned)", "reported \(row.tally.done)/\(row.tally.assigned)"))
            // Tasks it cooperates on count apart: they do not make it late as a lead would be.
            if row.tally.cooperating > 0 {
                let late = row.tally.cooperatingOverdue
                parts.append(labels.pick("phối hợp \(row.tally.cooperating)", "cooperating \(row.tally.cooperating)")
                             + (late > 0 ? labels.pick(" (\(late) quá hạn)", " (\(late) overdue)") : ""))
            }
            buffer.write(parts.joined(separator: " · "), x: x, y: y, maxWidth: max(0, inner.maxX - x),
                         style: status == .overdue ? theme.status(.overdue) : .plain)
            if selected { theme.focus.markSelected(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer) }
        }
        ScrollMarks.render(offset: offset, visible: inner.height, count: rows.count, theme: theme, box: area, into: &buffer)
    }
}
