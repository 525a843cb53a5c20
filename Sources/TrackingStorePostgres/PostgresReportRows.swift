import Tracking

/// Decoding of `report` and `report_figure` rows into ``Report`` values (SQLite's `ReportRows`),
/// from explicit column lists read by index: `SELECT *` would tie the decoding to the table's
/// column order, and a look-up by name costs a search per cell.
enum PostgresReportRows {
    /// The `report` columns ``report(_:figures:)`` reads, in its order: id (0), task (1),
    /// agency (2), revision (3), reference (4), report date (5), the sections (6…), then
    /// submitted at, on, by, and reported by.
    static let reportColumnNames = ["id", "task_id", "agency_id", "revision", "reference", "report_date"]
        + ReportSection.allCases.map(\.rawValue) + ["submitted_at", "submitted_on", "submitted_by", "reported_by"]

    /// ``reportColumnNames`` for a `SELECT`, on the table aliased `alias`.
    static func reportColumns(alias: String) -> String {
        reportColumnNames.map { "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// The `report_figure` columns ``figures(_:)`` reads: report id (0), area id (1), the fields.
    static let figureColumnNames = ["report_id", "area_id"] + AreaFigures.Field.allCases.map(\.rawValue)

    static func figureColumns(alias: String) -> String {
        figureColumnNames.map { "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// A row of ``reportColumnNames`` with its figures.
    static func report(_ row: PostgresRecord, figures: [AreaFigures]) -> Report {
        var sections: [ReportSection: String] = [:]
        for (offset, section) in ReportSection.allCases.enumerated() { sections[section] = row.text(6 + offset) }
        let after = 6 + ReportSection.allCases.count
        let date = PostgresSnapshotReader.date(row.text(5)) ?? CalendarDate(year: 1970, month: 1, day: 1)!
        let content = ReportContent(stored: row.required(4), date: date, sections: sections, figures: figures)
        return Report(taskID: String(row.requiredInteger(1)), agencyID: row.required(2), revision: row.int(3) ?? 0,
                      content: content, submittedAt: row.required(after),
                      submittedOn: PostgresSnapshotReader.date(row.text(after + 1)) ?? content.date,
                      submittedBy: row.required(after + 2), reportedBy: row.text(after + 3))
    }

    /// A row of ``figureColumnNames``.
    static func figures(_ row: PostgresRecord) -> AreaFigures {
        var figures = AreaFigures(areaID: row.required(1))
        for (offset, field) in AreaFigures.Field.allCases.enumerated() { figures[field] = row.int(2 + offset) }
        return figures
    }

    /// The reports `condition` selects on `report r` (with `binds`), in `order`, each with its
    /// figures: two statements whatever the number of reports, the figures joined on the same
    /// condition rather than listed by id.
    static func reports(_ session: PostgresSession, where condition: String, order: String,
                        binds: [PostgresValue]) throws -> [Report] {
        var figures: [Int64: [AreaFigures]] = [:]
        for row in try session.query("""
            SELECT \(figureColumns(alias: "f")) FROM report r JOIN report_figure f ON f.report_id = r.id
            JOIN area a ON a.id = f.area_id WHERE \(condition) ORDER BY f.report_id, a.position
            """, binds) {
            figures[row.requiredInteger(0), default: []].append(Self.figures(row))
        }
        return try session.query("SELECT \(reportColumns(alias: "r")) FROM report r WHERE \(condition) ORDER BY \(order)", binds).map {
            report($0, figures: figures[$0.requiredInteger(0)] ?? [])
        }
    }
}
