/// How precisely a deadline phrase names its date (SPEC §4: `deadline.granularity`).
///
/// Dispatches name a day ("trước ngày 15/02/2025"), a month ("trong tháng 9/2024"), a quarter
/// ("Quý III năm 2024"), a year ("trong năm 2025"), a period from an event ("trong thời hạn 10
/// ngày kể từ ngày nhận được văn bản") or no date at all ("khẩn trương", "theo quy định") —
/// FACTS.md, "Deadlines". A month, quarter or year is due at its last day.
public enum DeadlineGranularity: String, Hashable, Sendable, CaseIterable {
    case day
    case month
    case quarter
    case year
    case period
    case none
}
