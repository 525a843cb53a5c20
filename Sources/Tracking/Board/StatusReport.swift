/// `theodoi status` in its two forms: a readable table for people (and for terminals that
/// cannot draw the dashboard) and the JSON of SPEC §4 for scripts.
public struct StatusReport: Sendable {
    public var board: StatusBoard
    public var language: Language

    public init(board: StatusBoard, language: Language) {
        self.board = board
        self.language = language
    }

    // MARK: - Countdown words

    /// "còn 2 ngày làm việc (2 ngày)", "hạn hôm nay", "quá hạn 3 ngày", "nộp 12/02/2025".
    public static func countdown(_ progress: AssignmentProgress, revision: Int = 1, language: Language) -> String {
        let l = language
        switch progress.status {
        case .doneOnTime, .doneLate:
            let on = progress.submittedOn.map(\.vietnamese) ?? "?"
            let revisions = revision > 1 ? l.pick(" (lần \(revision))", " (revision \(revision))") : ""
            return l.pick("nộp \(on)", "submitted \(on)") + revisions
        case .overdue:
            let days = progress.calendarDaysOverdue ?? 0, working = progress.workingDaysOverdue ?? 0
            return l.pick("quá hạn \(days) ngày (\(working) ngày làm việc)", "overdue \(days) days (\(working) working days)")
        case .pending, .dueSoon:
            let working = progress.workingDaysLeft ?? 0, days = progress.calendarDaysLeft ?? 0
            if days == 0 { return l.pick("hạn hôm nay", "due today") }
            return l.pick("còn \(working) ngày làm việc (\(days) ngày)", "\(working) working days left (\(days) days)")
        case .noDeadline:
            return l.pick("chưa báo cáo", "not reported")
        }
    }

    // MARK: - Text

    public func text() -> String {
        ([textHeader()] + directiveLines()).joined(separator: "\n") + "\n"
    }

    /// The first line of the text: today and the deadline reading.
    public func textHeader() -> String {
        language.pick("Hôm nay: ", "Today: ") + language.longDate(board.today)
            + language.pick(" · cách tính hạn: ", " · deadline reading: ") + policyName(board.rules.policy)
    }

    /// The text's lines for the board's directives (each starts with a blank line): what a
    /// caller walking the store chunk by chunk prints after ``textHeader()``.
    public func directiveLines() -> [String] {
        let l = language
        var lines: [String] = []
        for directive in board.directives {
            let document = directive.document
            lines.append("")
            var heading = document.reference.text
            if let date = document.date { heading += l.pick(" ngày ", " of ") + date.vietnamese }
            heading += " — " + document.issuer
            lines.append(heading)
            if let subject = document.subject { lines.append("V/v " + subject) }
            for task in directive.tasks {
                lines.append("")
                lines.append(l.pick("Nhiệm vụ \(task.task.number) (mã \(task.task.id))", "Task \(task.task.number) (id \(task.task.id))")
                             + " — " + (task.task.deadline.raw.isEmpty ? l.pick("không có thời hạn", "no deadline") : task.task.deadline.raw))
                if let due = task.due {
                    var line = l.pick("  Hạn: ", "  Due: ") + l.longDate(due)
                    if let other = task.dueUnderOtherPolicy {
                        line += " (" + policyName(board.rules.policy == .literal ? .lenient : .literal) + ": " + l.longDate(other) + ")"
                    }
                    lines.append(line)
                }
                // The counts are the leads' (the task's status); cooperating agencies are tagged.
                let done = task.leadRows.filter { $0.progress.status.isDone }.count
                let counts = AssignmentStatus.allCases.compactMap { status in
                    task.counts[status].map { "\(status.glyph) \(status.label(l)) \($0)" }
                }
                let leads = task.leadRows.count
                lines.append(l.pick("  Đã báo cáo \(done)/\(leads)", "  Reported \(done)/\(leads)")
                             + (counts.isEmpty ? "" : " · " + counts.joined(separator: " · ")))
                let statusWidth = task.rows.map { $0.progress.status.label(l).count }.max() ?? 0
                let nameWidth = task.rows.map { Self.taggedName($0, language: l).count }.max() ?? 0
                for row in task.rows {
                    let status = row.progress.status
                    lines.append("  \(status.glyph) " + Self.padded(status.label(l), statusWidth) + "  "
                                 + Self.padded(Self.taggedName(row, language: l), nameWidth) + "  "
                                 + Self.countdown(row.progress, revision: row.assignment.latestRevision, language: l)
                                 + (row.reportedBy.map { l.pick(" (bởi \($0.name))", " (by \($0.name))") } ?? ""))
                }
                if !task.cooperatingLate.isEmpty {
                    lines.append(l.pick("  Phối hợp quá hạn (không tính vào trạng thái nhiệm vụ): ",
                                        "  Cooperating agencies overdue (not counted in the task's status): ")
                                 + task.cooperatingLate.map(\.agency.name).joined(separator: ", "))
                }
            }
        }
        return lines
    }

    /// The agency's name, with "(phối hợp)" after a cooperating one's.
    static func taggedName(_ row: StatusBoard.Row, language: Language) -> String {
        row.assignment.role == .lead ? row.agency.name : row.agency.name + " (" + row.assignment.role.label(language) + ")"
    }

    private func policyName(_ policy: DeadlinePolicy) -> String {
        policy.label(language)
    }

    /// Pads to a column count; every character of Vietnamese in NFC is one column wide.
    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    // MARK: - JSON

    public func json() -> JSONValue {
        .orderedObject([
            ("today", .string(board.today.iso)),
            ("policy", .string(board.rules.policy.rawValue)),
            ("directives", .array(directivesJSON())),
        ])
    }

    /// The elements of `directives` in ``json()``.
    public func directivesJSON() -> [JSONValue] {
        board.directives.map { directive in
            .orderedObject([
                ("reference", .string(directive.document.reference.text)),
                ("date", directive.document.date.map { .string($0.iso) } ?? .null),
                ("subject", directive.document.subject.map(JSONValue.string) ?? .null),
                ("tasks", .array(directive.tasks.map(taskJSON))),
                ("areas", .array(directive.areaNames.map(JSONValue.string))),
            ])
        }
    }

    private func taskJSON(_ task: StatusBoard.TaskBoard) -> JSONValue {
        let otherPolicy: DeadlinePolicy = board.rules.policy == .literal ? .lenient : .literal
        let otherDue = task.dueUnderOtherPolicy ?? task.due
        return .orderedObject([
            ("id", .string(task.task.id)),
            ("number", .string(task.task.number)),
            ("due", task.due.map { .string($0.iso) } ?? .null),
            ("due_\(otherPolicy.rawValue)", otherDue.map { .string($0.iso) } ?? .null),
            ("deadline_raw", .string(task.task.deadline.raw)),
            ("deadline_date", task.task.deadline.anchor.map { .string($0.iso) } ?? .null),
            ("deadline_qualifier", .string(task.task.deadline.qualifier.rawValue)),
            ("consolidates", .array(task.task.consolidates.map(JSONValue.string))),
            ("assignments", .array(task.rows.map { row in
                let progress = row.progress
                return .orderedObject([
                    ("agency", .string(row.agency.name)),
                    ("agency_id", .string(row.agency.id)),
                    ("role", .string(row.assignment.role.rawValue)),
                    ("status", .string(progress.status.rawValue)),
                    ("status_label", .string(progress.status.label(language))),
                    ("due", progress.due.map { .string($0.iso) } ?? .null),
                    ("working_days_left", progress.workingDaysLeft.map(JSONValue.integer) ?? .null),
                    ("calendar_days_left", progress.calendarDaysLeft.map(JSONValue.integer) ?? .null),
                    ("days_overdue", progress.calendarDaysOverdue.map(JSONValue.integer) ?? .null),
                    ("working_days_overdue", progress.workingDaysOverdue.map(JSONValue.integer) ?? .null),
                    ("submitted_at", row.assignment.firstSubmittedAt.map(JSONValue.string) ?? .null),
                    ("revision", .integer(row.assignment.latestRevision)),
                    ("reported_by", row.reportedBy.map { .string($0.id) } ?? .null),
                    ("reminders", .array(row.assignment.reminders.map { reminder in
                        .orderedObject([
                            ("reference", .string(reminder.reference)),
                            ("date", .string(reminder.sentOn.iso)),
                            ("asked_by", reminder.askedBy.map { .string($0.iso) } ?? .null),
                        ])
                    })),
                ])
            })),
        ])
    }
}
