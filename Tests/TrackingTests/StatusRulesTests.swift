import Testing
@testable import Tracking

/// Pins down how a deadline, a first submission and today become a status and a countdown:
/// pending / due soon (N working days, today included) / overdue, done on time or late by the
/// first submission, extensions, dateless and monthly deadlines, under both policies.
@Suite struct StatusRulesTests {
    let task1 = Deadline(phrase: "trước ngày 15/02/2025")
    let literal = StatusRules()
    let lenient = StatusRules(policy: .lenient)

    @Test func defaults() {
        #expect(literal.policy == .literal)
        #expect(literal.dueSoonWorkingDays == 3)
        #expect(literal.calendar == .vietnam)
    }

    @Test(arguments: [
        // today, status, working days left, calendar days left — task 1 is due Friday 14/02 (literal)
        ("2025-01-17", AssignmentStatus.pending, 15, 28),
        ("2025-01-20", .pending, 14, 25),
        ("2025-02-08", .pending, 5, 6),
        ("2025-02-10", .pending, 4, 4),
        ("2025-02-11", .dueSoon, 3, 3),
        ("2025-02-12", .dueSoon, 2, 2),
        ("2025-02-14", .dueSoon, 0, 0),
    ])
    func notYetDue(today: String, status: AssignmentStatus, workingLeft: Int, calendarLeft: Int) {
        let progress = literal.progress(deadline: task1, firstSubmission: nil, today: day(today))
        #expect(progress.status == status)
        #expect(progress.due == day("2025-02-14"))
        #expect(progress.workingDaysLeft == workingLeft)
        #expect(progress.calendarDaysLeft == calendarLeft)
        #expect(progress.calendarDaysOverdue == nil && progress.workingDaysOverdue == nil)
        #expect(progress.submittedOn == nil)
    }

    @Test(arguments: [
        ("2025-02-15", 1, 0),
        ("2025-02-17", 3, 1),
        ("2025-02-24", 10, 6),
    ])
    func overdue(today: String, calendarDays: Int, workingDays: Int) {
        let progress = literal.progress(deadline: task1, firstSubmission: nil, today: day(today))
        #expect(progress.status == .overdue)
        #expect(progress.calendarDaysOverdue == calendarDays)
        #expect(progress.workingDaysOverdue == workingDays)
        #expect(progress.workingDaysLeft == nil && progress.calendarDaysLeft == nil)
    }

    @Test func lenientReadingMovesTask1ToMonday() {
        let friday = lenient.progress(deadline: task1, firstSubmission: nil, today: day("2025-02-14"))
        #expect(friday.due == day("2025-02-17"))
        #expect(friday.status == .dueSoon)
        #expect(friday.workingDaysLeft == 1 && friday.calendarDaysLeft == 3)
        let saturday = lenient.progress(deadline: task1, firstSubmission: nil, today: day("2025-02-15"))
        #expect(saturday.status == .dueSoon)
        let monday = lenient.progress(deadline: task1, firstSubmission: nil, today: day("2025-02-17"))
        #expect(monday.status == .dueSoon && monday.workingDaysLeft == 0 && monday.calendarDaysLeft == 0)
        let tuesday = lenient.progress(deadline: task1, firstSubmission: nil, today: day("2025-02-18"))
        #expect(tuesday.status == .overdue && tuesday.calendarDaysOverdue == 1 && tuesday.workingDaysOverdue == 1)
    }

    @Test(arguments: [
        // submitted, literal status, lenient status
        ("2025-02-12", AssignmentStatus.doneOnTime, AssignmentStatus.doneOnTime),
        ("2025-02-14", .doneOnTime, .doneOnTime),
        ("2025-02-15", .doneLate, .doneOnTime),
        ("2025-02-17", .doneLate, .doneOnTime),
        ("2025-02-18", .doneLate, .doneLate),
    ])
    func timelinessOfTheFirstSubmission(submitted: String, literalStatus: AssignmentStatus, lenientStatus: AssignmentStatus) {
        for (rules, expected) in [(literal, literalStatus), (lenient, lenientStatus)] {
            let progress = rules.progress(deadline: task1, firstSubmission: day(submitted), today: day("2025-03-03"))
            #expect(progress.status == expected)
            #expect(progress.submittedOn == day(submitted))
            #expect(progress.workingDaysLeft == nil && progress.calendarDaysOverdue == nil)
        }
    }

    @Test func dueSoonThresholdIsConfigurable() {
        let strict = StatusRules(dueSoonWorkingDays: 0)
        #expect(strict.progress(deadline: task1, firstSubmission: nil, today: day("2025-02-13")).status == .pending)
        #expect(strict.progress(deadline: task1, firstSubmission: nil, today: day("2025-02-14")).status == .dueSoon)
        let relaxed = StatusRules(dueSoonWorkingDays: 5)
        #expect(relaxed.progress(deadline: task1, firstSubmission: nil, today: day("2025-02-07")).status == .dueSoon)
        #expect(relaxed.progress(deadline: task1, firstSubmission: nil, today: day("2025-02-06")).status == .pending)
    }

    @Test func anExtensionReplacesThePolicysDueDate() {
        let extended = day("2025-02-28")
        let overdueWithout = literal.progress(deadline: task1, firstSubmission: nil, today: day("2025-02-24"))
        #expect(overdueWithout.status == .overdue)
        let pending = literal.progress(deadline: task1, extendedTo: extended, firstSubmission: nil, today: day("2025-02-24"))
        #expect(pending.status == .pending && pending.due == extended && pending.workingDaysLeft == 4)
        let soon = literal.progress(deadline: task1, extendedTo: extended, firstSubmission: nil, today: day("2025-02-25"))
        #expect(soon.status == .dueSoon && soon.workingDaysLeft == 3)
        let done = literal.progress(deadline: task1, extendedTo: extended, firstSubmission: day("2025-02-20"), today: day("2025-03-03"))
        #expect(done.status == .doneOnTime)
        // The extension is not moved by the lenient reading, nor shortened by the literal one.
        let lenientLate = lenient.progress(deadline: task1, extendedTo: day("2025-02-15"), firstSubmission: day("2025-02-17"), today: day("2025-03-03"))
        #expect(lenientLate.status == .doneLate)
    }

    @Test func datelessDeadline() {
        let urgent = Deadline(phrase: "khẩn trương")
        let open = literal.progress(deadline: urgent, firstSubmission: nil, today: day("2025-02-12"))
        #expect(open.status == .noDeadline && open.due == nil)
        #expect(open.workingDaysLeft == nil && open.calendarDaysOverdue == nil)
        let done = literal.progress(deadline: urgent, firstSubmission: day("2025-02-10"), today: day("2025-02-12"))
        #expect(done.status == .doneOnTime && done.submittedOn == day("2025-02-10"))
    }

    @Test func monthlyDeadlineCountsToTheNextOccurrence() {
        let monthly = Deadline(phrase: "chậm nhất ngày 17 hàng tháng")
        let dueToday = literal.progress(deadline: monthly, firstSubmission: nil, today: day("2025-03-17"))
        #expect(dueToday.status == .dueSoon && dueToday.due == day("2025-03-17") && dueToday.calendarDaysLeft == 0)
        let nextMonth = literal.progress(deadline: monthly, firstSubmission: nil, today: day("2025-03-18"))
        #expect(nextMonth.status == .pending && nextMonth.due == day("2025-04-17"))
    }
}
