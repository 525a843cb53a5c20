import Foundation
import Testing
@testable import Tracking

/// Pins down `CalendarDate`: which days exist, the weekday of known days, the epoch day count
/// and its inverse, and the ISO and Vietnamese text forms.
@Suite struct CalendarDateTests {
    @Test(arguments: [
        (2025, 2, 31), (2025, 2, 29), (2023, 2, 29), (1900, 2, 29), (2025, 4, 31),
        (2025, 13, 1), (2025, 0, 10), (2025, 1, 0), (2025, 1, 32), (0, 1, 1), (10000, 1, 1),
    ])
    func impossibleDatesAreRefused(year: Int, month: Int, day: Int) {
        #expect(CalendarDate(year: year, month: month, day: day) == nil)
    }

    @Test(arguments: [(2024, 2, 29), (2000, 2, 29), (2025, 2, 28), (2025, 12, 31), (1, 1, 1), (9999, 12, 31)])
    func realDatesAreAccepted(year: Int, month: Int, day: Int) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(date.year == year && date.month == month && date.day == day)
    }

    @Test func leapYears() {
        #expect(CalendarDate.isLeapYear(2024))
        #expect(CalendarDate.isLeapYear(2000))
        #expect(!CalendarDate.isLeapYear(1900))
        #expect(!CalendarDate.isLeapYear(2025))
        #expect(CalendarDate.daysInMonth(2, of: 2024) == 29)
        #expect(CalendarDate.daysInMonth(2, of: 2025) == 28)
        #expect(CalendarDate.daysInMonth(4, of: 2025) == 30)
        #expect(CalendarDate.daysInMonth(12, of: 2025) == 31)
    }

    @Test(arguments: [
        ("1970-01-01", 4), ("2025-01-17", 5), ("2025-02-15", 6), ("2025-02-16", 7),
        ("2025-02-17", 1), ("2025-02-20", 4), ("2025-02-12", 3), ("2024-02-29", 4), ("1969-12-31", 3),
    ])
    func weekdayOfKnownDays(iso: String, weekday: Int) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.weekday == weekday)
        #expect(date.isWeekend == (weekday >= 6))
    }

    @Test func epochAnchors() throws {
        #expect(try #require(CalendarDate(iso: "1970-01-01")).daysSinceEpoch == 0)
        #expect(try #require(CalendarDate(iso: "1969-12-31")).daysSinceEpoch == -1)
        #expect(try #require(CalendarDate(iso: "2000-03-01")).daysSinceEpoch == 11_017)
        #expect(try #require(CalendarDate(iso: "2025-01-17")).daysSinceEpoch == 20_105)
        #expect(CalendarDate(daysSinceEpoch: 20_134) == CalendarDate(year: 2025, month: 2, day: 15))
    }

    /// Every day from 1899 to 2101 survives the round trip and follows the previous one.
    @Test func epochRoundTripOverTwoCenturies() throws {
        let start = try #require(CalendarDate(year: 1899, month: 1, day: 1)).daysSinceEpoch
        let end = try #require(CalendarDate(year: 2101, month: 12, day: 31)).daysSinceEpoch
        var previous = CalendarDate(daysSinceEpoch: start - 1)
        for count in start...end {
            let date = CalendarDate(daysSinceEpoch: count)
            #expect(date.daysSinceEpoch == count)
            #expect(CalendarDate(year: date.year, month: date.month, day: date.day) == date)
            #expect(previous < date && previous.days(to: date) == 1)
            if date.day == 1 {
                #expect(previous.day == CalendarDate.daysInMonth(previous.month, of: previous.year))
            } else {
                #expect(previous.month == date.month && previous.day == date.day - 1)
            }
            previous = date
        }
    }

    @Test func arithmeticCrossesMonthsAndYears() throws {
        let newYearsEve = try #require(CalendarDate(iso: "2024-12-31"))
        #expect(newYearsEve.adding(days: 1) == CalendarDate(year: 2025, month: 1, day: 1))
        #expect(newYearsEve.adding(days: 60) == CalendarDate(year: 2025, month: 3, day: 1))
        let leapDay = try #require(CalendarDate(iso: "2024-02-29"))
        #expect(leapDay.adding(days: 365) == CalendarDate(year: 2025, month: 2, day: 28))
        #expect(leapDay.adding(days: 366) == CalendarDate(year: 2025, month: 3, day: 1))
        #expect(leapDay.adding(days: -60) == CalendarDate(year: 2023, month: 12, day: 31))
        let dispatch = try #require(CalendarDate(iso: "2025-01-17"))
        let deadline = try #require(CalendarDate(iso: "2025-02-15"))
        #expect(dispatch.days(to: deadline) == 29)
        #expect(deadline.days(to: dispatch) == -29)
    }

    @Test func orderingFollowsTheCalendar() throws {
        let a = try #require(CalendarDate(iso: "2024-12-31"))
        let b = try #require(CalendarDate(iso: "2025-01-01"))
        let c = try #require(CalendarDate(iso: "2025-02-01"))
        #expect(a < b && b < c && a < c)
        #expect(!(b < a))
        #expect([c, a, b].sorted() == [a, b, c])
    }

    @Test(arguments: [
        ("2025-02-14", "14/02/2025"), ("14/02/2025", "14/02/2025"), ("1/3/2025", "01/03/2025"),
        ("  2025-02-14 ", "14/02/2025"), ("29/02/2024", "29/02/2024"),
    ])
    func parsingEitherForm(text: String, vietnamese: String) throws {
        let date = try #require(CalendarDate(parsing: text))
        #expect(date.vietnamese == vietnamese)
    }

    @Test(arguments: [
        "31/02/2025", "29/02/2025", "2025-02-29", "2025-2-14", "25-02-14", "2025/02/14", "14.02.2025",
        "14/02/25", "", "hôm nay", "2025-02-14T00:00", "123/02/2025", "001/02/2025", "14/002/2025",
        "02025-02-14", "2025-002-14", "2025-13-01",
    ])
    func unparsableText(text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }

    /// The store's dates go through a byte-level path for `String`; a line's substring through
    /// the generic one. Both say the same, on good dates and bad.
    @Test(arguments: ["2025-02-14", "2024-02-29", "2025-02-29", "2025-13-01", "2025-00-10", "2025-01-32",
                      "2025-1-014", "20x5-01-01", "2025_01-01", "-025-01-01", "2025-01-1", "２０２５-01-01", "0000-01-01"])
    func isoFormsAgree(text: String) {
        let whole = CalendarDate(iso: text)
        let line = "[\(text)]"
        let sub = line.dropFirst().dropLast()
        #expect(whole == CalendarDate(iso: sub))
        if let whole { #expect(whole.iso == text) }
    }

    @Test func isoParserWantsTheIsoShape() {
        #expect(CalendarDate(iso: "14/02/2025") == nil)
        #expect(CalendarDate(vietnamese: "2025-02-14") == nil)
        #expect(CalendarDate(iso: "2025-02-14") == CalendarDate(year: 2025, month: 2, day: 14))
    }

    @Test func textFormsArePadded() throws {
        let date = try #require(CalendarDate(year: 5, month: 3, day: 7))
        #expect(date.iso == "0005-03-07")
        #expect(date.vietnamese == "07/03/0005")
        #expect(date.description == "0005-03-07")
    }

    @Test func codableUsesIso() throws {
        let date = try #require(CalendarDate(iso: "2025-02-14"))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["2025-02-14"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2025-02-31"]"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data(#"["14/02/2025"]"#.utf8))
        }
    }

    @Test func weekdayNamesInBothLanguages() throws {
        let friday = try #require(CalendarDate(iso: "2025-02-14"))
        let sunday = try #require(CalendarDate(iso: "2025-02-16"))
        #expect(Language.vi.longDate(friday) == "Thứ Sáu 14/02/2025")
        #expect(Language.en.longDate(friday) == "Friday 14/02/2025")
        #expect(Language.vi.weekdayName(sunday) == "Chủ nhật")
        #expect(Language.en.weekdayName(sunday) == "Sunday")
    }
}

/// A sign is not a digit: "+1" must not pass for a day.
@Suite struct CalendarDateSignTests {
    @Test(arguments: ["2025-02-+1", "+025-02-14", "2025-+2-14", "-2025-02-14"])
    func isoWithASignIsRefused(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test(arguments: ["+1/02/2025", "1/+2/2025", "01/02/+025"])
    func vietnameseWithASignIsRefused(text: String) {
        #expect(CalendarDate(vietnamese: text) == nil)
    }
}
