import Testing
@testable import Tracking

/// "chậm nhất ngày 17 hàng tháng": every month is a period of its own.
@Suite struct MonthlyDeadlineTests {
    let deadline = Deadline(phrase: "chậm nhất ngày 17 hàng tháng")
    let rules = StatusRules(policy: .literal, calendar: .vietnam)
    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test func aMissedMonthIsOverdueUntilReported() {
        let progress = rules.monthlyProgress(deadline: deadline, submissions: [day("2025-01-15")], since: day("2024-12-01"), today: day("2025-02-20"))
        #expect(progress.status == .overdue)
        #expect(progress.due == day("2025-02-17"))
        #expect(progress.calendarDaysOverdue == 3)
    }

    @Test func thisMonthsReportMakesItDone() {
        let submissions = [day("2025-01-15"), day("2025-02-14")]
        #expect(rules.monthlyProgress(deadline: deadline, submissions: submissions, since: day("2024-12-01"), today: day("2025-02-16")).status == .doneOnTime)
        // After the 17th, February's report covered the period that ended; March's is pending.
        let after = rules.monthlyProgress(deadline: deadline, submissions: submissions, since: day("2024-12-01"), today: day("2025-02-20"))
        #expect(after.status == .pending)
        #expect(after.due == day("2025-03-17"))
    }

    @Test func periodsBeforeTheTaskWasGivenOweNothing() {
        let progress = rules.monthlyProgress(deadline: deadline, submissions: [], since: day("2025-02-18"), today: day("2025-02-20"))
        #expect(progress.status == .pending)
        #expect(progress.due == day("2025-03-17"))
    }

    @Test func dueSoonNearTheDay() {
        let progress = rules.monthlyProgress(deadline: deadline, submissions: [day("2025-01-10")], since: day("2024-12-01"), today: day("2025-02-14"))
        #expect(progress.status == .dueSoon)
        #expect(progress.workingDaysLeft == 1)
    }
}
