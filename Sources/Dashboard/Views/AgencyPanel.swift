import Canvas
import Tracking

/// The addressees with their status: glyph and word (never colour alone), name, and the
/// submission date or the countdown.
enum AgencyPanel {
    static func render(_ state: AppState, theme: Theme, labels: Labels, area: Rect, into buffer: inout Buffer) {
        let rows = state.visibleAgencyRows
        let total = state.agencyRows.count
        var title = labels.agencies + " (\(total))"
            + RoleTag.legend(shown: state.agencyRowsShowRoles, labels: labels)
        if let filter = state.filter {
            title += labels.pick(" — lọc: ", " — filter: ") + filter.text + (filter.isEditing ? "▏" : "")
                + " (\(rows.count))"
        }
        let focused = state.focus == .agencies && state.showsSelection
        let inner = theme.focus.panel(title, focused: focused).render(area, &buffer)
        guard !inner.isEmpty else { return }
        if rows.isEmpty {
            buffer.write(labels.pick("Không có cơ quan nào khớp", "No agency matches"), x: inner.x + 1, y: inner.y,
                         maxWidth: inner.width - 1, style: theme.muted)
            return
        }
        // The wall cannot scroll: its list ends with how many more there are.
        let wall = state.mode == .wall
        let height = wall ? MoreLine.shown(count: rows.count, height: inner.height) : inner.height
        let offset = VisibleRange.offset(selected: state.selectedAgency, count: rows.count, height: height)
        let columns = AgencyColumns(rows: rows, width: inner.width, state: state)
        if wall {
            MoreLine.render(hidden: rows.count - height, noun: ("cơ quan", "agencies"), labels: labels, theme: theme,
                            x: inner.x + 1, y: inner.y + height, width: inner.width - 1, into: &buffer)
        }
        for (line, index) in (offset..<min(rows.count, offset + height)).enumerated() {
            let row = rows[index]
            let y = inner.y + line
            columns.render(row, theme: theme, x: inner.x, y: y, width: inner.width, into: &buffer)
            if state.showsSelection, index == state.selectedAgency {
                theme.focus.markSelected(Rect(x: inner.x, y: y, width: inner.width, height: 1), focused: focused, into: &buffer)
            }
        }
        if !wall { ScrollMarks.render(offset: offset, visible: inner.height, count: rows.count, theme: theme, box: area, into: &buffer) }
    }
}

/// The column widths of a status list, chosen from the room there is: full agency names and
/// full status words when they fit, short ones otherwise.
struct AgencyColumns {
    let statusWidth: Int
    let nameWidth: Int
    let useShortNames: Bool
    let language: Language
    /// Who answers for each agency today, when its duties passed to others ("→ Sở NN&MT").
    let successors: [String: [Agency]]
    /// The width of the role column ("PH " before a cooperating agency's name; ``RoleTag``):
    /// zero when every row is a lead.
    let roleWidth: Int
    /// The day the board is read as of, for the reminders' dates.
    let today: CalendarDate

    init(rows: [StatusBoard.Row], width: Int, state: AppState) {
        let language = state.language, successors = state.followUpSuccessors
        self.language = language
        today = state.today
        self.successors = successors
        let fullStatus = rows.map { DisplayWidth.of($0.progress.status.label(language)) }.max() ?? 0
        let fullNames = rows.map { DisplayWidth.of(Self.name(of: $0.agency, short: false, successors: successors)) }.max() ?? 0
        let shortNames = rows.map { DisplayWidth.of(Self.name(of: $0.agency, short: true, successors: successors)) }.max() ?? 0
        let countdown = 28
        let tags = rows.map { DisplayWidth.of($0.assignment.role.tag(language)) }.max() ?? 0
        roleWidth = tags == 0 ? 0 : tags + 1
        let fixed = 3 + fullStatus + 2 + countdown + roleWidth
        useShortNames = fixed + fullNames > width
        nameWidth = max(8, min(useShortNames ? shortNames : fullNames, width - fixed))
        statusWidth = min(fullStatus, max(8, width - 3 - nameWidth - 2 - 12))
    }

    func render(_ row: StatusBoard.Row, theme: Theme, x: Int, y: Int, width: Int, into buffer: inout Buffer) {
        let status = row.progress.status
        let style = theme.status(status)
        var column = x + 1
        column += buffer.write(theme.glyph(status) + " ", x: column, y: y, style: style)
        buffer.write(status.label(language), x: column, y: y, maxWidth: statusWidth, style: style)
        column += statusWidth + 2
        if roleWidth > 0 {
            buffer.write(row.assignment.role.tag(language), x: column, y: y, maxWidth: roleWidth - 1, style: theme.title)
            column += roleWidth
        }
        buffer.write(name(of: row.agency, short: useShortNames), x: column, y: y, maxWidth: nameWidth)
        column += nameWidth + 2
        var countdown = StatusReport.countdown(row.progress, revision: row.assignment.latestRevision, language: language)
        // The reminders sent to an agency still owing, short ("đôn đốc 2 lần, 12/02": how many,
        // the latest): the lead department sees whom it already chased. Done by a successor for
        // its merged or abolished predecessor: who ("bởi Sở NN&MT"). On a narrow row the
        // countdown's working days in brackets give way to them.
        let note: String? = status.isDone
            ? row.reportedBy.map { " · " + language.pick("bởi ", "by ") + $0.shortName }
            : Reminder.shortSummary(row.assignment.reminders, asOf: today, language: language).map { " · " + $0 }
        let room = x + width - column
        if let note, DisplayWidth.of(countdown) + DisplayWidth.of(note) > room, let bracket = countdown.firstIndex(of: "(") {
            countdown = String(countdown[..<bracket].reversed().drop { $0 == " " }.reversed())
        }
        column += buffer.write(countdown, x: column, y: y, maxWidth: room, style: status.isDone ? theme.muted : style)
        if let note, column + 4 < x + width {
            buffer.write(note, x: column, y: y, maxWidth: x + width - column, style: theme.muted)
        }
    }

    /// The agency's name, followed after a merger or abolition by whoever follows it up now:
    /// a task keeps the agency it was given to, the chasing goes to the successor.
    func name(of agency: Agency, short: Bool) -> String {
        Self.name(of: agency, short: short, successors: successors)
    }

    static func name(of agency: Agency, short: Bool, successors: [String: [Agency]]) -> String {
        let own = short ? agency.shortName : agency.name
        guard let heirs = successors[agency.id], !heirs.isEmpty else { return own }
        return own + " → " + heirs.map(\.shortName).joined(separator: ", ")
    }
}

/// Which rows of a list to show so that the selection stays visible, near the middle once the
/// list scrolls.
enum VisibleRange {
    static func offset(selected: Int, count: Int, height: Int) -> Int {
        guard height > 0, count > height else { return 0 }
        return max(0, min(count - height, selected - height / 2))
    }
}

/// "▲"/"▼" on a box's right border when there are rows above or below the window.
enum ScrollMarks {
    static func render(offset: Int, visible: Int, count: Int, theme: Theme, box: Rect, into buffer: inout Buffer) {
        guard count > visible, box.height >= 3 else { return }
        if offset > 0 { buffer.write(theme.asciiOnly ? "^" : "▲", x: box.maxX - 1, y: box.y + 1, style: theme.title) }
        if offset + visible < count { buffer.write(theme.asciiOnly ? "v" : "▼", x: box.maxX - 1, y: box.maxY - 2, style: theme.title) }
    }
}
