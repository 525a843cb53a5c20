import Canvas
import Tracking

/// The keys of the current view, drawn over it (`?`), then what the focus marks mean and
/// what the short figure names stand for.
enum HelpView {
    static func keys(_ state: AppState) -> [(String, String)] {
        let l = state.language
        var keys: [(String, String)] = []
        switch state.screen {
        case .agencies:
            keys = [
                ("↑↓  j k", l.pick("chọn cơ quan", "select an agency")),
                ("Enter", l.pick("các nhiệm vụ của cơ quan trên mọi văn bản", "the agency's tasks on every directive")),
                ("/", l.pick("lọc theo tên cơ quan", "filter by name")),
                ("Tab  a", l.pick("về danh sách văn bản", "back to the directives")),
            ]
        case .portfolio:
            keys = [
                ("↑↓  j k", l.pick("chọn văn bản", "select a directive")),
                ("Enter", l.pick("mở bảng theo dõi của văn bản; trên \"Đã xong\": mở/gập", "open the directive's board; on \"Done\": unfold/fold")),
                ("/", l.pick("lọc theo số hiệu, trích yếu, cơ quan ban hành", "filter by reference, subject, issuer")),
                ("Tab  a", l.pick("các cơ quan trên mọi văn bản", "the agencies across directives")),
            ]
        case .home:
            // The board's own areas by their digits; Tab and the area keys only where it has areas.
            let areas = state.snapshot.areas.prefix(9)
            if !areas.isEmpty {
                keys = [("Tab / Shift-Tab", l.pick("sang ô kế tiếp / trước", "next / previous panel")),
                        ("↑↓ ←→  h j k l", l.pick("di chuyển lựa chọn", "move the selection")),
                        (areas.indices.map { String($0 + 1) }.joined(separator: " "),
                         l.pick("mở khu vực ", "open the area ") + areas.map(\.name).joined(separator: ", ")),
                        ("Enter", l.pick("mở khu vực hoặc cơ quan đang chọn", "open the selected area or agency"))]
            } else {
                keys = [("↑↓  j k", l.pick("chọn cơ quan", "select an agency")),
                        ("Enter", l.pick("mở cơ quan đang chọn", "open the selected agency"))]
            }
            keys.append(("/", l.pick("lọc cơ quan (không cần dấu); Enter giữ, Esc bỏ", "filter agencies; Enter keeps, Esc clears")))
            if !state.agencyRows.isEmpty {
                keys.append(("n", l.pick("nhập báo cáo cho cơ quan đang chọn", "enter a report for the selected agency")))
            }
            if ReminderFormUpdate.place(state) != nil {
                keys.append(("o", l.pick("ghi công văn đôn đốc đã gửi cho các cơ quan quá hạn",
                                         "record a reminder sent to the overdue agencies")))
            }
        case .deadlines:
            keys = [("↑↓  j k", l.pick("chọn thời hạn", "select a deadline")),
                    ("Enter", l.pick("các cơ quan của thời hạn, theo trạng thái", "the deadline's agencies by status"))]
        case .area, .deadline:
            keys = [("↑↓  j k", l.pick("chọn cơ quan", "select an agency")),
                    ("Enter", l.pick("mở cơ quan", "open the agency"))]
            if FormUpdate.reportTarget(state) != nil {
                keys.append(("n", l.pick("nhập báo cáo cho cơ quan đang chọn", "enter a report for the selected agency")))
            }
            if ReminderFormUpdate.place(state) != nil {
                keys.append(("o", l.pick("ghi công văn đôn đốc đã gửi cho các cơ quan quá hạn",
                                         "record a reminder sent to the overdue agencies")))
            }
        case .agency:
            // The focused panel's keys (one with rows), Tab only when both panels have rows.
            if state.agencyDetailHasTwoPanels {
                keys.append(("Tab", l.pick("chuyển giữa các nhiệm vụ và các lần nộp báo cáo", "switch between the tasks and the submissions")))
            }
            switch state.agencyPanel {
            case .assignments where !state.agencyAssignments.isEmpty:
                keys += [("↑↓  j k", l.pick("chọn một nhiệm vụ (gấp nhất ở trên)", "select a task (most urgent on top)")),
                         ("Enter", l.pick("mở bảng theo dõi của văn bản, tại cơ quan này", "open the directive's board on this agency"))]
                if FormUpdate.reportTarget(state) != nil {
                    keys.append(("n", l.pick("nhập báo cáo cho nhiệm vụ đang chọn", "enter a report on the selected task")))
                }
            case .submissions where !state.agencySubmissions.isEmpty:
                keys += [("↑↓  j k", l.pick("chọn một lần nộp báo cáo", "select a submission")),
                         ("Enter", l.pick("đọc lần nộp đó: các mục, số liệu, chỗ đã sửa", "read it: sections, figures, changes"))]
                if FormUpdate.reportTarget(state) != nil {
                    keys.append(("n", l.pick("nhập lần sửa của báo cáo đang chọn", "enter a revision of the selected report")))
                }
            default:
                break
            }
        case .report:
            keys = [("↑↓ PgUp PgDn", l.pick("cuộn", "scroll")), ("g G", l.pick("đầu / cuối báo cáo", "top / end"))]
            if FormUpdate.reportTarget(state) != nil { keys.append(("n", l.pick("nhập lần sửa của báo cáo này", "enter a revision of this report"))) }
        case .reportForm:
            keys = [("Tab / Shift-Tab", l.pick("trường sau / trước", "next / previous field")),
                    ("Ctrl-S", l.pick("nộp (sau khi xác nhận)", "submit (after confirming)")),
                    ("Ctrl-Z", l.pick("hoàn tác", "undo")),
                    ("Ctrl-U", l.pick("xoá đến đầu dòng", "delete to the start of the line"))]
        }
        return keys + [
            ("d", l.pick("xem các thời hạn và lịch", "deadlines and calendar")),
            ("Esc", l.pick("quay lại", "back")),
            ("PgUp PgDn g G", l.pick("trang trước/sau, đầu/cuối danh sách", "page up/down, first/last")),
            // One row for both: at 80×24 the help has no row to spare (the figure names close it).
            ("r  Ctrl-L", l.pick("đọc lại dữ liệu · vẽ lại màn hình", "reload the data · repaint the screen")),
            ("?", l.pick("trợ giúp này", "this help")),
            ("q", l.pick("thoát", "quit")),
        ]
    }

    /// The focus convention (``Focus``) and the full legend of the figure names, as paragraphs.
    static func notes(_ state: AppState, theme: Theme) -> [String] {
        let l = state.language, focus = theme.focus
        return [
            l.pick("\(focus.panelMark)trước tên khung: khung đang chọn (Tab để chuyển) · \(focus.rowMark) và nền đảo: dòng đang chọn",
                   "\(focus.panelMark)before a panel's title: the focused panel (Tab moves it) · \(focus.rowMark) and reversed: the selected row"),
            l.pick("Tên số liệu: ", "Figure names: ") + FigureLegend.entries(l).joined(separator: " · "),
        ]
    }

    static func render(_ state: AppState, theme: Theme, area: Rect, into buffer: inout Buffer) {
        let keys = keys(state)
        let keyWidth = keys.map { DisplayWidth.of($0.0) }.max() ?? 0
        let textWidth = keys.map { DisplayWidth.of($0.1) }.max() ?? 0
        let width = min(area.width - 2, max(keyWidth + textWidth + 6, 76))
        // The notes under the keys, after a blank line, wrapped to the box.
        let notes = [""] + notes(state, theme: theme).flatMap { TextClipper.wrap($0, width: max(1, width - 4)) }
        let height = min(area.height, keys.count + notes.count + 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box)
        let inner = theme.focus.panel(state.language.pick("Phím", "Keys"), focused: true).render(box, &buffer)
        for (index, key) in keys.prefix(inner.height).enumerated() {
            buffer.write(key.0, x: inner.x + 1, y: inner.y + index, maxWidth: keyWidth, style: theme.title)
            buffer.write(key.1, x: inner.x + keyWidth + 3, y: inner.y + index, maxWidth: inner.width - keyWidth - 3)
        }
        for (index, line) in notes.prefix(max(0, inner.height - keys.count)).enumerated() {
            buffer.write(line, x: inner.x + 1, y: inner.y + keys.count + index, maxWidth: inner.width - 2)
        }
    }
}
