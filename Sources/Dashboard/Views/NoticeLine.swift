import Canvas
import Tracking

/// A passing message (``AppState/notice``: a refusal to open the report form, a submission
/// done) on the screens whose view has no place for it: every screen but the home screen
/// (its summary row shows it) and the form (its first row does).
///
/// It is drawn over the bottom of the screen's body, just above the hint bar, wrapped on at
/// most two rows: a refusal such as "Cơ quan này đã nộp lần 2 ngày 14/02/2025, sau ngày đang xem
/// 12/02/2025: không nộp lùi ngày được." is wider than 80 columns, and its end is the part that
/// says what happened. It goes with the next key, as the notice does.
enum NoticeLine {
    /// The rows to draw, empty when there is nothing to say here.
    ///
    /// Data that could not be read again (``AppState/loadError``: a lost server, a file gone)
    /// comes first: every screen then says that what it shows is stale, as the home screen's
    /// summary row and the wall's status line do.
    static func lines(_ state: AppState) -> [String] {
        guard state.mode == .interactive, !state.showsHelp, state.screen != .home, state.screen != .reportForm else { return [] }
        let text: String
        if let error = state.loadError {
            text = staleMark + state.language.pick("DỮ LIỆU CŨ", "STALE DATA") + ": " + error
        } else if let notice = state.notice {
            text = notice
        } else {
            return []
        }
        return Array(TextClipper.wrap(text, width: max(1, state.width - 1)).prefix(2))
    }

    static let staleMark = "⚠ "

    static func render(_ lines: [String], theme: Theme, above hintBar: Rect, into buffer: inout Buffer) {
        let style = lines.first?.hasPrefix(staleMark) == true ? theme.error : theme.title
        for (index, line) in lines.enumerated() {
            let y = hintBar.y - lines.count + index
            guard y >= 0 else { continue }
            let row = Rect(x: hintBar.x, y: y, width: hintBar.width, height: 1)
            buffer.fill(row, with: Cell(" ", style: style))
            buffer.write(" " + line, x: row.x, y: y, maxWidth: row.width, style: style)
        }
    }
}
