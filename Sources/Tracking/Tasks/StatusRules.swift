/// The rules that turn a deadline, a first submission and today into an ``AssignmentProgress``:
/// the due-date policy, the working-day calendar and how near is "due soon".
public struct StatusRules: Sendable, Equatable {
    public var policy: DeadlinePolicy
    public var calendar: WorkingCalendar
    /// Not reported and due within this many working days (today counts) is ``AssignmentStatus/dueSoon``.
    public var dueSoonWorkingDays: Int

    public init(policy: DeadlinePolicy = .literal, calendar: WorkingCalendar = .vietnam, dueSoonWorkingDays: Int = 3) {
        self.policy = policy
        self.calendar = calendar
        self.dueSoonWorkingDays = dueSoonWorkingDays
    }

    /// - Parameters:
    ///   - deadline: the task's deadline as written.
    ///   - extendedTo: the due date granted by the latest extension, which replaces the policy's
    ///     reading (the original deadline is kept for display).
    ///   - firstSubmission: the day the agency first reported, if it has; later revisions do not
    ///     change timeliness.
    public func progress(
        deadline: Deadline,
        extendedTo: CalendarDate? = nil,
        firstSubmission: CalendarDate?,
        today: CalendarDate
    ) -> AssignmentProgress {
        let due = extendedTo ?? policy.dueDate(for: deadline, calendar: calendar, reference: firstSubmission ?? today)
        var progress = AssignmentProgress(status: .noDeadline, due: due, submittedOn: firstSubmission)
        if let submitted = firstSubmission {
            progress.status = due.map { submitted <= $0 ? .doneOnTime : .doneLate } ?? .doneOnTime
            return progress
        }
        guard let due else { return progress }
        if today > due {
            progress.status = .overdue
            progress.calendarDaysOverdue = due.days(to: today)
            progress.workingDaysOverdue = calendar.workingDays(after: due, through: today)
        } else {
            let left = calendar.workingDays(after: today, through: due)
            progress.workingDaysLeft = left
            progress.calendarDaysLeft = today.days(to: due)
            progress.status = left <= dueSoonWorkingDays ? .dueSoon : .pending
        }
        return progress
    }
}

/// The outcome of ``StatusRules/progress(deadline:extendedTo:firstSubmission:today:)``.
public struct AssignmentProgress: Sendable, Equatable {
    public var status: AssignmentStatus
    public var due: CalendarDate?
    public var submittedOn: CalendarDate?
    /// Working days after today up to the due date (0 when due today); nil once reported or overdue.
    public var workingDaysLeft: Int?
    public var calendarDaysLeft: Int?
    /// Days past the due date while still not reported.
    public var calendarDaysOverdue: Int?
    public var workingDaysOverdue: Int?

    public init(status: AssignmentStatus, due: CalendarDate?, submittedOn: CalendarDate? = nil) {
        self.status = status
        self.due = due
        self.submittedOn = submittedOn
    }
}
