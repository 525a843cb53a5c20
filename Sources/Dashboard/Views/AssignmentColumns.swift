import Canvas
import Tracking

/// The columns of an agency's assignments: the directive and task ("239/UBND-NN.TN · NV1"),
/// the status glyph and word (never colour alone), the countdown, then the deadline as written
/// where there is room. Widths come from the rows on screen only: a frame costs what it shows.
struct AssignmentColumns {
    let labels: Labels
    let nameWidth: Int
    let statusWidth: Int

    init(_ rows: [AgencyAssignment], labels: Labels, width: Int) {
        self.labels = labels
        let names = rows.map { DisplayWidth.of(Self.name($0, labels: labels)) }.max() ?? 0
        let statuses = rows.map { DisplayWidth.of(Self.statusWord($0, labels: labels)) }.max() ?? 0
        // The countdown keeps about 16 columns ("quá hạn 3 ngày (…"); the name gives way first.
        statusWidth = min(statuses, max(8, width - 2 - 18 - 16 - 4))
        nameWidth = max(8, min(names, width - 1 - 2 - statusWidth - 2 - 16 - 2))
    }

    /// "239/UBND-NN.TN · NV1": the directive first, an agency owes on several; " · PH" after a
    /// task it cooperates on (``RoleTag``); " · thay Sở TN&MT" on a predecessor's it holds.
    static func name(_ row: AgencyAssignment, labels: Labels) -> String {
        let tag = row.row.map { RoleTag.tag($0.assignment.role, labels: labels) } ?? ""
        let standsIn = row.standsInFor.map { labels.pick("thay ", "for ") + $0.shortName } ?? ""
        return row.directiveReference + " · " + labels.shortTask(row.task.number) + (tag.isEmpty ? "" : " · " + tag)
            + (standsIn.isEmpty ? "" : " · " + standsIn)
    }

    static func statusWord(_ row: AgencyAssignment, labels: Labels) -> String {
        guard let status = row.row?.progress.status else { return labels.pick("Đã rút", "Withdrawn") }
        return status.label(labels.language)
    }

    func render(_ row: AgencyAssignment, theme: Theme, x: Int, y: Int, width: Int, into buffer: inout Buffer) {
        let language = labels.language
        let end = x + width
        var column = x + 1
        buffer.write(Self.name(row, labels: labels), x: column, y: y, maxWidth: nameWidth)
        column += nameWidth + 2
        let countdown: String
        let style: Style
        if let status = row.row?.progress.status, let progress = row.row?.progress {
            style = theme.status(status)
            column += buffer.write(theme.glyph(status) + " ", x: column, y: y, maxWidth: max(0, end - column), style: style)
            countdown = StatusReport.countdown(progress, revision: row.row?.assignment.latestRevision ?? 0, language: language)
        } else {
            // Withdrawn: taken back, owed no more; listed last, dimmed.
            style = theme.muted
            column += buffer.write((theme.asciiOnly ? "/" : "⊘") + " ", x: column, y: y, maxWidth: max(0, end - column), style: style)
            countdown = row.withdrawnOn.map { labels.pick("rút ngày \($0.vietnamese)", "withdrawn \($0.vietnamese)") } ?? ""
        }
        buffer.write(Self.statusWord(row, labels: labels), x: column, y: y, maxWidth: max(0, min(statusWidth, end - column)), style: style)
        column += statusWidth + 2
        guard column < end else { return }
        let done = row.row?.progress.status.isDone ?? true
        column += buffer.write(countdown, x: column, y: y, maxWidth: end - column, style: done ? theme.muted : style)
        let phrase = row.task.deadline.raw
        if !phrase.isEmpty, column + 4 < end {
            buffer.write(" · " + phrase, x: column, y: y, maxWidth: end - column, style: theme.muted)
        }
    }
}
