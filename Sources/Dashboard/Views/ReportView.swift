import Canvas
import Tracking

/// One revision of an agency's report, to read: who sent it and when, whether the report came in
/// on time, what changed since the previous revision, the five sections wrapped to the window,
/// and the figures as a table (a row per figure, a column per area). Scrolled with the arrows,
/// PgUp/PgDn, g/G; Esc goes back to the agency.
enum ReportView {
    /// The report on screen, from the agency history the agency detail read.
    static func report(_ state: AppState, taskID: String, agencyID: String, revision: Int) -> (Report, Report?)? {
        guard let history = state.agencyHistory, history.agencyID == agencyID,
              let report = history.reports.first(where: { $0.taskID == taskID && $0.revision == revision })
        else { return nil }
        return (report, history.reports.first { $0.taskID == taskID && $0.revision == revision - 1 })
    }

    /// The areas a report's figures are named from: its own directive's (read with the agency's
    /// history), never only the open board's, which may be another directive's.
    static func areas(_ state: AppState) -> [Area] {
        state.agencyHistory?.areas(fallback: state.snapshot.areas) ?? state.snapshot.areas
    }

    /// Lines of the report inside its box in a terminal of `height` rows (header, hint bar and
    /// borders taken off).
    static func visibleLines(height: Int) -> Int { max(1, height - 4) }

    /// How many lines the report takes at the state's width (0 while it is not read).
    static func lineCount(_ state: AppState, taskID: String, agencyID: String, revision: Int) -> Int {
        guard let (report, previous) = report(state, taskID: taskID, agencyID: agencyID, revision: revision) else { return 0 }
        return lines(report, previous: previous, state: state, theme: Theme(colors: .none), labels: Labels(language: state.language),
                     width: state.width - 4).count
    }

    static func render(_ state: AppState, taskID: String, agencyID: String, revision: Int, theme: Theme, labels: Labels,
                       area: Rect, into buffer: inout Buffer) {
        let agency = state.snapshot.agency(agencyID)
        let title = (agency?.name ?? agencyID) + " · " + labels.pick("lần \(revision)", "revision \(revision)")
        let inner = theme.focus.panel(title, focused: state.showsSelection).render(area, &buffer)
        guard !inner.isEmpty else { return }
        guard let (report, previous) = report(state, taskID: taskID, agencyID: agencyID, revision: revision) else {
            buffer.write(labels.pick("Đang tải…", "Loading…"), x: inner.x + 1, y: inner.y, style: theme.muted)
            return
        }
        let lines = self.lines(report, previous: previous, state: state, theme: theme, labels: labels, width: inner.width - 2)
        let offset = min(state.reportScroll, max(0, lines.count - inner.height))
        for (index, line) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            buffer.write(line.text, x: inner.x + 1, y: inner.y + index, maxWidth: inner.width - 1, style: line.style)
        }
        ScrollMarks.render(offset: offset, visible: inner.height, count: lines.count, theme: theme, box: area, into: &buffer)
    }

    static func lines(_ report: Report, previous: Report?, state: AppState, theme: Theme, labels: Labels,
                      width: Int) -> [(text: String, style: Style)] {
        let l = state.language, content = report.content
        let history = state.agencyHistory
        let task = history?.tasks[report.taskID] ?? state.snapshot.task(report.taskID)
        var lines: [(String, Style)] = []
        func wrapped(_ text: String, style: Style = .plain) {
            for line in TextClipper.wrap(text, width: max(10, width)) { lines.append((line, style)) }
        }
        wrapped(labels.pick("Số \(content.reference) ngày \(content.date.vietnamese)", "\(content.reference) of \(content.date.vietnamese)"),
                style: theme.title)
        if let task {
            wrapped(labels.task(task.number) + " · " + task.directive.text
                    + (task.deadline.raw.isEmpty ? "" : " · " + task.deadline.raw))
        }
        wrapped(labels.pick("Nộp lúc ", "Sent ") + AgencyTime.short(report.submittedAt) + labels.pick(" bởi ", " by ") + report.submittedBy)
        // Timeliness counts the first revision: the agency's row on the task says it.
        if let row = history?.rows?.first(where: { $0.assignment.taskID == report.taskID }) ?? state.board.allRows.first(where: {
            $0.assignment.taskID == report.taskID && $0.agency.id == report.agencyID
        }), row.progress.status.isDone {
            var text = theme.glyph(row.progress.status) + " " + row.progress.status.label(l)
            if let due = row.progress.due, let sent = row.progress.submittedOn {
                text += sent > due ? labels.pick(" (trễ \(due.days(to: sent)) ngày, hạn \(due.vietnamese))", " (\(due.days(to: sent)) days late, due \(due.vietnamese))")
                                   : labels.pick(" (hạn \(due.vietnamese))", " (due \(due.vietnamese))")
            }
            if report.revision > 1 { text += labels.pick(" — tính theo lần nộp đầu", " — as of the first revision") }
            wrapped(text, style: theme.status(row.progress.status))
        }
        if let previous {
            wrapped(labels.pick("So với lần \(previous.revision): ", "Since revision \(previous.revision): ")
                    + ReportChanges.describe(ReportChanges.between(previous.content, content), areas: areas(state), language: l),
                    style: theme.muted)
        }
        for section in ReportSection.allCases {
            lines.append(("", .plain))
            lines.append((section.label(l).uppercased(), theme.title))
            let text = content[section]
            if text.isEmpty {
                lines.append((labels.pick("(không có)", "(none)"), theme.muted))
            } else {
                for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) { wrapped(String(paragraph)) }
            }
        }
        if !content.figures.isEmpty {
            lines.append(("", .plain))
            lines.append((labels.pick("SỐ LIỆU THEO KHU VỰC", "FIGURES BY AREA"), theme.title))
            lines += figureTable(content.figures, state: state, theme: theme, labels: labels, width: width)
        }
        return lines
    }

    /// A row per figure (its label), a column per area (its name), "–" where not reported.
    static func figureTable(_ figures: [AreaFigures], state: AppState, theme: Theme, labels: Labels,
                            width: Int) -> [(text: String, style: Style)] {
        let l = state.language
        let fields = AreaFigures.Field.allCases.filter { field in figures.contains { $0[field] != nil } }
        let labelWidth = min(24, fields.map { DisplayWidth.of($0.label(l)) }.max() ?? 0)
        let columnWidth = max(8, min(18, (width - labelWidth) / max(1, figures.count)))
        func cell(_ text: String) -> String {
            let clipped = TextClipper.clip(text, to: columnWidth - 1)
            return String(repeating: " ", count: max(0, columnWidth - DisplayWidth.of(clipped))) + clipped
        }
        func label(_ text: String) -> String { TextClipper.padded(text, to: labelWidth) }
        let areas = areas(state)
        var lines: [(String, Style)] = [(label("") + figures.map { row in
            cell(areas.first { $0.id == row.areaID }?.name ?? row.areaID)
        }.joined(), theme.title)]
        for field in fields {
            lines.append((label(field.label(l)) + figures.map { row in
                cell(row[field].map { field == .finesVND ? labels.money($0, room: columnWidth - 1) : VietnameseNumber.grouped($0) } ?? "–")
            }.joined(), .plain))
        }
        return lines
    }
}
