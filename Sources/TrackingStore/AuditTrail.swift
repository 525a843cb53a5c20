import GRDB
import Tracking

/// Who changed what, and when: one row per change, written in the same transaction as the
/// change itself, so that a change without its audit entry (or the reverse) cannot exist.
public struct AuditEntry: Sendable, Equatable {
    public var id: Int64
    /// "2025-02-12T10:31:05+07:00"
    public var at: String
    /// The Unix user.
    public var user: String
    /// "seed", "report.submit", …
    public var action: String
    /// What was changed: "239/UBND-NN.TN", "task 1 / cong-an-tinh".
    public var subject: String
    /// JSON of the state before and after; nil for a creation or deletion.
    public var before: String?
    public var after: String?
}

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
