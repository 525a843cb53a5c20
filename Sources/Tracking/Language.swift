/// The language of labels and messages: Vietnamese by default, English with `--lang en`.
public enum Language: String, Sendable, CaseIterable, Codable {
    case vi
    case en

    /// Picks the text for this language; keeps both translations side by side at the call site.
    public func pick(_ vietnamese: String, _ english: String) -> String {
        self == .vi ? vietnamese : english
    }

    private static let weekdaysVI = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
    private static let weekdaysEN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    public func weekdayName(_ date: CalendarDate) -> String {
        (self == .vi ? Self.weekdaysVI : Self.weekdaysEN)[date.weekday - 1]
    }

    /// "Thứ Sáu 14/02/2025" / "Friday 14/02/2025".
    public func longDate(_ date: CalendarDate) -> String {
        "\(weekdayName(date)) \(date.vietnamese)"
    }
}
