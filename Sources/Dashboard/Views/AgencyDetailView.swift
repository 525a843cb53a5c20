import Canvas
import Tracking

/// One agency: who it is and who took over its duties, its tasks with their status, its
/// submissions with revisions, and its audit trail.
enum AgencyDetailView {
    static func render(_ state: AppState, agencyID: String, theme: Theme, labels: Labels, area: Rect, into buffer: inout Buffer) {
        guard let agency = state.snapshot.agency(agencyID) else { return }
        let history = state.agencyHistory?.agencyID == agencyID ? state.agencyHistory : nil
        func task(_ id: String) -> DirectiveTask? { history?.tasks[id] ?? state.snapshot.task(id) }
        // Every directive's assignments once the ledger is read, the open board's until then,
        // sorted most urgent first when they arrived (``AppState/agencyAssignments``).
        let rows = state.agencyAssignments
        // The tasks take at most half the screen: an agency with many assignments keeps its
        // submissions and audit trail in view (the list scrolls).
        let shownRows = min(max(1, rows.count), max(1, area.height / 2 - 4))
        let parts = Layout.split(area, .vertical, [.fixed(shownRows + 4), .fill(1)])
        let panel = state.agencyPanel
        let title = agency.name + " · " + labels.pick("\(rows.count) nhiệm vụ", rows.count == 1 ? "1 task" : "\(rows.count) tasks")
            + RoleTag.legend(shown: rows.contains { $0.row?.assignment.role == .cooperating }, labels: labels)
        let assignmentsFocused = state.showsSelection && panel == .assignments
        let top = theme.focus.panel(title, focused: assignmentsFocused).render(parts[0], &buffer)
        guard !top.isEmpty else { return }
        buffer.write(agency.kind.label(state.language) + successorNote(agency, state: state, labels: labels),
                     x: top.x + 1, y: top.y, maxWidth: top.width - 1, style: theme.muted)
        if rows.isEmpty {
            buffer.write(labels.pick("Không có nhiệm vụ nào", "No task"), x: top.x + 1, y: top.y + 2, maxWidth: top.width - 1, style: theme.muted)
        }
        let listHeight = max(0, top.height - 2)
        let rowOffset = VisibleRange.offset(selected: state.selectedAgencyAssignment, count: rows.count, height: listHeight)
        let visible = rows.indices.clamped(to: rowOffset..<min(rows.count, rowOffset + listHeight))
        let assignmentColumns = AssignmentColumns(Array(rows[visible]), labels: labels, width: top.width)
        for (line, index) in visible.enumerated() {
            let y = top.y + 2 + line
            assignmentColumns.render(rows[index], theme: theme, x: top.x, y: y, width: top.width, into: &buffer)
            if state.showsSelection, index == state.selectedAgencyAssignment {
                theme.focus.markSelected(Rect(x: top.x, y: y, width: top.width, height: 1), focused: assignmentsFocused, into: &buffer)
            }
        }
        ScrollMarks.render(offset: rowOffset, visible: listHeight, count: rows.count, theme: theme,
                           box: Rect(x: parts[0].x, y: parts[0].y + 2, width: parts[0].width, height: parts[0].height - 2), into: &buffer)

        let columns = Layout.split(parts[1], .horizontal, [.fill(1), .fill(1)])
        let submissionsFocused = state.showsSelection && panel == .submissions
        let submissions = theme.focus.panel(labels.pick("Các lần nộp báo cáo", "Submissions"), focused: submissionsFocused)
            .render(columns[0], &buffer)
        let audit = theme.focus.panel(labels.pick("Nhật ký thay đổi", "Audit trail"), focused: false).render(columns[1], &buffer)
        guard let history else {
            buffer.write(labels.pick("Đang tải…", "Loading…"), x: submissions.x + 1, y: submissions.y, style: theme.muted)
            return
        }
        // Each revision, newest first, is a selectable entry of two or three lines; lines are made
        // for the entries up to the window's end only (an agency may have reported thousands of times).
        let newestFirst = Array(history.reports.reversed())
        let selected = min(state.selectedDetailRow, max(0, newestFirst.count - 1))
        let revisions = Dictionary(history.reports.map { ("\($0.taskID)#\($0.revision)", $0) }, uniquingKeysWith: { first, _ in first })
        var submissionLines: [(text: String, entry: Int)] = []
        var selectedEnd = 0
        for (entry, report) in newestFirst.enumerated() {
            if entry > selected, submissionLines.count >= selectedEnd + submissions.height { break }
            // The directive first: an agency reports on several ("239/UBND-NN.TN · NV1 · lần 1 · 12/BC-CAT").
            let task = task(report.taskID).map { $0.directive.text + " · " + labels.shortTask($0.number) } ?? report.taskID
            submissionLines.append(("\(task) · " + labels.pick("lần \(report.revision)", "rev. \(report.revision)")
                                    + " · \(report.content.reference) · \(report.content.date.vietnamese)", entry))
            submissionLines.append(("   " + labels.pick("nộp ", "sent ") + AgencyTime.short(report.submittedAt) + labels.pick(" bởi ", " by ")
                                    + report.submittedBy, entry))
            if let previous = revisions["\(report.taskID)#\(report.revision - 1)"] {
                let changes = ReportChanges.between(previous.content, report.content)
                submissionLines.append(("   "
                                        + ReportChanges.describe(changes, areas: ReportView.areas(state), language: state.language), entry))
            }
            if entry == selected { selectedEnd = submissionLines.count }
        }
        if submissionLines.isEmpty { submissionLines = [(labels.pick("Chưa nộp báo cáo nào", "Nothing submitted yet"), -1)] }
        // The window ends at the selected entry's last line when it would fall below.
        let offset = max(0, min(selectedEnd - submissions.height, submissionLines.count - submissions.height))
        let shown = Array(submissionLines.dropFirst(offset).prefix(submissions.height))
        for (index, line) in shown.enumerated() {
            buffer.write(line.text, x: submissions.x + 1, y: submissions.y + index, maxWidth: submissions.width - 1)
        }
        // The selected entry's lines on screen, marked as one row.
        if state.showsSelection, let first = shown.firstIndex(where: { $0.entry == selected }) {
            let count = shown[first...].prefix { $0.entry == selected }.count
            theme.focus.markSelected(Rect(x: submissions.x, y: submissions.y + first, width: submissions.width, height: count),
                                     focused: submissionsFocused, into: &buffer)
        }
        let auditLines = history.audit.map { "\(AgencyTime.short($0.at)) \($0.user) \($0.describedAction(state.language))" }
        for (index, line) in (auditLines.isEmpty ? [labels.pick("Không có thay đổi", "No changes")] : auditLines).prefix(audit.height).enumerated() {
            buffer.write(line, x: audit.x + 1, y: audit.y + index, maxWidth: audit.width - 1, style: auditLines.isEmpty ? theme.muted : .plain)
        }
    }

    /// " · từ 01/03/2025: Sở Nông nghiệp và Môi trường" when the agency's duties passed on.
    static func successorNote(_ agency: Agency, state: AppState, labels: Labels) -> String {
        let history = SuccessionHistory(state.snapshot.successions)
        guard let change = history.successions.first(where: { $0.predecessorID == agency.id }) else { return "" }
        let names = change.successorIDs.compactMap { state.snapshot.agency($0)?.name }.joined(separator: ", ")
        return labels.pick(" · từ \(change.effective.vietnamese): \(names) (\(change.note))",
                           " · from \(change.effective.vietnamese): \(names) (\(change.note))")
    }
}
