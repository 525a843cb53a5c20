import Tracking

/// The audit entry of a write, in the write's own transaction: SQLite's `AuditTrail.record`
/// for PostgreSQL, with the same actions, subjects and JSON, so that `theodoi log` reads the
/// same on either engine and `theodoi migrate` copies entries unchanged.
///
/// It also notifies the change (``PostgresChangeListener/notify(_:directive:)``), delivered when
/// the transaction commits: what readers re-read is exactly what the audit records, so that every
/// write that leaves an entry wakes the open screens, and no write that leaves none (a draft)
/// wakes them for nothing. The server sends one notification per distinct payload and
/// transaction, so a write of several entries on one directive wakes them once.
enum PostgresAuditTrail {
    /// The directive a change belongs to: its id (the entry's `document_id`, which
    /// ``TrackingStore/changes(since:)`` reads) and its stored reference (the notification's payload).
    struct Directive {
        var id: Int64
        var reference: String
    }

    /// - Parameter directive: nil for a change of no single directive (an area): readers then
    ///   re-read everything.
    static func record(_ session: PostgresSession, at time: String, user: String, action: String, subject: String,
                       before: JSONValue?, after: JSONValue?, directive: Directive?) throws(PostgresStoreError) {
        // Audit ids are handed out at insert and committed in any order: a reader of
        // ``TrackingStore/changes(since:)`` that saw id 12 committed could move past id 11
        // committed after it and never see it. Held from here to the commit (writes add their
        // audit entry last), this lock makes the entries commit in the order of their ids.
        try session.execute("SELECT pg_advisory_xact_lock(\(PostgresSchema.applicationID), 3)")
        try session.execute("""
            INSERT INTO audit (at, "user", action, subject, before, after, document_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
            """, [.text(time), .text(user), .text(action), .text(subject), PostgresValue(before?.rendered()),
                  PostgresValue(after?.rendered()), PostgresValue(directive?.id)])
        try PostgresChangeListener.notify(session, directive: directive?.reference)
    }
}
