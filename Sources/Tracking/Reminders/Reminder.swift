/// A reminder dispatch (công văn đôn đốc) the lead department sent about one assignment: its
/// reference, the day it was sent and the new date it asked the report by.
///
/// The date asked for is not an extension: the agency stays late against its deadline (an
/// extension is a decision, `theodoi deadline extend`).
public struct Reminder: Hashable, Sendable {
    /// "12/STNMT-KT", as the office numbered it.
    public var reference: String
    /// The day it was sent.
    public var sentOn: CalendarDate
    /// "Đề nghị gửi báo cáo chậm nhất ngày …"; nil when it named no date.
    public var askedBy: CalendarDate?

    public init(reference: String, sentOn: CalendarDate, askedBy: CalendarDate? = nil) {
        self.reference = VietnameseText.normalized(reference)
        self.sentOn = sentOn
        self.askedBy = askedBy
    }

    /// "đã đôn đốc 2 lần, gần nhất 12/02" (the year added when it is not that of `asOf`), or
    /// "chưa đôn đốc" for none.
    public static func summary(_ reminders: [Reminder], asOf: CalendarDate, language: Language) -> String {
        guard let day = latestDay(reminders, asOf: asOf) else { return language.pick("chưa đôn đốc", "not reminded yet") }
        let count = reminders.count
        let times = language.pick("\(count) lần", count == 1 ? "once" : count == 2 ? "twice" : "\(count) times")
        return language.pick("đã đôn đốc \(times), gần nhất \(day)", "reminded \(times), last on \(day)")
    }

    /// The short form a board row has room for: "đôn đốc 2 lần, 12/02"; nil for none.
    public static func shortSummary(_ reminders: [Reminder], asOf: CalendarDate, language: Language) -> String? {
        latestDay(reminders, asOf: asOf).map { language.pick("đôn đốc \(reminders.count) lần, \($0)", "reminded \(reminders.count)×, \($0)") }
    }

    /// The latest reminder's day, "12/02" (with the year when it is not that of `asOf`).
    private static func latestDay(_ reminders: [Reminder], asOf: CalendarDate) -> String? {
        guard let latest = reminders.map(\.sentOn).max() else { return nil }
        return latest.year == asOf.year ? String(latest.vietnamese.prefix(5)) : latest.vietnamese
    }
}
