import Tracking
import TrackingStore

/// Writing the store on PostgreSQL: reports, drafts, deadline decisions and reminders, each in
/// one write transaction with its audit entry (``PostgresAuditTrail``), as ``SQLiteStore`` does.
/// Areas, imports and the whole-store copy are in their own files.
extension PostgresStore {
    /// How long a draft saved while the user types waits for a lock another writer holds (the
    /// same draft saved from another terminal, the assignment's row locked whole) before it gives
    /// up with ``StoreError/locked(path:)``: short enough that a key never freezes, long enough
    /// that an ordinary write (a few milliseconds) does not make the form say "locked".
    static let draftLockTimeout = "50ms"

    // MARK: Reports

    /// Stores a report as the next revision for the agency on the task (see
    /// ``PostgresReportWriter``): concurrent submitters on one assignment take their turns, none
    /// is lost.
    /// - Throws: ``StoreError/notAssigned(agency:task:)``, ``StoreError/conflict(revision:by:at:)``,
    ///   ``StoreError/backdated(_:)``; the server's errors as ``StoreError/server(vietnamese:english:)``.
    @discardableResult
    public func submitReport(_ content: ReportContent, taskID: String, agencyID: String, user: String, clock: VietnamClock,
                             expectedRevision: Int?, reportedBy: String?) throws(StoreError) -> Report {
        let submittedAt = clock.timestamp(), submittedOn = clock.today()
        return try write { session in
            try PostgresReportWriter(session: session).submit(content, taskID: taskID, agencyID: agencyID, user: user,
                                                              submittedAt: submittedAt, submittedOn: submittedOn,
                                                              expectedRevision: expectedRevision, reportedBy: reportedBy)
        }
    }

    /// Stores many reports in one write transaction, each in a savepoint of its own: a refused
    /// one is rolled back alone and reported in its slot; the others are stored. One commit for
    /// the batch.
    ///
    /// - Returns: one result per submission, in order.
    /// - Throws: only for the store as a whole (the server, the connection); then nothing of the
    ///   batch was stored.
    public func submitReports(_ submissions: [ReportSubmission]) throws(StoreError) -> [Result<Report, StoreError>] {
        try write { session in
            let writer = PostgresReportWriter(session: session)
            return try submissions.map { submission in
                try session.inSavepoint {
                    try writer.submit(submission.content, taskID: submission.taskID, agencyID: submission.agencyID,
                                      user: submission.user, submittedAt: submission.submittedAt, submittedOn: submission.submittedOn,
                                      expectedRevision: nil, reportedBy: submission.reportedBy)
                }
            }
        }
    }

    // MARK: Drafts

    /// Saves (or replaces) the user's draft for an agency's report on a task, in NFC.
    ///
    /// No audit entry and no change notification, as on SQLite: a draft is its user's alone,
    /// and no other screen shows it.
    ///
    /// - Parameter waiting: false while the user types: a lock held by another writer (on the
    ///   draft's row, or on the assignment's row, which the draft's foreign key must share) is
    ///   waited for at most ``draftLockTimeout``, then the save fails with
    ///   ``StoreError/locked(path:)``; the form keeps the draft and tries again. A submission on
    ///   the assignment does not hold it up (``PostgresReportWriter``'s lock leaves foreign keys
    ///   alone).
    /// - Throws: ``StoreError/notAssigned(agency:task:)`` for a task id that is not a number.
    public func saveDraft(_ payload: String, baseRevision: Int, user: String, taskID: String, agencyID: String,
                          at time: String, waiting: Bool) throws(StoreError) {
        guard let task = Int64(taskID) else { throw .notAssigned(agency: agencyID, task: taskID) }
        let location = location
        try write { session in
            if !waiting { try session.execute("SET LOCAL lock_timeout = '\(Self.draftLockTimeout)'") }
            do {
                try session.execute("""
                    INSERT INTO draft ("user", task_id, agency_id, payload, base_revision, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
                    ON CONFLICT ("user", task_id, agency_id) DO UPDATE SET
                        payload = excluded.payload, base_revision = excluded.base_revision, updated_at = excluded.updated_at
                    """, [.text(user), .integer(task), .text(agencyID), .text(VietnameseText.normalized(payload)),
                          PostgresValue(baseRevision), .text(time)],
                    refusing: [PostgresWriteRefusal.lockNotAvailable])
            } catch is PostgresWriteRefusal {
                throw StoreError.locked(path: location)
            }
        }
    }

    /// Deletes the user's draft, if any (no audit entry, as on SQLite).
    public func deleteDraft(user: String, taskID: String, agencyID: String) throws(StoreError) {
        guard let task = Int64(taskID) else { return }
        try write { session in
            _ = try session.execute("""
                DELETE FROM draft WHERE "user" = $1 AND task_id = $2 AND agency_id = $3
                """, [.text(user), .integer(task), .text(agencyID)])
        }
    }

    // MARK: Decisions and reminders

    /// Records an extension or a withdrawal on one agency's deadline, with its audit entry
    /// (`deadline.extension`, `deadline.withdrawal`). The original deadline is never rewritten.
    /// - Throws: ``StoreError/notAssigned(agency:task:)``.
    public func recordDecision(_ decision: DeadlineDecision, taskID: String, agencyID: String, user: String,
                               at time: String) throws(StoreError) {
        try write { session in
            guard let task = Int64(taskID),
                  let directive = try PostgresWriteLookup.assignmentDirective(session, taskID: task, agencyID: agencyID)
            else { throw StoreError.notAssigned(agency: agencyID, task: taskID) }
            let (kind, extendedTo): (String, String?) = switch decision.kind {
            case .extended(let to): ("extension", to.iso)
            case .withdrawal: ("withdrawal", nil)
            }
            try session.execute("""
                INSERT INTO deadline_decision (task_id, agency_id, kind, extended_to, decided_on, reference, note)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                """, [.integer(task), .text(agencyID), .text(kind), PostgresValue(extendedTo), .text(decision.decidedOn.iso),
                      PostgresValue(decision.reference), .text(decision.note)])
            try PostgresAuditTrail.record(session, at: time, user: user, action: "deadline.\(kind)",
                                          subject: "task \(taskID) / \(agencyID) /",
                                          before: nil, after: .orderedObject([
                                              ("kind", .string(kind)), ("extended_to", extendedTo.map(JSONValue.string) ?? .null),
                                              ("decided_on", .string(decision.decidedOn.iso)),
                                              ("reference", decision.reference.map(JSONValue.string) ?? .null),
                                              ("note", .string(decision.note)),
                                          ]), directive: directive)
        }
    }

    /// Records a reminder dispatch and the assignments it chased, with its audit entry
    /// (`reminder.record`). Deadlines are untouched.
    ///
    /// Two recorders of one reference at once: the second's insert waits for the first to
    /// commit, then finds the reference taken (`ON CONFLICT DO NOTHING` returns no row) and is
    /// refused as if it had come later.
    ///
    /// - Throws: ``StoreError/reminderExists(reference:on:)`` when the reference is already
    ///   recorded; ``StoreError/notAssigned(agency:task:)`` for a target that is not an
    ///   assignment of the directive; ``StoreError/unknownDirective(_:known:)``.
    public func recordReminder(_ record: ReminderRecord, user: String, at time: String) throws(StoreError) {
        try write { session in
            func exists() throws -> StoreError? {
                guard let sent = try session.query("SELECT sent_on FROM reminder WHERE reference = $1", [.text(record.reference)])
                    .first?.text(0) else { return nil }
                return StoreError.reminderExists(reference: record.reference, on: CalendarDate(iso: sent)?.vietnamese ?? sent)
            }
            if let refusal = try exists() { throw refusal }
            let directive = try PostgresWriteLookup.directive(session, record.directive)
            let inserted = try session.scalar("""
                INSERT INTO reminder (reference, document_id, task_id, sent_on, asked_by, recorded_at, recorded_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (reference) DO NOTHING
                RETURNING id
                """, [.text(record.reference), .integer(directive.id), PostgresValue(record.taskID.flatMap { Int64($0) }),
                      .text(record.sentOn.iso), PostgresValue(record.askedBy?.iso), .text(time), .text(user)])
            guard case .integer(let reminderID) = inserted else {
                throw try exists() ?? StoreError.reminderExists(reference: record.reference, on: record.sentOn.vietnamese)
            }
            for target in record.targets {
                guard let task = Int64(target.taskID),
                      try PostgresWriteLookup.assignmentDirective(session, taskID: task, agencyID: target.agencyID)?.id == directive.id
                else { throw StoreError.notAssigned(agency: target.agencyID, task: target.taskID) }
                try session.execute("""
                    INSERT INTO reminder_assignment (reminder_id, task_id, agency_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
                    """, [.integer(reminderID), .integer(task), .text(target.agencyID)])
            }
            try PostgresAuditTrail.record(session, at: time, user: user, action: "reminder.record",
                                          subject: "\(record.directive) / \(record.reference)",
                                          before: nil, after: .orderedObject([
                                              ("reference", .string(record.reference)),
                                              ("date", .string(record.sentOn.iso)),
                                              ("asked_by", record.askedBy.map { .string($0.iso) } ?? .null),
                                              ("directive", .string(record.directive)),
                                              ("task", record.taskID.map(JSONValue.string) ?? .null),
                                              ("assignments", .array(record.targets.map { target in
                                                  .orderedObject([("task", .string(target.taskID)), ("agency", .string(target.agencyID))])
                                              })),
                                          ]), directive: directive)
        }
    }
}
