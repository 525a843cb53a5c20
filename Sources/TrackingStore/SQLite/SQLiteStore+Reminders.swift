import GRDB
import Tracking

extension SQLiteStore {
    /// Records a reminder dispatch (công văn đôn đốc) and the assignments it chased, with its
    /// audit entry, in one transaction. Deadlines are untouched: the date it asks for is not an
    /// extension.
    ///
    /// - Throws: ``StoreError/reminderExists(reference:on:)`` when the reference is already
    ///   recorded; ``StoreError/notAssigned(agency:task:)`` for a target that is not an assignment.
    /// - Complexity: a statement per target (a dispatch chases at most a directive's agencies).
    public func recordReminder(_ record: ReminderRecord, user: String, at time: String) throws(StoreError) {
        try run {
            try pool.write { db in
                if let sent = try String.fetchOne(db.cachedStatement(sql: "SELECT sent_on FROM reminder WHERE reference = ?"),
                                                  arguments: [record.reference]) {
                    throw StoreError.reminderExists(reference: record.reference, on: CalendarDate(iso: sent)?.vietnamese ?? sent)
                }
                let documentID = try Self.directiveIDs(db, references: [record.directive])[0]
                try db.execute(sql: """
                    INSERT INTO reminder (reference, document_id, task_id, sent_on, asked_by, recorded_at, recorded_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [record.reference, documentID, record.taskID.flatMap { Int64($0) }, record.sentOn.iso,
                                     record.askedBy?.iso, time, user])
                let reminderID = db.lastInsertedRowID
                for target in record.targets {
                    guard let task = Int64(target.taskID),
                          try Int64.fetchOne(db.cachedStatement(sql: """
                              SELECT t.document_id FROM assignment a JOIN task t ON t.id = a.task_id
                              WHERE a.task_id = ? AND a.agency_id = ?
                              """), arguments: [task, target.agencyID]) == documentID
                    else { throw StoreError.notAssigned(agency: target.agencyID, task: target.taskID) }
                    try db.cachedStatement(sql: "INSERT OR IGNORE INTO reminder_assignment (reminder_id, task_id, agency_id) VALUES (?, ?, ?)")
                        .execute(arguments: [reminderID, task, target.agencyID])
                }
                try AuditTrail.record(db, at: time, user: user, action: "reminder.record", subject: "\(record.directive) / \(record.reference)",
                                      before: nil, after: .orderedObject([
                                          ("reference", .string(record.reference)),
                                          ("date", .string(record.sentOn.iso)),
                                          ("asked_by", record.askedBy.map { .string($0.iso) } ?? .null),
                                          ("directive", .string(record.directive)),
                                          ("task", record.taskID.map(JSONValue.string) ?? .null),
                                          ("assignments", .array(record.targets.map { target in
                                              .orderedObject([("task", .string(target.taskID)), ("agency", .string(target.agencyID))])
                                          })),
                                      ]), documentID: documentID)
            }
        }
    }
}
