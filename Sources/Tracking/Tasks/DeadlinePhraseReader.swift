/// Reads the date a deadline phrase names, word by word, in the forms dispatches use
/// (FACTS.md, "Deadlines"; issue 10): "dd/mm/yyyy", "ngày D tháng M năm Y", "dd/mm" (the year
/// given by the caller: the dispatch's own), "tháng M năm Y", "tháng M/Y", "Quý III năm Y",
/// "quý IV/Y", "năm Y", a period ("trong 30 ngày làm việc", "không quá 2 tháng kể từ …") and
/// dateless words ("khẩn trương", "kịp thời", "ngay", "theo quy định").
///
/// Pure and allocation-light: it runs once per task.
public struct DeadlinePhraseReader: Sendable {
    public struct Reading: Hashable, Sendable {
        /// The date the phrase names (a month, quarter or year at its last day); nil when it
        /// names none or names one that does not exist.
        public var anchor: CalendarDate?
        public var granularity: DeadlineGranularity
        /// Whether the words before the date say "trước" (before): literally due the day before.
        public var before: Bool
        /// Day numbers that cannot be a date ("29/02/2025"), as written; nil when all is well.
        public var impossible: String?
    }

    /// Folded words of the phrase, without the punctuation around them (inner "/" kept).
    let words: [String]
    let year: Int?

    public init(phrase: String, year: Int? = nil) {
        words = Self.words(VietnameseText.fold(phrase))
        self.year = year
    }

    /// Folded words split at white space, each without leading and trailing punctuation.
    public static func words(_ folded: String) -> [String] {
        folded.split(separator: " ").map { word in
            var scalars = Substring(word)
            while let last = scalars.last, !(last.isLetter || last.isNumber) { scalars.removeLast() }
            while let first = scalars.first, !(first.isLetter || first.isNumber) { scalars.removeFirst() }
            return String(scalars)
        }.filter { !$0.isEmpty }
    }

    public func read() -> Reading {
        // A day is the most precise: "Quý I/2025, trước ngày 31/3/2025" is due on the day.
        var coarse: Reading? = nil
        for index in words.indices {
            guard let reading = date(at: index) else { continue }
            if reading.granularity == .day { return reading }
            if coarse == nil { coarse = reading }
        }
        if let coarse { return coarse }
        if isPeriod { return Reading(anchor: nil, granularity: .period, before: false, impossible: nil) }
        return Reading(anchor: nil, granularity: .none, before: false, impossible: nil)
    }

    private func isBefore(_ index: Int) -> Bool {
        words[..<index].contains("truoc")
    }

    /// A date form starting at `index`.
    private func date(at index: Int) -> Reading? {
        let word = words[index]
        let before = isBefore(index)
        // dd/mm/yyyy, dd/mm
        if let first = word.first, first.isNumber, word.contains("/") {
            let parts = word.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
            // "tháng 9/2024": a month, read below.
            if index > 0, words[index - 1] == "thang" || words[index - 1].hasPrefix("quy") { return nil }
            if parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 {
                return day(Int(parts[0])!, Int(parts[1])!, Int(parts[2])!, written: word, before: before)
            }
            if parts.count == 2, parts[0].count <= 2, parts[1].count <= 2, let year {
                return day(Int(parts[0])!, Int(parts[1])!, year, written: word, before: before)
            }
            return nil
        }
        // ngày D tháng M năm Y
        if word == "ngay", index + 3 < words.count, let d = Int(words[index + 1]), words[index + 2] == "thang",
           let m = Int(words[index + 3]) {
            if index + 5 < words.count, words[index + 4] == "nam", let y = Int(words[index + 5]), words[index + 5].count == 4 {
                return day(d, m, y, written: "\(d)/\(m)/\(y)", before: before)
            }
            if let year { return day(d, m, year, written: "\(d)/\(m)", before: before) }
        }
        // tháng M năm Y, tháng M/Y
        if word == "thang", index + 1 < words.count {
            var month: Int? = nil, y: Int? = nil
            let next = words[index + 1]
            if next.contains("/") {
                let parts = next.split(separator: "/")
                if parts.count == 2, parts[1].count == 4 { month = Int(parts[0]); y = Int(parts[1]) }
            } else if let m = Int(next) {
                month = m
                if index + 3 < words.count, words[index + 2] == "nam", words[index + 3].count == 4 { y = Int(words[index + 3]) }
            }
            if let month, let y {
                guard (1...12).contains(month) else {
                    return Reading(anchor: nil, granularity: .month, before: before, impossible: "\(month)/\(y)")
                }
                return Reading(anchor: CalendarDate(year: y, month: month, day: CalendarDate.daysInMonth(month, of: y)),
                               granularity: .month, before: false, impossible: nil)
            }
        }
        // Quý III năm Y, quý IV/Y, quý 2 năm Y
        if word == "quy", index + 1 < words.count {
            let next = words[index + 1]
            let parts = next.split(separator: "/")
            var quarter = Self.quarter(String(parts.first ?? ""))
            var y: Int? = parts.count == 2 && parts[1].count == 4 ? Int(parts[1]) : nil
            if y == nil, index + 3 < words.count, words[index + 2] == "nam", words[index + 3].count == 4 { y = Int(words[index + 3]) }
            if parts.count != 2, y == nil { quarter = nil }
            if let quarter, let y {
                let month = quarter * 3
                return Reading(anchor: CalendarDate(year: y, month: month, day: CalendarDate.daysInMonth(month, of: y)),
                               granularity: .quarter, before: false, impossible: nil)
            }
        }
        // năm Y (not after "tháng M" or "quý", read above)
        if word == "nam", index + 1 < words.count, words[index + 1].count == 4, let y = Int(words[index + 1]),
           index == 0 || !(["thang", "quy"].contains(words[max(0, index - 2)])) {
            return Reading(anchor: CalendarDate(year: y, month: 12, day: 31), granularity: .year, before: false, impossible: nil)
        }
        return nil
    }

    private func day(_ d: Int, _ m: Int, _ y: Int, written: String, before: Bool) -> Reading {
        if let date = CalendarDate(year: y, month: m, day: d), (1900...2200).contains(y) {
            return Reading(anchor: date, granularity: .day, before: before, impossible: nil)
        }
        return Reading(anchor: nil, granularity: .day, before: before, impossible: written)
    }

    /// "i", "ii", "iii", "iv" or "1"…"4".
    public static func quarter(_ word: String) -> Int? {
        switch word {
        case "i", "1": 1
        case "ii", "2": 2
        case "iii", "3": 3
        case "iv", "4": 4
        default: nil
        }
    }

    /// "trong 30 ngày làm việc", "trong thời hạn 10 ngày kể từ …", "không quá 2 tháng …".
    private var isPeriod: Bool {
        for (index, word) in words.enumerated() where Int(word) != nil && index + 1 < words.count {
            if ["ngay", "thang", "tuan", "nam"].contains(words[index + 1]) { return true }
        }
        return false
    }
}
