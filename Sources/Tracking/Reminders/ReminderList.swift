/// Whom to chase (`theodoi remind`): per directive and task, the agencies that have not
/// reported and are overdue (most days late first), then those due within a few working days
/// (soonest first), each with its deadline, its countdown and the reminders already sent.
///
/// Leads ("chủ trì") are chased first: the task's status is theirs. Cooperating agencies
/// ("phối hợp") overdue or due soon on their share are listed apart after them (``TaskEntry/cooperating``).
///
/// Built from a ``StatusBoard`` whose rules count "due soon" over the window asked for
/// (`--within`, default 3 working days, today included), so that the statuses here are the
/// board's own.
public struct ReminderList: Sendable, Equatable {
    public struct TaskEntry: Sendable, Equatable {
        public var task: DirectiveTask
        /// The due date under the active policy.
        public var due: CalendarDate?
        /// Leads not reported and past the due date, most days late first.
        public var overdue: [StatusBoard.Row]
        /// Leads not reported and due within the window, soonest first.
        public var dueSoon: [StatusBoard.Row]
        /// How many lead agencies the task has (withdrawn ones left out).
        public var assigned: Int
        /// Cooperating agencies overdue (most days late first), then due soon: listed apart.
        public var cooperating: [StatusBoard.Row] = []

        /// Everyone overdue on the task: the leads, then the cooperating agencies (what a
        /// reminder dispatch chases).
        public var late: [StatusBoard.Row] { overdue + cooperating.filter { $0.progress.status == .overdue } }
    }

    public struct DirectiveEntry: Sendable, Equatable {
        public var document: Document
        /// The tasks with someone to chase, in the directive's order.
        public var tasks: [TaskEntry]

        /// Every overdue agency of the directive, once, in the order of its first late task:
        /// the leads, then the cooperating agencies overdue on their share. A merged or
        /// abolished agency is replaced by the successors that hold its duties (the ones a
        /// reminder goes to: Sở NN&MT for Sở TN&MT from 01/03/2025).
        public var overdueAgencies: [Agency] {
            var seen = Set<String>()
            let cooperating = tasks.flatMap(\.cooperating).filter { $0.progress.status == .overdue }
            return (tasks.flatMap(\.overdue) + cooperating).flatMap(\.chased).filter { seen.insert($0.id).inserted }
        }
    }

    public var asOf: CalendarDate
    /// The window of "due soon", in working days.
    public var within: Int
    public var rules: StatusRules
    /// The directives with someone to chase, in the board's order.
    public var directives: [DirectiveEntry]

    /// - Parameter board: a board whose rules' ``StatusRules/dueSoonWorkingDays`` is the window.
    public init(board: StatusBoard) {
        asOf = board.today
        within = board.rules.dueSoonWorkingDays
        rules = board.rules
        directives = board.directives.compactMap { directive in
            let tasks = directive.tasks.compactMap { task -> TaskEntry? in
                let (overdue, soon) = Self.toChase(task.leadRows)
                let (cooperatingOverdue, cooperatingSoon) = Self.toChase(task.cooperatingRows)
                guard !overdue.isEmpty || !soon.isEmpty || !cooperatingOverdue.isEmpty || !cooperatingSoon.isEmpty else { return nil }
                return TaskEntry(task: task.task, due: task.due, overdue: overdue, dueSoon: soon, assigned: task.leadRows.count,
                                 cooperating: cooperatingOverdue + cooperatingSoon)
            }
            return tasks.isEmpty ? nil : DirectiveEntry(document: directive.document, tasks: tasks)
        }
    }

    /// Nobody to chase.
    public init(asOf: CalendarDate, rules: StatusRules) {
        self.asOf = asOf
        within = rules.dueSoonWorkingDays
        self.rules = rules
        directives = []
    }

    public var isEmpty: Bool { directives.isEmpty }

    /// Whether anyone is past a due date (what a reminder dispatch is drafted for).
    public var hasOverdue: Bool { directives.contains { !$0.overdueAgencies.isEmpty } }

    /// The rows overdue (most days late first) and due soon (soonest first).
    private static func toChase(_ rows: [StatusBoard.Row]) -> (overdue: [StatusBoard.Row], dueSoon: [StatusBoard.Row]) {
        let overdue = stableSorted(rows.filter { $0.progress.status == .overdue }) {
            ($0.progress.calendarDaysOverdue ?? 0) > ($1.progress.calendarDaysOverdue ?? 0)
        }
        let soon = stableSorted(rows.filter { $0.progress.status == .dueSoon }) {
            ($0.progress.calendarDaysLeft ?? 0) < ($1.progress.calendarDaysLeft ?? 0)
        }
        return (overdue, soon)
    }

    /// "Phối hợp: " — the heading of the cooperating agencies listed apart under a task.
    public static func cooperatingHeading(_ language: Language) -> String {
        language.pick("Cơ quan phối hợp (không tính vào trạng thái nhiệm vụ):", "Cooperating agencies (not counted in the task's status):")
    }

    /// Sorting that keeps the dispatch order among equals.
    private static func stableSorted(_ rows: [StatusBoard.Row], by before: (StatusBoard.Row, StatusBoard.Row) -> Bool) -> [StatusBoard.Row] {
        rows.enumerated().sorted { before($0.element, $1.element) || (!before($1.element, $0.element) && $0.offset < $1.offset) }
            .map(\.element)
    }

    // MARK: - Words

    /// "Cần đôn đốc — Thứ Hai 17/02/2025 · quá hạn, rồi đến hạn trong 3 ngày làm việc".
    public func heading(_ language: Language) -> String {
        language.pick("Cần đôn đốc — ", "To chase — ") + language.longDate(asOf)
            + language.pick(" · quá hạn, rồi đến hạn trong \(within) ngày làm việc",
                            " · overdue, then due within \(within) working days")
    }

    /// What the list says when there is nobody to chase.
    public func nobody(_ language: Language) -> String {
        language.pick("Không có cơ quan nào quá hạn hoặc đến hạn trong \(within) ngày làm việc tính đến \(asOf.vietnamese).",
                      "No agency is overdue or due within \(within) working days as of \(asOf.vietnamese).")
    }

    /// "Nhiệm vụ 1 — trước ngày 15/02/2025 · hạn Thứ Sáu 14/02/2025".
    public static func taskHeading(_ entry: TaskEntry, language l: Language) -> String {
        var line = l.pick("Nhiệm vụ \(entry.task.number)", "Task \(entry.task.number)") + " — "
            + (entry.task.deadline.raw.isEmpty ? l.pick("không có thời hạn", "no deadline") : entry.task.deadline.raw)
        if let due = entry.due { line += l.pick(" · hạn ", " · due ") + l.longDate(due) }
        return line
    }

    /// "quá hạn 3 ngày (1 ngày làm việc) · đã đôn đốc 2 lần, gần nhất 12/02".
    public func note(_ row: StatusBoard.Row, language: Language) -> String {
        var note = StatusReport.countdown(row.progress, language: language)
        if let due = row.assignment.extendedTo { note += language.pick(" (gia hạn đến \(due.vietnamese))", " (extended to \(due.vietnamese))") }
        return note + " · " + Reminder.summary(row.assignment.reminders, asOf: asOf, language: language)
    }

    /// The list as text, for a terminal.
    public func text(_ language: Language) -> String {
        let l = language
        var lines = [heading(l)]
        if isEmpty {
            lines += ["", nobody(l)]
            return lines.joined(separator: "\n") + "\n"
        }
        for directive in directives {
            lines.append("")
            var heading = directive.document.reference.text
            if let date = directive.document.date { heading += l.pick(" ngày ", " of ") + date.vietnamese }
            lines.append(heading + " — " + directive.document.issuer)
            if let subject = directive.document.subject { lines.append("V/v " + subject) }
            for task in directive.tasks {
                lines.append("")
                lines.append(Self.taskHeading(task, language: l))
                let rows = task.overdue + task.dueSoon
                let statusWidth = rows.map { $0.progress.status.label(l).count }.max() ?? 0
                let nameWidth = rows.map { $0.nameWithSuccessors().count }.max() ?? 0
                for row in rows {
                    lines.append("  \(row.progress.status.glyph) " + StatusReport.padded(row.progress.status.label(l), statusWidth) + "  "
                                 + StatusReport.padded(row.nameWithSuccessors(), nameWidth) + "  " + note(row, language: l))
                }
                if !task.cooperating.isEmpty {
                    lines.append("  " + Self.cooperatingHeading(l))
                    for row in task.cooperating {
                        lines.append("    \(row.progress.status.glyph) " + row.progress.status.label(l) + "  "
                                     + row.nameWithSuccessors() + "  " + note(row, language: l))
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The list as Markdown: a table per task (text from the data escaped).
    public func markdown(_ language: Language) -> String {
        let l = language
        var out = ["# " + ConsolidatedReport.inline(heading(l))]
        if isEmpty {
            out += ["", ConsolidatedReport.inline(nobody(l))]
            return out.joined(separator: "\n") + "\n"
        }
        for directive in directives {
            out.append("")
            var heading = "## " + ConsolidatedReport.inline(directive.document.reference.text)
            if let date = directive.document.date { heading += l.pick(" ngày ", " of ") + date.vietnamese }
            out.append(heading)
            if let subject = directive.document.subject { out += ["", "V/v " + ConsolidatedReport.inline(subject)] }
            for task in directive.tasks {
                out += ["", "### " + ConsolidatedReport.inline(Self.taskHeading(task, language: l)), ""]
                out += ConsolidatedReport.table(
                    header: [l.pick("Cơ quan", "Agency"), l.pick("Trạng thái", "Status"), l.pick("Ghi chú", "Note")],
                    rows: (task.overdue + task.dueSoon).map { row in
                        [row.nameWithSuccessors(), row.progress.status.glyph + " " + row.progress.status.label(l), note(row, language: l)]
                    })
                if !task.cooperating.isEmpty {
                    out += ["", ConsolidatedReport.inline(Self.cooperatingHeading(l)), ""]
                    out += ConsolidatedReport.table(
                        header: [l.pick("Cơ quan phối hợp", "Cooperating agency"), l.pick("Trạng thái", "Status"), l.pick("Ghi chú", "Note")],
                        rows: task.cooperating.map { row in
                            [row.nameWithSuccessors(), row.progress.status.glyph + " " + row.progress.status.label(l), note(row, language: l)]
                        })
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
