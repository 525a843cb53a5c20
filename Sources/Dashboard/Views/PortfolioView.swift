import Canvas
import Tracking

/// The directives being followed ("Văn bản chỉ đạo"), most urgent first: two lines each — the
/// directive's status (glyph and word), reference, date and issuer; then its subject, tasks,
/// reported/assigned, the nearest due date still owed with its countdown, and how many are
/// overdue. Those done are folded into one row at the end.
enum PortfolioView {
    static let entryHeight = PortfolioLayout.entryHeight

    static func render(_ state: AppState, theme: Theme, labels: Labels, area: Rect, into buffer: inout Buffer) {
        // Loading only while the counts are unknown: read ahead from aggregates, they show at once.
        let counted = state.deadlines.isCounted || state.deadlines.portfolioCounts != nil
        let title = PortfolioLayout.title(labels.pick("Văn bản chỉ đạo (\(state.portfolio.count))", "Directives (\(state.portfolio.count))"),
                                          state: state, labels: labels, loading: !counted)
        let inner = theme.focus.panel(title, focused: state.showsSelection).render(area, &buffer)
        let rows = state.portfolioRows
        guard !inner.isEmpty else { return }
        guard !rows.isEmpty else {
            let empty = state.filter == nil ? labels.pick("Chưa có văn bản nào; nhập bằng: theodoi import TỆP", "No directive yet; add one with: theodoi import FILE")
                : labels.pick("Không có văn bản nào khớp bộ lọc", "No directive matches the filter")
            buffer.write(empty, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: theme.muted)
            return
        }
        // Row heights: a directive takes two lines, the done group one. The offset is the state's
        // (it moves only when the selection would leave the window), kept inside the list.
        let visible = max(1, inner.height / entryHeight)
        var offset = min(state.portfolioOffset, max(0, rows.count - visible))
        if state.selectedDirective < offset || state.selectedDirective >= offset + visible {
            offset = VisibleRange.offset(selected: state.selectedDirective, count: rows.count, height: visible)
        }
        // The wall cannot scroll: when the rows do not all fit, the last line says how many more.
        var bottom = inner.maxY
        if state.mode == .wall {
            func fitting(_ bottom: Int) -> Int {
                var y = inner.y, count = 0
                for row in rows {
                    if case .doneGroup = row { y += 1 } else { y += entryHeight }
                    guard y <= bottom else { break }
                    count += 1
                }
                return count
            }
            if fitting(bottom) < rows.count {
                bottom -= 1
                let shown = fitting(bottom)
                MoreLine.render(hidden: rows.count - shown, noun: ("văn bản", "directives"), labels: labels, theme: theme,
                                x: inner.x + 2, y: bottom, width: inner.width - 2, into: &buffer)
                offset = 0
                bottom = inner.y + (0..<shown).reduce(0) { sum, index in
                    if case .doneGroup = rows[index] { sum + 1 } else { sum + entryHeight }
                }
            }
        }
        var y = inner.y
        for index in offset..<rows.count {
            let height: Int
            if case .doneGroup = rows[index] { height = 1 } else { height = entryHeight }
            guard y + height <= bottom || (state.mode != .wall && y + 1 <= bottom) else { break }
            let selected = state.showsSelection && index == state.selectedDirective
            switch rows[index] {
            case .doneGroup(let count):
                let mark = state.showsDoneDirectives ? "▾" : "▸"
                buffer.write("  " + mark + labels.pick(" Đã xong (\(count))", " Done (\(count))"),
                             x: inner.x, y: y, maxWidth: inner.width, style: theme.status(.doneOnTime))
                if selected { theme.focus.markSelected(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer) }
                y += 1
            case .directive(let entry):
                renderEntry(entry, selected: selected, state: state, theme: theme, labels: labels,
                            area: Rect(x: inner.x, y: y, width: inner.width, height: min(height, bottom - y)), into: &buffer)
                y += height
            }
        }
        if state.mode != .wall { ScrollMarks.render(offset: offset, visible: visible, count: rows.count, theme: theme, box: area, into: &buffer) }
    }

    static func renderEntry(_ entry: Portfolio.Entry, selected: Bool, state: AppState, theme: Theme, labels: Labels,
                            area: Rect, into buffer: inout Buffer) {
        let document = entry.document
        var x = area.x
        x += 2  // the selection mark's column and a space
        if entry.isCounted {
            let status = entry.status
            let word = status == .doneOnTime ? labels.pick("Đã xong", "Done") : status.label(state.language)
            x += buffer.write(theme.glyph(status) + " " + word + "  ", x: x, y: area.y, maxWidth: max(0, area.maxX - x),
                              style: theme.status(status))
        }
        var heading = document.reference.text
        if let date = document.date { heading += labels.pick(" ngày ", " of ") + date.vietnamese }
        x += buffer.write(heading, x: x, y: area.y, maxWidth: max(0, area.maxX - x), style: theme.title)
        buffer.write(" · " + document.issuer, x: x, y: area.y, maxWidth: max(0, area.maxX - x), style: theme.muted)

        guard area.height > 1 else { return }
        // The counts on the right, the subject in what is left.
        var counts: [String] = []
        if entry.isCounted {
            counts.append(labels.pick("\(entry.tasks) NV", "\(entry.tasks) tasks"))
            counts.append(labels.pick("đã báo cáo \(entry.reported)/\(entry.assigned)", "reported \(entry.reported)/\(entry.assigned)"))
            if let due = entry.nextDue {
                var text = labels.pick("hạn ", "due ") + String(due.vietnamese.prefix(5))
                if entry.overdue > 0 {
                    text += labels.pick(" · \(entry.overdue) cơ quan quá hạn", " · \(entry.overdue) overdue")
                } else if let countdown = Countdown.words(due: due, state: state, short: true) {
                    text += " · " + countdown
                }
                counts.append(text)
            }
        } else {
            counts.append("…")
        }
        let right = counts.joined(separator: " · ")
        let rightWidth = min(DisplayWidth.of(right), area.width - 4)
        buffer.write(right, x: area.maxX - rightWidth, y: area.y + 1, maxWidth: rightWidth,
                     style: entry.overdue > 0 ? theme.status(.overdue) : .plain)
        buffer.write("    " + (document.subject ?? ""), x: area.x, y: area.y + 1, maxWidth: max(0, area.width - rightWidth - 1))
        if selected { theme.focus.markSelected(area, into: &buffer) }
    }
}

/// The portfolio's geometry, shared by the view and the update that scrolls it.
public enum PortfolioLayout {
    /// Lines per directive.
    public static let entryHeight = 2

    /// Directives that fit in a terminal of `height` rows (header, hint bar and the box's borders
    /// taken off).
    public static func visibleEntries(height: Int) -> Int {
        max(1, (height - 4) / entryHeight)
    }

    /// A top list's box title: its name and count, the filter being typed or kept, and
    /// "đang tải…" while the statuses are read.
    static func title(_ base: String, state: AppState, labels: Labels, loading: Bool) -> String {
        var title = base
        if let filter = state.filter {
            title += " · " + labels.pick("lọc: ", "filter: ") + filter.text + (filter.isEditing ? "▏" : "")
        }
        if loading { title += labels.pick(" · đang tải…", " · loading…") }
        return title
    }
}
