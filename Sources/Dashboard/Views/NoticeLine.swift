import Canvas

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
    static func lines(_ state: AppState) -> [String] {
        guard state.mode == .interactive, !state.showsHelp, let notice = state.notice,
              state.screen != .home, state.screen != .reportForm else { return [] }
        return Array(TextClipper.wrap(notice, width: max(1, state.width - 1)).prefix(2))
    }

    static func render(_ lines: [String], theme: Theme, above hintBar: Rect, into buffer: inout Buffer) {
        for (index, line) in lines.enumerated() {
            let y = hintBar.y - lines.count + index
            guard y >= 0 else { continue }
            let row = Rect(x: hintBar.x, y: y, width: hintBar.width, height: 1)
            buffer.fill(row, with: Cell(" ", style: theme.title))
            buffer.write(" " + line, x: row.x, y: y, maxWidth: row.width, style: theme.title)
        }
    }
}
