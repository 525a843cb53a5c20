import Foundation

/// "Today" and "now" in Vietnam, whatever the server's time zone.
///
/// Vietnam keeps UTC+7 all year (no daylight saving since 1975), so a fixed offset is exact and
/// needs no time-zone database. A fixed `today` (from `--today` or `THEODOI_TODAY`) serves demos,
/// training and tests; a report submitted under it is dated that day, at the real time of day.
public struct VietnamClock: Sendable {
    /// Seconds east of UTC.
    public static let utcOffset = 7 * 3600

    public var fixedToday: CalendarDate?
    private let currentInstant: @Sendable () -> Date

    public init(fixedToday: CalendarDate? = nil, now: @escaping @Sendable () -> Date = { Date() }) {
        self.fixedToday = fixedToday
        self.currentInstant = now
    }

    public func today() -> CalendarDate {
        fixedToday ?? Self.localParts(of: currentInstant()).date
    }

    /// The current moment as `2025-02-12T10:31:05+07:00`, on the fixed day when there is one.
    public func timestamp() -> String {
        let parts = Self.localParts(of: currentInstant())
        let date = fixedToday ?? parts.date
        return "\(date.iso)T\(Self.twoDigits(parts.seconds / 3600)):\(Self.twoDigits(parts.seconds / 60 % 60)):\(Self.twoDigits(parts.seconds % 60))+07:00"
    }

    /// The local time of day, in minutes since midnight, for clocks on screen.
    public func minuteOfDay() -> Int {
        Self.localParts(of: currentInstant()).seconds / 60
    }

    private static func localParts(of instant: Date) -> (date: CalendarDate, seconds: Int) {
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + utcOffset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (CalendarDate(daysSinceEpoch: days), local - days * 86_400)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
