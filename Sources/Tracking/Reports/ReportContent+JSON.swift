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
    public static func decodeJSON(_ data: Data) throws(ReportInputError) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw ReportInputError(path: "", problem: .notJSON(Self.describe(error)))
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
        guard let date = CalendarDate(parsing: dateText) else {
            throw ReportInputError(path: "date", problem: .notADate(dateText))
        }
        var sections: [ReportSection: String] = [:]
        for section in ReportSection.allCases {
            switch object[section.rawValue] {
            case nil, .null?: continue
            case .string(let text)?: sections[section] = text
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

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = context.underlyingError.map { "\($0)" } ?? context.debugDescription
            return underlying.split(separator: "\n").first.map(String.init) ?? underlying
        }
        return "\(error)"
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
