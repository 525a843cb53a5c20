import Foundation

/// A schedule of public holidays and swapped working days, read from a small text format
/// that an office can extend for a new year without a new release:
///
/// ```
/// # comment
/// nghỉ 2025-01-25..2025-02-02  Tết Nguyên đán
/// làm  2025-04-26              Làm bù cho ngày 02/05
/// ```
///
/// The first word is `nghỉ` (or `off`) for a day off, `làm` (or `work`) for a weekend day that
/// is worked; then a date or an inclusive range, `YYYY-MM-DD` or `dd/mm/yyyy`; then a name.
public struct HolidaySchedule: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case dayOff
        case workingDay
    }

    public struct Entry: Sendable, Equatable {
        public var kind: Kind
        public var first: CalendarDate
        public var last: CalendarDate
        public var name: String

        public var dates: [CalendarDate] {
            (0...first.days(to: last)).map { first.adding(days: $0) }
        }
    }

    /// A line of a schedule file that could not be read.
    public struct ParseError: Error, Equatable, Sendable {
        public var line: Int
        public var reason: String
        public var text: String
    }

    public private(set) var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    public init(parsing text: String) throws(ParseError) {
        var entries: [Entry] = []
        // Files written on Windows end lines with CR LF, which Swift reads as one character, and
        // may start with a byte-order mark.
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for (index, rawLine) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                .first.map(String.init) ?? ""
            let words = line.split(whereSeparator: \.isWhitespace)
            guard !words.isEmpty else { continue }
            let lineNumber = index + 1
            guard words.count >= 2 else {
                throw ParseError(line: lineNumber, reason: "expected a kind and a date", text: String(rawLine))
            }
            let kind: Kind
            switch VietnameseText.fold(String(words[0])) {
            case "nghi", "off": kind = .dayOff
            case "lam", "work": kind = .workingDay
            default:
                throw ParseError(line: lineNumber, reason: "unknown kind \"\(words[0])\" (nghỉ/off or làm/work)", text: String(rawLine))
            }
            let range = words[1].components(separatedBy: "..")
            guard (1...2).contains(range.count),
                  let first = CalendarDate(parsing: range[0]),
                  let last = range.count == 2 ? CalendarDate(parsing: range[1]) : first
            else {
                throw ParseError(line: lineNumber, reason: "\"\(words[1])\" is not a date or a date range", text: String(rawLine))
            }
            guard first <= last, first.days(to: last) < 60 else {
                throw ParseError(line: lineNumber, reason: "the range \(words[1]) is reversed or longer than 60 days", text: String(rawLine))
            }
            let name = words.dropFirst(2).joined(separator: " ")
            entries.append(Entry(kind: kind, first: first, last: last, name: VietnameseText.normalized(name)))
        }
        self.entries = entries
    }

    /// The years 2024–2026 as decided by the Government; see `ShippedHolidays.swift`.
    public static let shipped: HolidaySchedule = {
        do throws(ParseError) {
            return try HolidaySchedule(parsing: shippedHolidayText)
        } catch {
            // The shipped text is pinned by a test; failing here is a programming error.
            fatalError("the shipped holiday schedule does not parse: line \(error.line): \(error.reason)")
        }
    }()
}
