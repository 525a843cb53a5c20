import Foundation
import Testing
@testable import Tracking

/// Pins down "today" and "now" in Vietnam (UTC+7) from an injected instant, whatever the
/// machine's zone, and a fixed today that keeps the real time of day.
@Suite struct VietnamClockTests {
    /// 2025-02-11T17:30:05Z, which is 00:30:05 on 12/02/2025 in Vietnam.
    static let justAfterMidnight = Date(timeIntervalSince1970: 1_739_295_005)
    /// 2025-02-11T16:59:59Z, which is 23:59:59 on 11/02/2025 in Vietnam.
    static let justBeforeMidnight = Date(timeIntervalSince1970: 1_739_293_199)

    @Test func todayIsTheVietnameseDay() {
        #expect(VietnamClock(now: { Self.justAfterMidnight }).today() == day("2025-02-12"))
        #expect(VietnamClock(now: { Self.justBeforeMidnight }).today() == day("2025-02-11"))
    }

    @Test func timestampAndMinuteOfDay() {
        let clock = VietnamClock(now: { Self.justAfterMidnight.addingTimeInterval(0.9) })
        #expect(clock.timestamp() == "2025-02-12T00:30:05+07:00")
        #expect(clock.minuteOfDay() == 30)
        let late = VietnamClock(now: { Self.justBeforeMidnight })
        #expect(late.timestamp() == "2025-02-11T23:59:59+07:00")
        #expect(late.minuteOfDay() == 23 * 60 + 59)
    }

    @Test func fixedTodayKeepsTheTimeOfDay() {
        let clock = VietnamClock(fixedToday: day("2025-02-24"), now: { Self.justAfterMidnight })
        #expect(clock.today() == day("2025-02-24"))
        #expect(clock.timestamp() == "2025-02-24T00:30:05+07:00")
    }

    @Test func instantsBeforeTheEpoch() {
        let clock = VietnamClock(now: { Date(timeIntervalSince1970: -25_201) })
        #expect(clock.today() == day("1969-12-31"))
        #expect(clock.timestamp() == "1969-12-31T23:59:59+07:00")
    }
}
