import GRDB
import Tracking

/// Decoding of `report` and `report_figure` rows into ``Report`` values, for one assignment's
/// revisions and for many reports at once. The store holds NFC text already (it normalises on
/// the way in), so nothing is normalised again here.
enum ReportRows {
    /// A `report` row (every column) with its figures.
    static func report(_ row: Row, figures: [AreaFigures]) -> Report {
        var sections: [ReportSection: String] = [:]
        for section in ReportSection.allCases { sections[section] = row[section.rawValue] }
        let content = ReportContent(stored: row["reference"], date: SnapshotReader.date(row["report_date"]) ?? CalendarDate(year: 1970, month: 1, day: 1)!,
                                    sections: sections, figures: figures)
        let taskID: Int64 = row["task_id"]
        return Report(taskID: String(taskID), agencyID: row["agency_id"], revision: row["revision"], content: content,
                      submittedAt: row["submitted_at"], submittedOn: SnapshotReader.date(row["submitted_on"]) ?? content.date,
                      submittedBy: row["submitted_by"], reportedBy: row["reported_by"])
    }

    /// The figures of the given reports, by report id, each report's rows in the areas' order.
    static func figures(_ db: Database, reportIDs: [Int64]) throws -> [Int64: [AreaFigures]] {
        var result: [Int64: [AreaFigures]] = [:]
        var start = 0
        while start < reportIDs.count {
            // A bounded number of parameters per statement (SQLite caps them); the same few
            // statement shapes, cached.
            let chunk = reportIDs[start..<min(reportIDs.count, start + 500)]
            start += chunk.count
            let placeholders = chunk.count == 500 ? chunk500 : Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let statement = try db.cachedStatement(sql: """
                SELECT f.* FROM report_figure f JOIN area a ON a.id = f.area_id
                WHERE f.report_id IN (\(placeholders)) ORDER BY f.report_id, a.position
                """)
            let rows = try Row.fetchCursor(statement, arguments: StatementArguments(Array(chunk)))
            while let row = try rows.next() {
                result[row["report_id"], default: []].append(figures(row))
            }
        }
        return result
    }

    /// One `report_figure` row.
    static func figures(_ row: Row) -> AreaFigures {
        var figures = AreaFigures(areaID: row["area_id"])
        for field in AreaFigures.Field.allCases { figures[field] = row[field.rawValue] }
        return figures
    }

    private static let chunk500 = Array(repeating: "?", count: 500).joined(separator: ",")
}
