import Testing
@testable import Tracking

/// Pins down the two readings of a deadline: literal ("trước ngày D" is D−1, never moved) and
/// lenient ("trước ngày D" is D, moved off weekends and holidays), and the monthly occurrence.
@Suite struct DeadlinePolicyTests {
    let calendar = WorkingCalendar.vietnam

    @Test(arguments: [
        // phrase, literal, lenient
        ("trước ngày 15/02/2025", "2025-02-14", "2025-02-17"),   // task 1 of 239: the 15th is a Saturday
        ("trước ngày 20/02/2025", "2025-02-19", "2025-02-20"),   // task 2 of 239: a Thursday
        ("chậm nhất ngày 15/02/2025", "2025-02-15", "2025-02-17"),
        ("đến hết ngày 14/02/2025", "2025-02-14", "2025-02-14"),
        ("trước ngày 25/01/2025", "2025-01-24", "2025-02-03"),   // first day of Tết
        ("trước ngày 26/04/2025", "2025-04-25", "2025-04-26"),   // a worked Saturday
        ("chậm nhất ngày 01/05/2025", "2025-05-01", "2025-05-05"),
        ("trước ngày 01/01/2025", "2024-12-31", "2025-01-02"),
        ("trước ngày 03/03/2025", "2025-03-02", "2025-03-03"),   // literal D−1 is a Sunday and stays one
    ])
    func bothReadings(phrase: String, literal: String, lenient: String) {
        let deadline = Deadline(phrase: phrase)
        #expect(DeadlinePolicy.literal.dueDate(for: deadline, calendar: calendar) == day(literal))
        #expect(DeadlinePolicy.lenient.dueDate(for: deadline, calendar: calendar) == day(lenient))
    }

    @Test(arguments: DeadlinePolicy.allCases)
    func datelessDeadlineHasNoDueDate(policy: DeadlinePolicy) {
        #expect(policy.dueDate(for: Deadline(phrase: "khẩn trương"), calendar: calendar, reference: day("2025-02-12")) == nil)
        // A qualifier that needs a date, given none, yields none.
        #expect(policy.dueDate(for: Deadline(raw: "x", anchor: nil, qualifier: .before), calendar: calendar) == nil)
        #expect(policy.dueDate(for: Deadline(raw: "x", anchor: nil, qualifier: .monthly, dayOfMonth: nil),
                               calendar: calendar, reference: day("2025-02-12")) == nil)
    }

    @Test(arguments: [
        (17, "2025-02-12", "2025-02-17"),
        (17, "2025-02-17", "2025-02-17"),
        (17, "2025-02-18", "2025-03-17"),
        (17, "2025-12-20", "2026-01-17"),
        (31, "2025-02-01", "2025-02-28"),
        (31, "2024-02-10", "2024-02-29"),
        (30, "2025-01-31", "2025-02-28"),
        (31, "2025-04-15", "2025-04-30"),
        (1, "2025-12-02", "2026-01-01"),
    ])
    func monthlyOccurrence(dayOfMonth: Int, reference: String, expected: String) {
        #expect(DeadlinePolicy.monthlyOccurrence(day: dayOfMonth, onOrAfter: day(reference)) == day(expected))
    }

    @Test func monthlyDeadlineNeedsAReferenceAndIsMovedOnlyWhenLenient() {
        let monthly = Deadline(phrase: "chậm nhất ngày 17 hàng tháng")
        #expect(DeadlinePolicy.literal.dueDate(for: monthly, calendar: calendar) == nil)
        // 17/05/2025 is a Saturday.
        #expect(DeadlinePolicy.literal.dueDate(for: monthly, calendar: calendar, reference: day("2025-05-10")) == day("2025-05-17"))
        #expect(DeadlinePolicy.lenient.dueDate(for: monthly, calendar: calendar, reference: day("2025-05-10")) == day("2025-05-19"))
    }

    @Test func lenientFollowsTheCalendarItIsGiven() {
        let plain = WorkingCalendar()
        let deadline = Deadline(phrase: "trước ngày 29/01/2025") // inside Tết
        #expect(DeadlinePolicy.lenient.dueDate(for: deadline, calendar: plain) == day("2025-01-29"))
        #expect(DeadlinePolicy.lenient.dueDate(for: deadline, calendar: calendar) == day("2025-02-03"))
    }

    @Test func rawValues() {
        #expect(DeadlinePolicy(rawValue: "literal") == .literal)
        #expect(DeadlinePolicy(rawValue: "lenient") == .lenient)
        #expect(DeadlinePolicy(rawValue: "Literal") == nil)
    }
}
