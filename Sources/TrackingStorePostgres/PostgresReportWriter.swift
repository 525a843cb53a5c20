import Tracking
import TrackingStore

/// Writes one report revision inside the caller's write transaction: SQLite's `ReportWriter`
/// for PostgreSQL. The report, its figures, the assignment's summary columns (first and latest
/// submission), the audit entry and the change notification, reading and writing only the
/// assignment's own rows (through the `assignment` key, `report_days` and the `report` key), so
/// that a submission costs the same in a store of 10² or 10⁵ assignments.
///
/// **No lost report.** The first statement locks the assignment's row (`SELECT … FOR NO KEY
/// UPDATE`): two submitters on one assignment take their turns, and the second, once the first
/// commits, reads (READ COMMITTED: each statement sees what was committed before it started) the
/// revision the first stored, and stores the next. Submissions on other assignments never wait.
///
/// `FOR NO KEY UPDATE` rather than `FOR UPDATE`: it is the lock the summary's own `UPDATE` takes
/// (the key is not changed), it excludes every other submitter all the same, and it leaves alone
/// the `KEY SHARE` lock that a foreign key to the assignment takes: a draft saved, a decision
/// or a reminder recorded on that assignment meanwhile does not wait for the submission.
struct PostgresReportWriter {
    let session: PostgresSession

    /// - Parameters:
    ///   - expectedRevision: the latest revision the submitter saw; another one stored since
    ///     throws ``StoreError/conflict(revision:by:at:)``. Nil skips the check.
    ///   - reportedBy: the successor sending it for `agencyID`, or nil.
    /// - Throws: ``StoreError/notAssigned(agency:task:)`` when the agency has no assignment on
    ///   the task; ``StoreError/backdated(_:)`` when a revision was submitted on a later day than
    ///   `submittedOn` (checked here, under the lock, so that two writers cannot both pass it).
    func submit(_ content: ReportContent, taskID: String, agencyID: String, user: String,
                submittedAt: String, submittedOn: CalendarDate, expectedRevision: Int?, reportedBy: String?) throws -> Report {
        guard let task = Int64(taskID),
              let summary = try session.query("""
                  SELECT a.latest_revision, a.first_submitted_on, d.id, d.reference
                  FROM assignment a JOIN task t ON t.id = a.task_id JOIN document d ON d.id = t.document_id
                  WHERE a.task_id = $1 AND a.agency_id = $2
                  FOR NO KEY UPDATE OF a
                  """, [.integer(task), .text(agencyID)]).first,
              let previous = summary.int(0), let documentID = summary.integer(2), let reference = summary.text(3)
        else { throw StoreError.notAssigned(agency: agencyID, task: taskID) }
        if previous > 0, let later = try session.query(Self.laterRevision, [.integer(task), .text(agencyID), .text(submittedOn.iso)]).first,
           let laterRevision = later.int(0), let laterOn = later.text(1).flatMap({ CalendarDate(iso: $0) }) {
            // Before the conflict check: submitting again would not help.
            throw StoreError.backdated(BackdatedSubmission(laterRevision: laterRevision, laterSubmittedOn: laterOn, today: submittedOn))
        }
        let latest = previous == 0 ? nil : try Self.revision(session, taskID: task, agencyID: agencyID, revision: previous)
        if let expectedRevision, expectedRevision != previous, let latest {
            throw StoreError.conflict(revision: latest.revision, by: latest.submittedBy, at: latest.submittedAt)
        }
        let report = Report(taskID: taskID, agencyID: agencyID, revision: previous + 1, content: content,
                            submittedAt: submittedAt, submittedOn: submittedOn, submittedBy: user, reportedBy: reportedBy)
        var arguments: [PostgresValue] = [.integer(task), .text(agencyID), PostgresValue(report.revision), .text(content.reference),
                                          .text(content.date.iso)]
        arguments += ReportSection.allCases.map { .text(content[$0]) }
        arguments += [.text(submittedAt), .text(submittedOn.iso), .text(user), PostgresValue(reportedBy)]
        guard case .integer(let reportID) = try session.scalar(Self.insertReport, arguments) else {
            throw PostgresStoreError.other(server: session.location.server, message: "no id returned for the report")
        }
        if !content.figures.isEmpty {
            try session.execute(Self.insertFigures(count: content.figures.count), content.figures.flatMap { row in
                [.integer(reportID), .text(row.areaID)] + AreaFigures.Field.allCases.map { PostgresValue(row[$0]) }
            })
        }
        let isFirst = summary.text(1) == nil
        try session.execute("""
            UPDATE assignment SET
              first_submitted_on = CASE WHEN $1 THEN $2 ELSE first_submitted_on END,
              first_submitted_at = CASE WHEN $1 THEN $3 ELSE first_submitted_at END,
              first_reported_by = CASE WHEN $1 THEN $4 ELSE first_reported_by END,
              latest_revision = $5, latest_submitted_on = $2, latest_submitted_at = $3
            WHERE task_id = $6 AND agency_id = $7
            """, [.boolean(isFirst), .text(submittedOn.iso), .text(submittedAt), PostgresValue(reportedBy),
                  PostgresValue(report.revision), .integer(task), .text(agencyID)])
        try PostgresAuditTrail.record(session, at: submittedAt, user: user, action: "report.submit",
                                      subject: "task \(taskID) / \(agencyID) / revision \(report.revision)",
                                      before: latest.map(Self.auditJSON), after: Self.auditJSON(report),
                                      directive: .init(id: documentID, reference: reference))
        return report
    }

    /// The audit's JSON of a revision, as SQLite's `ReportWriter.auditJSON`.
    static func auditJSON(_ report: Report) -> JSONValue {
        .orderedObject([("revision", .integer(report.revision))] + (report.reportedBy.map { [("reported_by", .string($0))] } ?? [])
                       + report.content.jsonObject)
    }

    /// One stored revision with its figures (in the areas' order): the one a new revision
    /// replaces, for the conflict's message and the audit's `before`. Two statements.
    static func revision(_ session: PostgresSession, taskID: Int64, agencyID: String, revision: Int) throws -> Report? {
        guard let row = try session.query("""
            SELECT id, reference, report_date, \(sectionColumns), submitted_at, submitted_on, submitted_by, reported_by
            FROM report WHERE task_id = $1 AND agency_id = $2 AND revision = $3
            """, [.integer(taskID), .text(agencyID), PostgresValue(revision)]).first,
              let reportID = row.integer(0)
        else { return nil }
        let figures = try session.query("""
            SELECT f.area_id, \(AreaFigures.Field.allCases.map { "f.\($0.rawValue)" }.joined(separator: ", "))
            FROM report_figure f JOIN area a ON a.id = f.area_id WHERE f.report_id = $1 ORDER BY a.position
            """, [.integer(reportID)]).map { figureRow in
            var figures = AreaFigures(areaID: figureRow.text(0) ?? "")
            for (index, field) in AreaFigures.Field.allCases.enumerated() { figures[field] = figureRow.int(index + 1) }
            return figures
        }
        var sections: [ReportSection: String] = [:]
        for (index, section) in ReportSection.allCases.enumerated() { sections[section] = row.text(3 + index) }
        let after = 3 + ReportSection.allCases.count
        let date = row.text(2).flatMap { CalendarDate(iso: $0) } ?? CalendarDate(year: 1970, month: 1, day: 1)!
        let content = ReportContent(stored: row.text(1) ?? "", date: date, sections: sections, figures: figures)
        return Report(taskID: String(taskID), agencyID: agencyID, revision: revision, content: content,
                      submittedAt: row.text(after) ?? "", submittedOn: row.text(after + 1).flatMap { CalendarDate(iso: $0) } ?? date,
                      submittedBy: row.text(after + 2) ?? "", reportedBy: row.text(after + 3))
    }

    /// The latest revision of an assignment submitted after a day (through `report_days`).
    static let laterRevision = """
        SELECT revision, submitted_on FROM report WHERE task_id = $1 AND agency_id = $2 AND submitted_on > $3
        ORDER BY revision DESC LIMIT 1
        """

    private static let sectionColumns = ReportSection.allCases.map(\.rawValue).joined(separator: ", ")

    private static let insertReport: String = {
        let count = 5 + ReportSection.allCases.count + 4
        return """
            INSERT INTO report (task_id, agency_id, revision, reference, report_date, \(sectionColumns), \
            submitted_at, submitted_on, submitted_by, reported_by)
            VALUES (\((1...count).map { "$\($0)" }.joined(separator: ", ")))
            RETURNING id
            """
    }()

    /// One statement for all the figures of a report (a round trip each would cost more than
    /// the rest of the submission on a remote server).
    private static func insertFigures(count: Int) -> String {
        let width = 2 + AreaFigures.Field.allCases.count
        let rows = (0..<count).map { row in
            "(" + (1...width).map { "$\(row * width + $0)" }.joined(separator: ", ") + ")"
        }
        return """
            INSERT INTO report_figure (report_id, area_id, \(AreaFigures.Field.allCases.map(\.rawValue).joined(separator: ", ")))
            VALUES \(rows.joined(separator: ", "))
            """
    }
}
