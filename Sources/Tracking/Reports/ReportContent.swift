/// What an agency reports for one task: its own reference and date, the five sections and the
/// figures per area. This is the JSON that `theodoi report submit` reads.
public struct ReportContent: Hashable, Sendable {
    /// The agency's own document number: "12/BC-CAT".
    public var reference: String
    /// The date on the agency's report.
    public var date: CalendarDate
    public var sections: [ReportSection: String]
    public var figures: [AreaFigures]

    public init(reference: String, date: CalendarDate, sections: [ReportSection: String] = [:], figures: [AreaFigures] = []) {
        self.reference = VietnameseText.normalized(reference).trimmingWhitespace()
        self.date = date
        self.sections = sections.mapValues { VietnameseText.normalized($0) }
        self.figures = figures
    }

    /// A report read back from the store, whose text is NFC already (normalised on the way in):
    /// taken as it is, so that reading 10⁵ reports does not normalise them all again.
    public init(stored reference: String, date: CalendarDate, sections: [ReportSection: String], figures: [AreaFigures]) {
        self.reference = reference
        self.date = date
        self.sections = sections
        self.figures = figures
    }

    public subscript(section: ReportSection) -> String {
        get { sections[section] ?? "" }
        set { sections[section] = VietnameseText.normalized(newValue) }
    }

    /// The longest a section may be, in characters (grapheme clusters): about 40 printed pages,
    /// far above any report seen, low enough that the form stays instant on it. The same limit
    /// for every entry point (`report submit`, NDJSON lines, the form).
    public static let maximumSectionLength = 100_000
    /// The longest reference ("12/BC-CAT"), in characters.
    public static let maximumReferenceLength = 100

    /// Checks what JSON cannot: a reference, at least one section, a date not after today,
    /// areas that exist and appear once, figures that are whole numbers ≥ 0, texts within
    /// their limits.
    public func validated(areas: [Area], today: CalendarDate) throws(ReportInputError) -> ReportContent {
        guard !reference.isEmpty else { throw ReportInputError(path: "reference", problem: .missing) }
        if reference.count > Self.maximumReferenceLength {
            throw ReportInputError(path: "reference", problem: .tooLong(reference.count, limit: Self.maximumReferenceLength))
        }
        for section in ReportSection.allCases where self[section].utf8.count > Self.maximumSectionLength {
            // Counted in characters only when the bytes say it may be over (a character is 1–4+ bytes).
            let length = self[section].count
            if length > Self.maximumSectionLength {
                throw ReportInputError(path: section.rawValue, problem: .tooLong(length, limit: Self.maximumSectionLength))
            }
        }
        guard date <= today else { throw ReportInputError(path: "date", problem: .dateAfterToday(date, today)) }
        guard ReportSection.allCases.contains(where: { !self[$0].trimmingWhitespace().isEmpty }) else {
            throw ReportInputError(path: ReportSection.workDone.rawValue, problem: .noSection)
        }
        var seen: Set<String> = []
        for (index, row) in figures.enumerated() {
            guard areas.contains(where: { $0.id == row.areaID }) else {
                throw ReportInputError(path: "figures[\(index)].area", problem: .unknownArea(row.areaID, areas.map(\.name)))
            }
            guard seen.insert(row.areaID).inserted else {
                throw ReportInputError(path: "figures[\(index)].area", problem: .duplicateArea(row.areaID))
            }
            for field in AreaFigures.Field.allCases {
                if let value = row[field], value < 0 {
                    throw ReportInputError(path: "figures[\(index)].\(field.rawValue)", problem: .negative(value))
                }
                if let value = row[field], value > AreaFigures.maximum {
                    throw ReportInputError(path: "figures[\(index)].\(field.rawValue)", problem: .tooLarge(value))
                }
            }
        }
        return self
    }
}

/// Why a report's input was refused, with where in the input it happened.
public struct ReportInputError: UserFacingError, Equatable {
    public enum Problem: Equatable, Sendable {
        case notJSON(String)
        case notAnObject
        case notAnArray
        case missing
        case unknownKey(String, suggestion: String?)
        case notText
        case notADate(String)
        case dateAfterToday(CalendarDate, CalendarDate)
        case notAWholeNumber(String)
        case negative(Int)
        /// Above ``AreaFigures/maximum``.
        case tooLarge(Int)
        case noSection
        case unknownArea(String, [String])
        case ambiguousArea(String, [String])
        case duplicateArea(String)
        /// Longer than its limit (characters), refused whole rather than cut.
        case tooLong(Int, limit: Int)
        /// A control character other than tab and line breaks (U+0000…): refused, not cut.
        case controlCharacter(UInt32, offset: Int)
        /// Bytes that are not UTF-8, at a byte offset (from 0).
        case notUTF8(byte: UInt8, offset: Int)
        /// JSON that does not parse, where (line and column from 1) when known.
        case badJSON(line: Int?, column: Int?)

        /// The input did not parse as JSON at all (bad bytes or syntax).
        public var isMalformedJSON: Bool {
            switch self {
            case .notJSON, .notUTF8, .badJSON: true
            default: false
            }
        }
    }

    /// "figures[0].fines_vnd"
    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    public func message(_ language: Language) -> String {
        let reason: String
        switch problem {
        case .notJSON(let detail):
            return language.pick("báo cáo không phải JSON hợp lệ: \(detail)", "the report is not valid JSON: \(detail)")
        case .notAnObject where path.isEmpty:
            return language.pick("báo cáo phải là một đối tượng JSON { … }", "the report must be a JSON object { … }")
        case .notAnObject:
            reason = language.pick("phải là một đối tượng JSON { … }", "must be a JSON object { … }")
        case .notAnArray:
            reason = language.pick("phải là một mảng JSON [ … ]", "must be a JSON array [ … ]")
        case .missing:
            reason = language.pick("thiếu, bắt buộc phải có", "missing, it is required")
        case .unknownKey(let key, let suggestion):
            let hint = suggestion.map { language.pick(" (có phải \"\($0)\"?)", " (did you mean \"\($0)\"?)") } ?? ""
            return language.pick("khóa không xác định \"\(key)\" ở \(path)\(hint)", "unknown key \"\(key)\" in \(path)\(hint)")
        case .notText:
            reason = language.pick("phải là chuỗi văn bản", "must be a string")
        case .notADate(let text):
            reason = language.pick("\"\(text)\" không phải ngày có thật (YYYY-MM-DD hoặc dd/mm/yyyy)",
                                   "\"\(text)\" is not a real date (YYYY-MM-DD or dd/mm/yyyy)")
        case .dateAfterToday(let date, let today):
            reason = language.pick("ngày \(date.vietnamese) sau ngày hôm nay (\(today.vietnamese))",
                                   "\(date.vietnamese) is after today (\(today.vietnamese))")
        case .notAWholeNumber(let text):
            reason = language.pick("\"\(text)\" không phải số nguyên", "\"\(text)\" is not a whole number")
        case .negative(let value):
            reason = language.pick("không được âm (\(value))", "must not be negative (\(value))")
        case .tooLarge(let value):
            reason = language.pick("\(value) quá lớn (tối đa \(VietnameseNumber.grouped(AreaFigures.maximum)))",
                                   "\(value) is too large (at most \(VietnameseNumber.grouped(AreaFigures.maximum)))")
        case .noSection:
            return language.pick("báo cáo chưa có nội dung: cần ít nhất một mục (work_done, results, lessons, causes, solutions)",
                                 "the report is empty: give at least one section (work_done, results, lessons, causes, solutions)")
        case .unknownArea(let name, let known):
            reason = language.pick("không có khu vực \"\(name)\"; các khu vực: \(known.joined(separator: ", "))",
                                   "no area \"\(name)\"; the areas are: \(known.joined(separator: ", "))")
        case .ambiguousArea(let name, let candidates):
            reason = language.pick("\"\(name)\" khớp nhiều khu vực: \(candidates.joined(separator: ", "))",
                                   "\"\(name)\" matches several areas: \(candidates.joined(separator: ", "))")
        case .duplicateArea(let area):
            reason = language.pick("khu vực \(area) xuất hiện hai lần", "area \(area) appears twice")
        case .tooLong(let length, let limit):
            reason = language.pick("dài \(VietnameseNumber.grouped(length)) ký tự, quá giới hạn \(VietnameseNumber.grouped(limit)) ký tự (không lưu gì)",
                                   "is \(length) characters long, over the limit of \(limit) (nothing stored)")
        case .controlCharacter(let value, let offset):
            let code = "U+" + String(repeating: "0", count: max(0, 4 - String(value, radix: 16).count)) + String(value, radix: 16, uppercase: true)
            reason = language.pick("có ký tự điều khiển \(code) ở ký tự thứ \(offset + 1); chỉ được dùng tab và xuống dòng (không lưu gì)",
                                   "holds the control character \(code) at character \(offset + 1); only tabs and line breaks are allowed (nothing stored)")
        case .notUTF8(let byte, let offset):
            let hex = String(byte, radix: 16, uppercase: true)
            return language.pick("tệp không phải UTF-8 hợp lệ (byte 0x\(hex) ở vị trí \(VietnameseNumber.grouped(offset)))",
                                 "the file is not valid UTF-8 (byte 0x\(hex) at offset \(offset))")
        case .badJSON(let line, let column):
            let whereVI = line.map { " ở dòng \($0)" + (column.map { ", cột \($0)" } ?? "") } ?? ""
            let whereEN = line.map { " at line \($0)" + (column.map { ", column \($0)" } ?? "") } ?? ""
            return language.pick("báo cáo không phải JSON hợp lệ: sai cú pháp\(whereVI)", "the report is not valid JSON: a syntax error\(whereEN)")
        }
        return "\(path): \(reason)"
    }
}
