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
    /// when the phrase names no date; never invents one.
    public init(phrase: String) {
        let raw = VietnameseText.normalized(phrase).trimmingWhitespace()
        let folded = VietnameseText.fold(raw)
        if let day = Self.monthlyDay(in: folded) {
            self.init(raw: raw, anchor: nil, qualifier: .monthly, dayOfMonth: day)
            return
        }
        guard let (date, dateStart) = Self.firstDate(in: folded) else {
            self.init(raw: raw, anchor: nil, qualifier: .none)
            return
        }
        let lead = String(folded[..<dateStart])
        let qualifier: Qualifier
        if lead.hasSuffix("truoc ngay ") || lead.hasSuffix("truoc ") {
            qualifier = .before
        } else {
            qualifier = .noLaterThan
        }
        self.init(raw: raw, anchor: date, qualifier: qualifier)
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

    /// The first `dd/mm/yyyy` in the text that is a real date, and where it starts.
    private static func firstDate(in folded: String) -> (CalendarDate, String.Index)? {
        var index = folded.startIndex
        while index < folded.endIndex {
            if folded[index].isNumber {
                var end = index
                while end < folded.endIndex, folded[end].isNumber || folded[end] == "/" {
                    end = folded.index(after: end)
                }
                if let date = CalendarDate(vietnamese: folded[index..<end]) {
                    return (date, index)
                }
                index = end
            } else {
                index = folded.index(after: index)
            }
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
