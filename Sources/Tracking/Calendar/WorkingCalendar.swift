/// Which days civil servants work: Monday to Friday, less public holidays, plus the Saturdays
/// worked in exchange for a bridged day.
///
/// The schedule is decided by the Government each year, so it is data, not code: the shipped
/// years come from ``HolidaySchedule/shipped`` and a user can add a year with a file of the same
/// format. Years the schedule does not cover are counted as plain Monday–Friday weeks.
public struct WorkingCalendar: Sendable, Equatable {
    /// Days off that fall on weekdays or weekends, with the holiday's name.
    public private(set) var daysOff: [CalendarDate: String] = [:]
    /// Weekend days that are working days, with the reason.
    public private(set) var workingWeekendDays: [CalendarDate: String] = [:]
    /// Years for which the schedule has been given.
    public private(set) var coveredYears: Set<Int> = []
    /// The exceptions to Monday–Friday as sorted day numbers (``CalendarDate/daysSinceEpoch``):
    /// days off that fall on a weekday, and working days that fall on a weekend. Counting
    /// working days is then arithmetic plus two binary searches, whatever the range: 10⁵
    /// countdowns over years of overdue tasks cost microseconds, not a walk over every day.
    private var weekdaysOff: [Int] = []
    private var weekendsWorked: [Int] = []

    public init() {}

    public init(schedule: HolidaySchedule) {
        merge(schedule)
    }

    /// The calendar of the shipped years (2024–2026).
    public static let vietnam = WorkingCalendar(schedule: .shipped)

    /// Adds a schedule; a later schedule's entries replace an earlier one's for the same day.
    public mutating func merge(_ schedule: HolidaySchedule) {
        for entry in schedule.entries {
            for date in entry.dates {
                coveredYears.insert(date.year)
                switch entry.kind {
                case .dayOff:
                    daysOff[date] = entry.name
                    workingWeekendDays[date] = nil
                case .workingDay:
                    workingWeekendDays[date] = entry.name
                    daysOff[date] = nil
                }
            }
        }
        weekdaysOff = daysOff.keys.filter { !$0.isWeekend }.map(\.daysSinceEpoch).sorted()
        weekendsWorked = workingWeekendDays.keys.filter(\.isWeekend).map(\.daysSinceEpoch).sorted()
    }

    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        if workingWeekendDays[date] != nil { return true }
        if daysOff[date] != nil { return false }
        return !date.isWeekend
    }

    /// The holiday's name when `date` is a public day off.
    public func holidayName(on date: CalendarDate) -> String? {
        daysOff[date]
    }

    /// Working days in the closed range `start...end` (0 when `end` is before `start`).
    public func workingDays(from start: CalendarDate, through end: CalendarDate) -> Int {
        guard start <= end else { return 0 }
        let first = start.daysSinceEpoch, last = end.daysSinceEpoch
        return Self.weekdays(from: first, through: last)
            - Self.count(weekdaysOff, from: first, through: last)
            + Self.count(weekendsWorked, from: first, through: last)
    }

    /// Mondays to Fridays in the closed range of day numbers.
    static func weekdays(from first: Int, through last: Int) -> Int {
        let days = last - first + 1
        var count = days / 7 * 5
        // ISO weekday of the first day left over (1970-01-01, day 0, was a Thursday: 4).
        var weekday = ((first + days / 7 * 7 + 3) % 7 + 7) % 7 + 1
        for _ in 0..<(days % 7) {
            if weekday <= 5 { count += 1 }
            weekday = weekday % 7 + 1
        }
        return count
    }

    /// How many of the sorted `days` lie in the closed range.
    static func count(_ days: [Int], from first: Int, through last: Int) -> Int {
        func lowerBound(_ value: Int) -> Int {
            var low = 0, high = days.count
            while low < high {
                let middle = (low + high) / 2
                if days[middle] < value { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return lowerBound(last + 1) - lowerBound(first)
    }

    /// Working days strictly after `start` up to and including `end`: the countdown from
    /// today to a due date ("còn 2 ngày làm việc" on Wednesday for a Friday deadline).
    public func workingDays(after start: CalendarDate, through end: CalendarDate) -> Int {
        workingDays(from: start.adding(days: 1), through: end)
    }

    /// `date` itself when it is a working day, otherwise the next working day.
    public func workingDay(onOrAfter date: CalendarDate) -> CalendarDate {
        var candidate = date
        // A year has far fewer than 60 consecutive days off; the bound only guards bad data.
        for _ in 0..<60 where !isWorkingDay(candidate) {
            candidate = candidate.adding(days: 1)
        }
        return candidate
    }

    /// The working day `count` working days after `date` ("3 ngày làm việc" from Monday 17/02/2025
    /// is Thursday 20/02/2025; from Friday 24/01/2025, across Tết, Wednesday 05/02/2025).
    public func adding(workingDays count: Int, to date: CalendarDate) -> CalendarDate {
        var day = date
        var left = max(0, count)
        // Bounded like ``workingDay(onOrAfter:)``: bad data cannot loop for ever.
        var guardDays = 60 + 2 * left
        while left > 0, guardDays > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
            guardDays -= 1
        }
        return day
    }
}
