/// How a deadline phrase becomes a due date.
///
/// - ``literal`` (the default) reads the words: "trước ngày D" is due at the end of D−1;
///   "chậm nhất ngày D" and "đến hết ngày D" at the end of D.
/// - ``lenient`` reads them as many offices do and as the Civil Code (art. 148) treats periods:
///   "trước ngày D" means D, and a due date on a weekend or holiday moves to the next working day.
///
/// 239/UBND-NN.TN's "trước ngày 15/02/2025" is Friday 14/02 under `literal` and Monday 17/02
/// under `lenient` (the 15th is a Saturday); screens show both when they differ.
public enum DeadlinePolicy: String, Sendable, CaseIterable, Codable {
    case literal
    case lenient

    /// "theo câu chữ" / "cách hiểu rộng".
    public func label(_ language: Language) -> String {
        switch self {
        case .literal: language.pick("theo câu chữ", "literal")
        case .lenient: language.pick("cách hiểu rộng", "lenient")
        }
    }

    /// The due date for `deadline`; for a monthly deadline, the first occurrence on or after
    /// `reference`. Nil when the deadline has no date.
    public func dueDate(for deadline: Deadline, calendar: WorkingCalendar, reference: CalendarDate? = nil) -> CalendarDate? {
        switch deadline.qualifier {
        case .none:
            return nil
        case .monthly:
            guard let day = deadline.dayOfMonth, let reference else { return nil }
            let due = Self.monthlyOccurrence(day: day, onOrAfter: reference)
            return self == .lenient ? calendar.workingDay(onOrAfter: due) : due
        case .before:
            guard let anchor = deadline.anchor else { return nil }
            return self == .literal ? anchor.adding(days: -1) : calendar.workingDay(onOrAfter: anchor)
        case .noLaterThan:
            guard let anchor = deadline.anchor else { return nil }
            return self == .literal ? anchor : calendar.workingDay(onOrAfter: anchor)
        }
    }

    /// The day-`day` of the month of `date`, or of the next month when that has passed; clamped
    /// to the month's length ("ngày 31" in February is its last day).
    static func monthlyOccurrence(day: Int, onOrAfter date: CalendarDate) -> CalendarDate {
        func occurrence(year: Int, month: Int) -> CalendarDate {
            let clamped = min(day, CalendarDate.daysInMonth(month, of: year))
            return CalendarDate(year: year, month: month, day: clamped)!
        }
        let thisMonth = occurrence(year: date.year, month: date.month)
        if thisMonth >= date { return thisMonth }
        return date.month == 12 ? occurrence(year: date.year + 1, month: 1) : occurrence(year: date.year, month: date.month + 1)
    }
}
