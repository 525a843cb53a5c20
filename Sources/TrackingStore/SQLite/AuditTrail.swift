import GRDB
import Tracking

enum AuditTrail {
    /// - Parameter documentID: the directive the change belongs to: readers re-read only the
    ///   directives changed since they last looked (``TrackingStore/changes(since:)``). Nil for
    ///   a change of no directive (and in the migrations that run before the column exists).
    static func record(_ db: Database, at time: String, user: String, action: String, subject: String,
                       before: JSONValue?, after: JSONValue?, documentID: Int64? = nil) throws {
        if let documentID {
            try db.cachedStatement(sql: """
                INSERT INTO audit (at, user, action, subject, before, after, document_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [time, user, action, subject, before?.rendered(), after?.rendered(), documentID])
        } else {
            try db.cachedStatement(sql: "INSERT INTO audit (at, user, action, subject, before, after) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [time, user, action, subject, before?.rendered(), after?.rendered()])
        }
    }

    static func entries(_ db: Database, limit: Int, subjectContaining subject: String? = nil) throws -> [AuditEntry] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM audit WHERE ?1 IS NULL OR instr(subject, ?1) > 0 ORDER BY id DESC LIMIT ?2
            """), arguments: [subject, limit]).map { row in
            AuditEntry(id: row["id"], at: row["at"], user: row["user"], action: row["action"],
                       subject: row["subject"], before: row["before"], after: row["after"])
        }
    }
}
