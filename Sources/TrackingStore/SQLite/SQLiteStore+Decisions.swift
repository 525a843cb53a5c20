import GRDB
import Tracking

extension SQLiteStore {
    /// Records a decision on one agency's deadline (an extension to a new due date, or the
    /// task taken back), with its audit entry. The original deadline is never rewritten.
    public func recordDecision(_ decision: DeadlineDecision, taskID: String, agencyID: String,
                               user: String, at time: String) throws(StoreError) {
        try run {
            try pool.write { db in
                guard let task = Int64(taskID),
                      let documentID = try Int64.fetchOne(db, sql: """
                          SELECT t.document_id FROM assignment a JOIN task t ON t.id = a.task_id
                          WHERE a.task_id = ? AND a.agency_id = ?
                          """, arguments: [task, agencyID])
                else { throw StoreError.notAssigned(agency: agencyID, task: taskID) }
                let (kind, extendedTo): (String, String?) = switch decision.kind {
                case .extended(let to): ("extension", to.iso)
                case .withdrawal: ("withdrawal", nil)
                }
                try db.execute(sql: """
                    INSERT INTO deadline_decision (task_id, agency_id, kind, extended_to, decided_on, reference, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [task, agencyID, kind, extendedTo, decision.decidedOn.iso, decision.reference, decision.note])
                try AuditTrail.record(db, at: time, user: user, action: "deadline.\(kind)",
                                      subject: "task \(taskID) / \(agencyID) /",
                                      before: nil, after: .orderedObject([
                                          ("kind", .string(kind)), ("extended_to", extendedTo.map(JSONValue.string) ?? .null),
                                          ("decided_on", .string(decision.decidedOn.iso)),
                                          ("reference", decision.reference.map(JSONValue.string) ?? .null),
                                          ("note", .string(decision.note)),
                                      ]), documentID: documentID)
            }
        }
    }
}
