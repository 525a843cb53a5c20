import GRDB
import Tracking

/// Writes one report revision inside the caller's write transaction: the report, its figures,
/// the assignment's summary columns (first and latest submission) and the audit entry. It reads
/// only the assignment's own rows, so a submission costs the same in a store of 10² or 10⁵
/// assignments.
struct ReportWriter {
    let db: Database

    /// - Parameter expectedRevision: the latest revision the submitter saw; another revision
    ///   stored since makes this throw ``StoreError/conflict(revision:by:at:)``. Nil skips the check.
    /// - Throws: ``StoreError/notAssigned(agency:task:)`` when the agency has no assignment on the
    ///   task; ``StoreError/backdated(_:)`` when a revision was submitted on a later day than
    ///   `submittedOn` (a fixed `--today` in the past). That check is made here, in the write
    ///   transaction, so that two processes cannot both pass it before either writes.
    /// - Parameter reportedBy: the successor sending it for `agencyID` (issue 11 item 4), or nil.
    func submit(_ content: ReportContent, taskID: String, agencyID: String, user: String,
                submittedAt: String, submittedOn: CalendarDate, expectedRevision: Int?, reportedBy: String? = nil) throws -> Report {
        guard let task = Int64(taskID),
              let summary = try Row.fetchOne(db.cachedStatement(sql: """
                  SELECT a.latest_revision, a.first_submitted_on, t.document_id
                  FROM assignment a JOIN task t ON t.id = a.task_id WHERE a.task_id = ? AND a.agency_id = ?
                  """), arguments: [task, agencyID])
        else { throw StoreError.notAssigned(agency: agencyID, task: taskID) }
        let previous: Int = summary["latest_revision"]
        if previous > 0, let later = try Row.fetchOne(db.cachedStatement(sql: Self.laterRevision),
                                                      arguments: [task, agencyID, submittedOn.iso]),
           let laterOn = SnapshotReader.date(later[1]) {
            // Before the conflict check: submitting again would not help.
            throw StoreError.backdated(BackdatedSubmission(laterRevision: later[0], laterSubmittedOn: laterOn, today: submittedOn))
        }
        let latest = previous == 0 ? nil : try SQLiteStore.reports(db, taskID: task, agencyID: agencyID, revision: previous).first
        if let expectedRevision, expectedRevision != previous, let latest {
            throw StoreError.conflict(revision: latest.revision, by: latest.submittedBy, at: latest.submittedAt)
        }
        let report = Report(taskID: taskID, agencyID: agencyID, revision: previous + 1, content: content,
                            submittedAt: submittedAt, submittedOn: submittedOn, submittedBy: user, reportedBy: reportedBy)
        var arguments: StatementArguments = [task, agencyID, report.revision, content.reference, content.date.iso]
        arguments += StatementArguments(ReportSection.allCases.map { content[$0] })
        arguments += [submittedAt, submittedOn.iso, user, reportedBy]
        try db.cachedStatement(sql: Self.insertReport).execute(arguments: arguments)
        let reportID = db.lastInsertedRowID
        for row in content.figures {
            var figureArguments: StatementArguments = [reportID, row.areaID]
            figureArguments += StatementArguments(AreaFigures.Field.allCases.map { row[$0] })
            try db.cachedStatement(sql: Self.insertFigure).execute(arguments: figureArguments)
        }
        let isFirst = (summary["first_submitted_on"] as String?) == nil
        try db.cachedStatement(sql: """
            UPDATE assignment SET
              first_submitted_on = CASE WHEN :first THEN :on ELSE first_submitted_on END,
              first_submitted_at = CASE WHEN :first THEN :at ELSE first_submitted_at END,
              first_reported_by = CASE WHEN :first THEN :by ELSE first_reported_by END,
              latest_revision = :revision, latest_submitted_on = :on, latest_submitted_at = :at
            WHERE task_id = :task AND agency_id = :agency
            """).execute(arguments: ["first": isFirst, "on": submittedOn.iso, "at": submittedAt,
                                     "revision": report.revision, "task": task, "agency": agencyID, "by": reportedBy])
        try AuditTrail.record(db, at: submittedAt, user: user, action: "report.submit",
                              subject: "task \(taskID) / \(agencyID) / revision \(report.revision)",
                              before: latest.map(Self.auditJSON), after: Self.auditJSON(report),
                              documentID: summary["document_id"])
        return report
    }

    static func auditJSON(_ report: Report) -> JSONValue {
        .orderedObject([("revision", .integer(report.revision))] + (report.reportedBy.map { [("reported_by", .string($0))] } ?? [])
                       + report.content.jsonObject)
    }

    /// The latest revision of an assignment submitted after a day (through `report_days`).
    static let laterRevision = """
        SELECT revision, submitted_on FROM report WHERE task_id = ? AND agency_id = ? AND submitted_on > ?
        ORDER BY revision DESC LIMIT 1
        """

    private static let insertReport = """
        INSERT INTO report (task_id, agency_id, revision, reference, report_date, \
        \(ReportSection.allCases.map(\.rawValue).joined(separator: ", ")), submitted_at, submitted_on, submitted_by, reported_by)
        VALUES (?, ?, ?, ?, ?, \(ReportSection.allCases.map { _ in "?" }.joined(separator: ", ")), ?, ?, ?, ?)
        """

    private static let insertFigure = """
        INSERT INTO report_figure (report_id, area_id, \(AreaFigures.Field.allCases.map(\.rawValue).joined(separator: ", ")))
        VALUES (?, ?, \(AreaFigures.Field.allCases.map { _ in "?" }.joined(separator: ", ")))
        """
}
