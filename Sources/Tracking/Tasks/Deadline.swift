/// A deadline as the dispatch wrote it: the raw phrase, the date it names and how it qualifies
/// that date. The due date is not stored here: it depends on a ``DeadlinePolicy``, because
/// no rule says whether "trước ngày 15/02/2025" ends on the 14th or the 15th.
public struct Deadline: Hashable, Sendable {
    /// How the phrase relates the due date to the anchor date.
    public enum Qualifier: String, Hashable, Sendable, CaseIterable {
        /// "trước ngày D", "chậm nhất trước ngày D": literally due at the end of D−1.
        case before
        /// "chậm nhất ngày D", "đến hết ngày D", "hạn D": due at the end of D.
        case noLaterThan = "no_later_than"
        /// "chậm nhất ngày 17 hàng tháng": due on that day of every month.
        case monthly
        /// "khẩn trương", "kịp thời", "theo quy định": no date at all.
        case none
    }

    /// The phrase as written, e.g. "trước ngày 15/02/2025".
    public var raw: String
    /// The date written in the phrase; nil when there is none.
    public var anchor: CalendarDate?
    public var qualifier: Qualifier
    /// For ``Qualifier/monthly``: the day of the month.
    public var dayOfMonth: Int?

    public init(raw: String, anchor: CalendarDate?, qualifier: Qualifier, dayOfMonth: Int? = nil) {
        self.raw = VietnameseText.normalized(raw)
        self.anchor = anchor
        self.qualifier = qualifier
        self.dayOfMonth = dayOfMonth
    }

    /// A task with no date ("khẩn trương").
    public static func none(raw: String = "") -> Deadline {
        Deadline(raw: raw, anchor: nil, qualifier: .none)
    }

    /// Reads the qualifier and the date out of a deadline phrase. Returns a dateless deadline
    /// when the phrase names no date, or a date that does not exist ("29/02/2025"); never
    /// invents one. `year` completes a date written without one ("trước 30/6"): the
    /// dispatch's own year. A month, quarter or year is due at its last day, with no "trước"
    /// reading (issue 10; FACTS.md, "Deadlines").
    public init(phrase: String, year: Int? = nil) {
        let raw = VietnameseText.normalized(phrase).trimmingWhitespace()
        let folded = VietnameseText.fold(raw)
        if let day = Self.monthlyDay(in: folded) {
            self.init(raw: raw, anchor: nil, qualifier: .monthly, dayOfMonth: day)
            return
        }
        let reading = DeadlinePhraseReader(phrase: raw, year: year).read()
        guard let date = reading.anchor else {
            self.init(raw: raw, anchor: nil, qualifier: .none)
            return
        }
        self.init(raw: raw, anchor: date, qualifier: reading.granularity == .day && reading.before ? .before : .noLaterThan)
    }

    /// How precisely the phrase names its date (read again from `raw`, so that a deadline
    /// read back from the store has it too).
    public var granularity: DeadlineGranularity {
        if qualifier == .monthly { return .none }
        if raw.isEmpty { return .none }
        let reading = DeadlinePhraseReader(phrase: raw, year: anchor?.year).read()
        return reading.granularity
    }

    /// "chậm nhất ngày 17 hàng tháng" / "hàng tháng, chậm nhất ngày 17".
    private static func monthlyDay(in folded: String) -> Int? {
        guard folded.contains("hang thang") else { return nil }
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for (index, word) in words.enumerated() where word == "ngay" && index + 1 < words.count {
            if let day = Int(words[index + 1]), (1...31).contains(day) { return day }
        }
        return nil
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return String(self[start..<end])
    }
}
