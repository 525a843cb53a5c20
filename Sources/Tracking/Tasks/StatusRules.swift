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
        if deadline.qualifier == .monthly, extendedTo == nil {
            // Without the task's start, only the current period is known to be owed.
            return monthlyProgress(deadline: deadline, submissions: firstSubmission.map { [$0] } ?? [], since: today, today: today)
        }
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

extension StatusRules {
    /// A monthly deadline ("chậm nhất ngày 17 hàng tháng") is a series of periods: each ends on
    /// its due day, and a report counts for the period it falls in. The status is that of the
    /// period that ended last, when it went unreported (overdue), else that of the current one.
    ///
    /// - Parameters:
    ///   - submissions: the days of every submission (all revisions), in any order.
    ///   - since: the day the task was given (the directive's date); periods that ended before
    ///     it owed nothing.
    public func monthlyProgress(deadline: Deadline, submissions: [CalendarDate], since: CalendarDate?,
                                today: CalendarDate) -> AssignmentProgress {
        guard deadline.dayOfMonth != nil else { return AssignmentProgress(status: .noDeadline, due: nil) }
        func due(monthsFromNow offset: Int) -> CalendarDate {
            var year = today.year, month = today.month + offset
            while month < 1 { month += 12; year -= 1 }
            while month > 12 { month -= 12; year += 1 }
            return policy.dueDate(for: deadline, calendar: calendar, reference: CalendarDate(year: year, month: month, day: 1)!) ?? today
        }
        // The last due day before today ends the last period; the next one (today included) ends the current.
        let thisMonth = due(monthsFromNow: 0)
        let (previousDue, earlierDue, nextDue) = thisMonth < today
            ? (thisMonth, due(monthsFromNow: -1), due(monthsFromNow: 1))
            : (due(monthsFromNow: -1), due(monthsFromNow: -2), thisMonth)
        if since.map({ $0 <= previousDue }) ?? true {
            let reported = submissions.contains { $0 > earlierDue && $0 <= previousDue }
            if !reported {
                var progress = AssignmentProgress(status: .overdue, due: previousDue)
                progress.calendarDaysOverdue = previousDue.days(to: today)
                progress.workingDaysOverdue = calendar.workingDays(after: previousDue, through: today)
                return progress
            }
        }
        if let current = submissions.filter({ $0 > previousDue && $0 <= today }).min() {
            return AssignmentProgress(status: .doneOnTime, due: nextDue, submittedOn: current)
        }
        var progress = AssignmentProgress(status: .pending, due: nextDue)
        let left = calendar.workingDays(after: today, through: nextDue)
        progress.workingDaysLeft = left
        progress.calendarDaysLeft = today.days(to: nextDue)
        progress.status = left <= dueSoonWorkingDays ? .dueSoon : .pending
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
