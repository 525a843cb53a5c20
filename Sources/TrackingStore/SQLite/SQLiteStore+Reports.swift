import Foundation
import GRDB
import Tracking

extension SQLiteStore {
    /// Stores a report as the next revision for the agency on the task, with its audit entry,
    /// in one transaction. Concurrent submitters wait for each other; none is lost. Reads only
    /// the assignment's own rows.
    /// - Parameter expectedRevision: the latest revision the submitter saw; when another
    ///   submission came in since, the submission is refused with ``StoreError/conflict`` instead
    ///   of silently stacking on it. Nil skips the check (the command line).
    /// - Parameter reportedBy: the successor that sends it for `agencyID` after a merger or an
    ///   abolition (``ReportingParty/reporter``); nil when the agency reports for itself.
    @discardableResult
    public func submitReport(_ content: ReportContent, taskID: String, agencyID: String,
                             user: String, clock: VietnamClock, expectedRevision: Int?,
                             reportedBy: String?) throws(StoreError) -> Report {
        let submittedAt = clock.timestamp(), submittedOn = clock.today()
        return try run {
            try pool.write { db in
                try ReportWriter(db: db).submit(content, taskID: taskID, agencyID: agencyID, user: user,
                                                submittedAt: submittedAt, submittedOn: submittedOn, expectedRevision: expectedRevision,
                                                reportedBy: reportedBy)
            }
        }
    }

    /// Stores many reports in one write transaction, each in a savepoint of its own: a refused
    /// one (not assigned) is rolled back alone and reported in its slot; the others are stored.
    /// One commit for the batch instead of one per report — what makes bulk loading fast.
    ///
    /// - Returns: one result per submission, in order.
    /// - Throws: only for the database as a whole (locked, read-only, corrupt); then nothing of
    ///   the batch was stored.
    public func submitReports(_ submissions: [ReportSubmission]) throws(StoreError) -> [Result<Report, StoreError>] {
        try run {
            try pool.write { db in
                try submissions.map { submission -> Result<Report, StoreError> in
                    var outcome: Result<Report, StoreError> = .failure(.notAssigned(agency: submission.agencyID, task: submission.taskID))
                    try db.inSavepoint {
                        do {
                            outcome = .success(try ReportWriter(db: db).submit(
                                submission.content, taskID: submission.taskID, agencyID: submission.agencyID,
                                user: submission.user, submittedAt: submission.submittedAt,
                                submittedOn: submission.submittedOn, expectedRevision: nil, reportedBy: submission.reportedBy))
                            return .commit
                        } catch let error as StoreError {
                            outcome = .failure(error)
                            return .rollback
                        }
                    }
                    return outcome
                }
            }
        }
    }

    /// Every revision of the agency's report on the task, oldest first.
    public func reports(taskID: String, agencyID: String) throws(StoreError) -> [Report] {
        guard let task = Int64(taskID) else { return [] }
        return try run { try pool.read { try Self.reports($0, taskID: task, agencyID: agencyID) } }
    }

    /// The agency's revisions on the task as they stood on `today` (submitted on or before it),
    /// and the latest one submitted after it, if any: what the report form starts from and what
    /// `report show` shows, by the same cut as the board. One read transaction.
    public func reports(taskID: String, agencyID: String, asOf today: CalendarDate) throws(StoreError) -> ReportsAsOf {
        guard let task = Int64(taskID) else { return ReportsAsOf(today: today, revisions: [], backdating: nil) }
        return try run {
            try pool.read { db in
                let all = try Self.reports(db, taskID: task, agencyID: agencyID)
                let later = all.last { $0.submittedOn > today }
                return ReportsAsOf(today: today, revisions: all.filter { $0.submittedOn <= today },
                                   backdating: later.map { BackdatedSubmission(laterRevision: $0.revision, laterSubmittedOn: $0.submittedOn,
                                                                               today: today) })
            }
        }
    }

    /// Every revision of every report of an agency, on every directive, submitted by `today`,
    /// in order of task and revision: an agency's history. Two statements, through the
    /// `report_by_agency` index.
    public func reports(agencyID: String, asOf today: CalendarDate) throws(StoreError) -> [Report] {
        try run {
            try pool.read { db in
                let rows = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT * FROM report WHERE agency_id = ? AND submitted_on <= ? ORDER BY task_id, revision
                    """), arguments: [agencyID, today.iso])
                let figures = try ReportRows.figures(db, reportIDs: rows.map { $0["id"] })
                return rows.map { ReportRows.report($0, figures: figures[$0["id"]] ?? []) }
            }
        }
    }

    /// - Parameter revision: only that revision, when given.
    static func reports(_ db: Database, taskID: Int64, agencyID: String, revision: Int? = nil) throws -> [Report] {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM report WHERE task_id = ? AND agency_id = ? AND (? IS NULL OR revision = ?) ORDER BY revision
            """), arguments: [taskID, agencyID, revision, revision])
        let figures = try ReportRows.figures(db, reportIDs: rows.map { $0["id"] })
        return rows.map { ReportRows.report($0, figures: figures[$0["id"]] ?? []) }
    }
}
