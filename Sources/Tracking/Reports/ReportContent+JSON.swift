import Foundation

/// Reading the submit JSON of SPEC §4 by hand rather than with a synthesised `Decodable`, so
/// that every refusal names the exact place ("figures[1].fines_vnd") and a misspelt key is an
/// error instead of a section silently dropped.
extension ReportContent {
    static let topLevelKeys = ["reference", "date"] + ReportSection.allCases.map(\.rawValue) + ["figures"]
    static let figureKeys = ["area"] + AreaFigures.Field.allCases.map(\.rawValue)

    /// - Parameters:
    ///   - areas: the areas a figures row may name, in full or by a folded prefix ("phong khe").
    public init(json data: Data, areas: [Area]) throws(ReportInputError) {
        try self.init(json: try Self.decodeJSON(data), areas: areas)
    }

    /// The JSON value of a report's text, or the refusal a report that is not JSON gets.
    ///
    /// Says, in the user's words, what is wrong: bytes that are not UTF-8 (which byte, where),
    /// or where the JSON stops parsing — never the decoder's English.
    public static func decodeJSON(_ data: Data) throws(ReportInputError) -> JSONValue {
        if let (byte, offset) = firstInvalidUTF8(data) {
            throw ReportInputError(path: "", problem: .notUTF8(byte: byte, offset: offset))
        }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            let (line, column) = Self.position(in: data)
            throw ReportInputError(path: "", problem: .badJSON(line: line, column: column))
        }
    }

    /// The first byte that does not belong to valid UTF-8, and its offset.
    static func firstInvalidUTF8(_ data: Data) -> (UInt8, Int)? {
        if String(validating: data, as: UTF8.self) != nil { return nil }
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                  String(validating: bytes[index..<index + length], as: UTF8.self) != nil else { return (lead, index) }
            index += length
        }
        return nil
    }

    /// Line and column (from 1) of the first syntax error: `JSONSerialization` says "around
    /// character N" where `JSONDecoder` says nothing; nil when neither tells.
    static func position(in data: Data) -> (Int?, Int?) {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
            return (nil, nil)
        } catch {
            let text = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            guard let range = text.range(of: "character "),
                  let offset = Int(text[range.upperBound...].prefix { $0.isNumber }) else { return (nil, nil) }
            let before = data.prefix(offset)
            let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
            let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
            return (line, column)
        }
    }

    /// Every text of the report, with its path, refused when it holds a control character other
    /// than tab and line breaks (issue 12: a NUL used to cut the text silently in storage).
    static func checkControlCharacters(_ text: String, path: String) throws(ReportInputError) {
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let value = scalar.value
            if (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value) {
                throw ReportInputError(path: path, problem: .controlCharacter(value, offset: offset))
            }
        }
    }

    /// A report from JSON already decoded: a line of `report submit --file reports.ndjson`,
    /// once its `task` and `agency` are taken out.
    public init(json root: JSONValue, areas: [Area]) throws(ReportInputError) {
        guard case .object(let object) = root else { throw ReportInputError(path: "", problem: .notAnObject) }
        try Self.rejectUnknownKeys(object, allowed: Self.topLevelKeys, path: "report")

        guard case .string(let reference)? = object["reference"] else {
            throw ReportInputError(path: "reference", problem: object["reference"] == nil ? .missing : .notText)
        }
        guard case .string(let dateText)? = object["date"] else {
            throw ReportInputError(path: "date", problem: object["date"] == nil ? .missing : .notText)
        }
        try Self.checkControlCharacters(reference, path: "reference")
        guard let date = CalendarDate(parsing: dateText) else {
            throw ReportInputError(path: "date", problem: .notADate(dateText))
        }
        var sections: [ReportSection: String] = [:]
        for section in ReportSection.allCases {
            switch object[section.rawValue] {
            case nil, .null?: continue
            case .string(let text)?:
                try Self.checkControlCharacters(text, path: section.rawValue)
                sections[section] = text
            default: throw ReportInputError(path: section.rawValue, problem: .notText)
            }
        }
        var figures: [AreaFigures] = []
        switch object["figures"] {
        case nil, .null?: break
        case .array(let rows)?:
            let matcher = NameMatcher(areas) { $0.searchNames }
            for (index, row) in rows.enumerated() {
                figures.append(try Self.figures(row, path: "figures[\(index)]", matcher: matcher, areas: areas))
            }
        default:
            throw ReportInputError(path: "figures", problem: .notAnArray)
        }
        self.init(reference: reference, date: date, sections: sections, figures: figures)
    }

    private static func figures(_ value: JSONValue, path: String, matcher: NameMatcher<Area>, areas: [Area]) throws(ReportInputError) -> AreaFigures {
        guard case .object(let row) = value else { throw ReportInputError(path: path, problem: .notAnObject) }
        try rejectUnknownKeys(row, allowed: figureKeys, path: path)
        guard case .string(let areaName)? = row["area"] else {
            throw ReportInputError(path: "\(path).area", problem: row["area"] == nil ? .missing : .notText)
        }
        var figures: AreaFigures
        switch matcher.match(areaName) {
        case .found(let area): figures = AreaFigures(areaID: area.id)
        case .notFound: throw ReportInputError(path: "\(path).area", problem: .unknownArea(areaName, areas.map(\.name)))
        case .ambiguous(let candidates): throw ReportInputError(path: "\(path).area", problem: .ambiguousArea(areaName, candidates.map(\.name)))
        }
        for field in AreaFigures.Field.allCases {
            let fieldPath = "\(path).\(field.rawValue)"
            switch row[field.rawValue] {
            case nil, .null?: continue
            case .integer(let number)?: figures[field] = number
            case .string(let text)?:
                // Money is often written "1.300.000.000"; a sign is kept so that it is refused as negative.
                let trimmed = text.trimmingWhitespace()
                let negative = trimmed.hasPrefix("-")
                guard let number = VietnameseNumber.parseWhole(negative ? String(trimmed.dropFirst()) : trimmed) else {
                    throw ReportInputError(path: fieldPath, problem: .notAWholeNumber(text))
                }
                figures[field] = negative ? -number : number
            case .number(let number)?:
                throw ReportInputError(path: fieldPath, problem: .notAWholeNumber(String(number)))
            case let other?:
                throw ReportInputError(path: fieldPath, problem: .notAWholeNumber(other.summary))
            }
        }
        return figures
    }

    private static func rejectUnknownKeys(_ object: [String: JSONValue], allowed: [String], path: String) throws(ReportInputError) {
        for key in object.keys.sorted() where !allowed.contains(key) {
            let suggestion = allowed.min { editDistance($0, key) < editDistance($1, key) }
                .flatMap { editDistance($0, key) <= 3 ? $0 : nil }
            throw ReportInputError(path: path, problem: .unknownKey(key, suggestion: suggestion))
        }
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The submit JSON, as `report show` prints it (with fields added by the caller).
    public var jsonObject: [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = [("reference", .string(reference)), ("date", .string(date.iso))]
        for section in ReportSection.allCases {
            pairs.append((section.rawValue, .string(self[section])))
        }
        pairs.append(("figures", .array(figures.map(\.jsonValue))))
        return pairs
    }
}

extension AreaFigures {
    /// A figures row as JSON, with the area's id (which the submit JSON accepts back).
    public var jsonValue: JSONValue {
        var pairs: [(String, JSONValue)] = [("area", .string(areaID))]
        for field in Field.allCases {
            pairs.append((field.rawValue, self[field].map(JSONValue.integer) ?? .null))
        }
        return .orderedObject(pairs)
    }
}
