import Foundation
import Testing
@testable import Tracking

/// Pins down the holiday file format: kinds in either language and any case or marks, single
/// days and ranges in either date form, comments and blank lines, and refusals that carry the
/// number and text of the offending line.
@Suite struct HolidayScheduleTests {
    @Test func shippedScheduleParsesAndHasTet2025() throws {
        let shipped = HolidaySchedule.shipped
        #expect(shipped.entries.count == 17)
        let tet = try #require(shipped.entries.first { $0.first == day("2025-01-25") })
        #expect(tet.kind == .dayOff)
        #expect(tet.last == day("2025-02-02"))
        #expect(tet.dates.count == 9)
        #expect(tet.name == "Tết Nguyên đán Ất Tỵ")
        #expect(shipped.entries.filter { $0.kind == .workingDay }.map(\.first) == [day("2024-05-04"), day("2025-04-26")])
    }

    @Test func readsKindsDatesRangesCommentsAndNames() throws {
        let schedule = try HolidaySchedule(parsing: """
            # a comment line

               nghỉ   2027-01-01      Tết   Dương  lịch   # trailing comment
            NGHỈ 05/02/2027..11/02/2027 Tết Nguyên đán
            off 2027-04-16
            Làm 20/02/2027 Làm bù
            work 2027-03-06..2027-03-07 Hai ngày làm
            nghi 2027-05-01..2027-05-01 Lao động
            """)
        let e = schedule.entries
        #expect(e.count == 6)
        #expect(e.map(\.kind) == [.dayOff, .dayOff, .dayOff, .workingDay, .workingDay, .dayOff])
        #expect(e[0].first == day("2027-01-01") && e[0].last == day("2027-01-01"))
        #expect(e[0].name == "Tết Dương lịch")
        #expect(e[1].dates == (5...11).map { day("\($0)/02/2027") })
        #expect(e[2].name == "")
        #expect(e[4].dates == [day("2027-03-06"), day("2027-03-07")])
        #expect(e[5].dates == [day("2027-05-01")])
    }

    @Test func namesAreStoredInNFC() throws {
        let decomposed = "Làm bù".decomposedStringWithCanonicalMapping
        let schedule = try HolidaySchedule(parsing: "làm 2027-02-20 \(decomposed)")
        #expect(Array(schedule.entries[0].name.unicodeScalars) == Array("Làm bù".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func emptyTextIsAnEmptySchedule() throws {
        #expect(try HolidaySchedule(parsing: "").entries.isEmpty)
        #expect(try HolidaySchedule(parsing: "\n# only comments\n   \n").entries.isEmpty)
    }

    @Test(arguments: [
        ("nghỉ", 1, "expected a kind and a date"),
        ("# x\n\nnghỉ 2027-01-01 A\nlàm\n", 4, "expected a kind and a date"),
        ("nghỉ 2027-01-01 A\nnghi-le 2027-01-02 B", 2, "unknown kind"),
        ("holiday 2027-01-01", 1, "unknown kind"),
        ("\n\n\nnghỉ 2025-02-31 Sai", 4, "is not a date or a date range"),
        ("nghỉ 29/02/2025", 1, "is not a date or a date range"),
        ("nghỉ 2027-01-01..2027-01-02..2027-01-03", 1, "is not a date or a date range"),
        ("nghỉ 2027-01-01.. Tết", 1, "is not a date or a date range"),
        ("làm 2027-02-20\nnghỉ 2027-02-11..2027-02-05 Ngược", 2, "reversed or longer than 60 days"),
        ("nghỉ 2027-01-01..2027-03-02 Quá dài", 1, "reversed or longer than 60 days"),
    ])
    func refusalsCarryTheLine(text: String, line: Int, reason: String) {
        #expect {
            try HolidaySchedule(parsing: text)
        } throws: { error in
            guard let error = error as? HolidaySchedule.ParseError else { return false }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return error.line == line && error.reason.contains(reason) && error.text == String(lines[line - 1])
        }
    }

    @Test func rangesUpToSixtyDaysAreAccepted() throws {
        // 01/01..01/03/2027 is 60 days (59 days apart); one more is refused.
        let schedule = try HolidaySchedule(parsing: "nghỉ 2027-01-01..2027-03-01 Dài")
        #expect(schedule.entries[0].dates.count == 60)
        #expect(throws: HolidaySchedule.ParseError.self) {
            try HolidaySchedule(parsing: "nghỉ 2027-01-01..2027-03-02 Dài")
        }
    }
}

/// Files written on Windows (CR LF, a byte-order mark) read the same as Unix ones.
@Suite struct HolidayScheduleLineEndingTests {
    @Test func windowsLineEndingsAndByteOrderMark() throws {
        let text = "\u{FEFF}# lịch 2027\r\nnghỉ 2027-02-05..2027-02-11 Tết\r\nlàm 2027-02-20 Làm bù\r\n"
        let schedule = try HolidaySchedule(parsing: text)
        #expect(schedule.entries.count == 2)
        #expect(schedule.entries.map(\.name) == ["Tết", "Làm bù"])
        let calendar = WorkingCalendar(schedule: schedule)
        #expect(calendar.isWorkingDay(CalendarDate(year: 2027, month: 2, day: 20)!))
    }
}
