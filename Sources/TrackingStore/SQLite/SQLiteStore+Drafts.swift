import GRDB
import GRDBSQLite
import Tracking

extension SQLiteStore {
    /// Saves (or replaces) the user's draft for an agency's report on a task.
    /// - Parameter waiting: false while the user types: when another process holds the write
    ///   lock, fail at once with ``StoreError/locked(path:)`` instead of waiting for the busy
    ///   timeout (a key took 3.8 s to appear); the caller keeps the draft and tries again.
    public func saveDraft(_ payload: String, baseRevision: Int, user: String, taskID: String, agencyID: String,
                          at time: String, waiting: Bool) throws(StoreError) {
        guard let task = Int64(taskID) else { throw .notAssigned(agency: agencyID, task: taskID) }
        try run {
            try pool.writeWithoutTransaction { db in
                if !waiting { sqlite3_busy_timeout(db.sqliteConnection, 0) }
                defer { if !waiting { sqlite3_busy_timeout(db.sqliteConnection, Int32(busyTimeout * 1000)) } }
                try db.inTransaction(.immediate) {
                    try db.execute(sql: """
                        INSERT INTO draft (user, task_id, agency_id, payload, base_revision, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (user, task_id, agency_id) DO UPDATE SET
                            payload = excluded.payload, base_revision = excluded.base_revision, updated_at = excluded.updated_at
                        """, arguments: [user, task, agencyID, VietnameseText.normalized(payload), baseRevision, time])
                    return .commit
                }
            }
        }
    }

    public func draft(user: String, taskID: String, agencyID: String) throws(StoreError) -> StoredDraft? {
        guard let task = Int64(taskID) else { return nil }
        return try run {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM draft WHERE user = ? AND task_id = ? AND agency_id = ?",
                                 arguments: [user, task, agencyID]).map {
                    StoredDraft(payload: $0["payload"], baseRevision: $0["base_revision"], updatedAt: $0["updated_at"])
                }
            }
        }
    }

    public func deleteDraft(user: String, taskID: String, agencyID: String) throws(StoreError) {
        guard let task = Int64(taskID) else { return }
        try run {
            try pool.write { db in
                try db.execute(sql: "DELETE FROM draft WHERE user = ? AND task_id = ? AND agency_id = ?",
                               arguments: [user, task, agencyID])
            }
        }
    }
}
