import Testing
@testable import Tracking

/// Pins down `WorkingCalendar`: Monday–Friday less the shipped holidays plus swapped Saturdays,
/// the countdown counts, the next working day, and how a later schedule overrides a day.
@Suite struct WorkingCalendarTests {
    let vietnam = WorkingCalendar.vietnam

    @Test func fifteenWorkingDaysFromTheTwentiethOfJanuaryToTheDeadline() {
        // Tết (25/01–02/02/2025) takes the week of 27–31/01.
        #expect(vietnam.workingDays(from: day("20/01/2025"), through: day("14/02/2025")) == 15)
        #expect(WorkingCalendar().workingDays(from: day("20/01/2025"), through: day("14/02/2025")) == 20)
    }

    @Test(arguments: [
        ("2025-01-24", true),  // Friday before Tết
        ("2025-01-27", false), ("2025-01-31", false), // Tết weekdays
        ("2025-02-03", true),  // Monday after Tết
        ("2025-02-15", false), ("2025-02-16", false), // weekend
        ("2025-04-07", false), // Giỗ Tổ Hùng Vương (Monday)
        ("2025-04-26", true),  // Saturday worked for 02/05
        ("2025-04-19", false), // an ordinary Saturday
        ("2025-05-02", false), ("2025-05-05", true),
        ("2025-09-02", false), ("2024-05-04", true),
        ("2030-01-01", true),  // a year the schedule does not cover: plain Monday–Friday
    ])
    func workingDaysOfTheShippedCalendar(iso: String, working: Bool) {
        #expect(vietnam.isWorkingDay(day(iso)) == working)
    }

    @Test func holidayNames() {
        #expect(vietnam.holidayName(on: day("29/01/2025")) == "Tết Nguyên đán Ất Tỵ")
        #expect(vietnam.holidayName(on: day("25/01/2025")) == "Tết Nguyên đán Ất Tỵ") // a Saturday inside the range
        #expect(vietnam.holidayName(on: day("26/04/2025")) == nil)
        #expect(vietnam.holidayName(on: day("14/02/2025")) == nil)
        #expect(vietnam.workingWeekendDays[day("26/04/2025")] == "Làm bù cho ngày 02/05/2025")
        #expect(vietnam.coveredYears == [2024, 2025, 2026])
    }

    @Test func countdownFromTodayExcludesToday() {
        // Wednesday → Friday: "còn 2 ngày làm việc".
        #expect(vietnam.workingDays(after: day("12/02/2025"), through: day("14/02/2025")) == 2)
        #expect(vietnam.workingDays(after: day("14/02/2025"), through: day("14/02/2025")) == 0)
        #expect(vietnam.workingDays(after: day("14/02/2025"), through: day("17/02/2025")) == 1)
        #expect(vietnam.workingDays(after: day("24/01/2025"), through: day("03/02/2025")) == 1)
    }

    @Test func closedRangeCounts() {
        #expect(vietnam.workingDays(from: day("14/02/2025"), through: day("14/02/2025")) == 1)
        #expect(vietnam.workingDays(from: day("15/02/2025"), through: day("16/02/2025")) == 0)
        #expect(vietnam.workingDays(from: day("17/02/2025"), through: day("14/02/2025")) == 0)
        // 21–27/04/2025: Monday–Friday plus the worked Saturday.
        #expect(vietnam.workingDays(from: day("21/04/2025"), through: day("27/04/2025")) == 6)
    }

    @Test(arguments: [
        ("2025-02-14", "2025-02-14"), ("2025-02-15", "2025-02-17"), ("2025-02-16", "2025-02-17"),
        ("2025-01-25", "2025-02-03"), ("2025-04-30", "2025-05-05"), ("2025-04-26", "2025-04-26"),
        ("2024-12-31", "2024-12-31"), ("2025-01-01", "2025-01-02"),
    ])
    func nextWorkingDay(from: String, expected: String) {
        #expect(vietnam.workingDay(onOrAfter: day(from)) == day(expected))
    }

    @Test func aLaterScheduleOverridesADay() throws {
        var calendar = WorkingCalendar.vietnam
        let user = try HolidaySchedule(parsing: """
            làm  2025-01-31       Làm việc trực Tết
            nghỉ 2025-04-26       Không làm bù
            nghỉ 2025-02-14       Nghỉ riêng của tỉnh
            """)
        calendar.merge(user)
        #expect(calendar.isWorkingDay(day("31/01/2025")))
        #expect(calendar.holidayName(on: day("31/01/2025")) == nil)
        #expect(!calendar.isWorkingDay(day("26/04/2025")))
        #expect(calendar.holidayName(on: day("26/04/2025")) == "Không làm bù")
        #expect(calendar.workingWeekendDays[day("26/04/2025")] == nil)
        #expect(calendar.holidayName(on: day("14/02/2025")) == "Nghỉ riêng của tỉnh")
        // 31/01 gained, 14/02 lost.
        #expect(calendar.workingDays(from: day("20/01/2025"), through: day("14/02/2025")) == 15)
        #expect(calendar.workingDays(from: day("20/01/2025"), through: day("13/02/2025")) == 15)
        // The shipped calendar itself is untouched.
        #expect(!WorkingCalendar.vietnam.isWorkingDay(day("31/01/2025")))
        #expect(calendar != WorkingCalendar.vietnam)
    }

    @Test func mergingANewYearCoversIt() throws {
        var calendar = WorkingCalendar.vietnam
        calendar.merge(try HolidaySchedule(parsing: "nghỉ 2027-02-05..2027-02-11 Tết Nguyên đán\nlàm 2027-02-20 Làm bù"))
        #expect(calendar.coveredYears.contains(2027))
        #expect(!calendar.isWorkingDay(day("08/02/2027")))
        #expect(calendar.isWorkingDay(day("20/02/2027")))
        #expect(calendar.workingDay(onOrAfter: day("05/02/2027")) == day("12/02/2027"))
    }
}

/// The arithmetic count of working days agrees with walking the days one by one.
@Suite struct WorkingDayCountTests {
    @Test func countsAgreeWithADayByDayWalkOverTheShippedYears() {
        let calendar = WorkingCalendar.vietnam
        func walk(_ start: CalendarDate, _ end: CalendarDate) -> Int {
            var count = 0, day = start
            while day <= end {
                if calendar.isWorkingDay(day) { count += 1 }
                day = day.adding(days: 1)
            }
            return count
        }
        let origin = CalendarDate(iso: "2023-12-20")!
        // Every start in three years' time, ranges of 0 to 400 days (a seeded walk).
        var seed: UInt64 = 239
        for offset in stride(from: 0, to: 3 * 366, by: 3) {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let start = origin.adding(days: offset)
            let end = start.adding(days: Int(seed >> 33) % 400)
            #expect(calendar.workingDays(from: start, through: end) == walk(start, end), "\(start.iso)…\(end.iso)")
        }
        #expect(calendar.workingDays(from: CalendarDate(iso: "2025-02-10")!, through: CalendarDate(iso: "2025-02-09")!) == 0)
    }
}
