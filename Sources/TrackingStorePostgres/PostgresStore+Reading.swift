import Foundation
import Tracking
import TrackingStore

/// Reading the store on PostgreSQL: each call is one `REPEATABLE READ READ ONLY` transaction
/// (one moment), with a fixed number of statements whatever the store's size, giving what
/// ``SQLiteStore`` gives for the same rows. Text that reaches the caller in an order the SQL
/// chose is sorted `COLLATE "C"` (byte order, as SQLite compares), whatever the server's locale.
extension PostgresStore {
    /// What the screens and commands show, as of `today`, in one read transaction.
    ///
    /// - Parameters:
    ///   - directives: the references of the directives to read (folded match); nil reads every
    ///     directive, `[]` none (agencies and successions only: the dashboard's first frame).
    ///   - includingReports: read the latest report of every assignment in scope.
    /// - Throws: ``StoreError/unknownDirective(_:known:)``, ``StoreError/ambiguousDirective(_:candidates:)``.
    /// - Complexity: sixteen statements at most; time and memory linear in the assignments in scope.
    public func snapshot(asOf today: CalendarDate, directives: [String]?, includingReports: Bool) throws(StoreError) -> TrackingSnapshot {
        try read { session in
            let ids = try directives.map { try Self.directiveIDs(session, references: $0) }
            return try PostgresSnapshotReader.read(session, asOf: today, scope: .init(documentIDs: ids, includesReports: includingReports))
        }
    }

    /// Every directive (or those named) as snapshots of at most `chunkSize` directives each, in
    /// order of date, all in one read transaction: constant memory for whole-store commands.
    /// `body` is called at least once (with an empty snapshot for a store without directives);
    /// what it throws stops the walk and is rethrown as it is.
    public func forEachSnapshot(asOf today: CalendarDate, directives: [String]?, chunkSize: Int, includingReports: Bool,
                                _ body: (TrackingSnapshot) throws -> Void) throws {
        let outcome: Result<Void, any Error> = try read { session in
            let named = try directives.map { try Self.directiveIDs(session, references: $0) }
            let ids = try session.query("""
                SELECT id FROM document WHERE is_directive \(named.map { "AND id \(PostgresSnapshotReader.anyOf($0))" } ?? "")
                ORDER BY issued_on NULLS FIRST, id
                """).map { $0.requiredInteger(0) }
            var start = 0
            repeat {
                let chunk = Array(ids[start..<min(ids.count, start + max(1, chunkSize))])
                start += chunk.count
                let snapshot = try PostgresSnapshotReader.read(session, asOf: today,
                                                               scope: .init(documentIDs: chunk, includesReports: includingReports))
                do { try body(snapshot) } catch { return .failure(error) }
            } while start < ids.count
            return .success(())
        }
        try outcome.get()
    }

    /// The directives changed since an audit entry: the last entry's id (pass it next time), the
    /// references of the directives changed after `auditID` (byte order), and whether a change
    /// touched no single directive (then everything must be read again). One statement, on the
    /// audit's primary key: only the entries after `auditID` are read.
    public func changes(since auditID: Int64) throws(StoreError) -> (through: Int64, directives: [String], unscoped: Bool) {
        try read { session in
            // One snapshot: every entry visible is at most the largest id visible.
            let head = try session.query("""
                SELECT coalesce(max(id), 0), EXISTS (SELECT 1 FROM audit WHERE id > $1 AND document_id IS NULL) FROM audit
                """, [.integer(auditID)]).first
            let through = head?.integer(0) ?? 0
            let directives = try session.query("""
                SELECT DISTINCT d.reference COLLATE "C" FROM audit a JOIN document d ON d.id = a.document_id
                WHERE a.id > $1 AND a.id <= $2 ORDER BY 1
                """, [.integer(auditID), .integer(through)]).map { $0.required(0) }
            return (through, directives, head?.bool(1) ?? false)
        }
    }

    /// One agency's ledger: its assignments on every directive, with their tasks and directives
    /// (each task's ``DirectiveTask/assigneeIDs`` holding only the agencies read), and its latest
    /// reports — with those of the agencies whose duties it holds on `today` through
    /// successions. Reads only those agencies' rows, through `assignment_by_agency`.
    public func agencySnapshot(_ agencyID: String, asOf today: CalendarDate) throws(StoreError) -> TrackingSnapshot {
        try read { session in
            try PostgresSnapshotReader.read(session, asOf: today, scope: .init(documentIDs: nil, includesReports: true, agencyID: agencyID))
        }
    }

    /// The reference of the first directive by date; nil when the store has none.
    public func firstDirectiveReference() throws(StoreError) -> String? {
        try read { session in
            try session.query("SELECT reference FROM document WHERE is_directive ORDER BY issued_on NULLS FIRST, id LIMIT 1").first?.text(0)
        }
    }

    /// How many directives the store follows (the first frame decides from it whether to open
    /// on the list or on the only board).
    public func directiveCount() throws(StoreError) -> Int {
        try read { session in try session.query("SELECT count(*) FROM document WHERE is_directive").first?.int(0) ?? 0 }
    }

    /// Every directive's document, by date, without addressees, recipients and citations.
    public func directiveDocuments() throws(StoreError) -> [Document] {
        try read { session in
            try session.query("""
                SELECT \(PostgresSnapshotReader.documentColumns) FROM document WHERE is_directive ORDER BY issued_on NULLS FIRST, id
                """).map { PostgresSnapshotReader.document($0) }
        }
    }

    /// The stored references of the directives named (in any case, with or without marks), in
    /// the order named. Unknown or ambiguous names throw, as ``snapshot(asOf:directives:includingReports:)`` does.
    public func directiveReferences(_ queries: [String]) throws(StoreError) -> [String] {
        try read { session in
            try Self.directiveIDs(session, references: queries).map { id in
                try session.query("SELECT reference FROM document WHERE id = $1", [.integer(id)]).first?.text(0) ?? ""
            }
        }
    }

    /// The latest `limit` audit entries (all for a negative limit), newest first; only those
    /// whose subject contains `subject` when it is given ("/ cong-an-tinh /").
    public func auditTrail(limit: Int, subjectContaining subject: String?) throws(StoreError) -> [AuditEntry] {
        var binds: [PostgresValue] = []
        var condition = ""
        if let subject {
            binds.append(.text(subject))
            condition = "WHERE strpos(subject, $1) > 0"
        }
        var limitClause = ""
        if limit >= 0 {
            binds.append(.integer(Int64(limit)))
            limitClause = "LIMIT $\(binds.count)"
        }
        return try read { session in
            try session.query("""
                SELECT id, at, "user", action, subject, before, after FROM audit \(condition) ORDER BY id DESC \(limitClause)
                """, binds).map { row in
                AuditEntry(id: row.requiredInteger(0), at: row.required(1), user: row.required(2), action: row.required(3),
                           subject: row.required(4), before: row.text(5), after: row.text(6))
            }
        }
    }

    // MARK: Reports and drafts

    /// Every revision of the agency's report on the task, oldest first (none for a task id that
    /// is not a number). Two statements, through the report's unique key.
    public func reports(taskID: String, agencyID: String) throws(StoreError) -> [Report] {
        guard let task = Int64(taskID) else { return [] }
        return try read { session in try Self.reports(session, taskID: task, agencyID: agencyID) }
    }

    /// The agency's revisions on the task submitted by `today`, and the latest one submitted
    /// after it, if any (what the report form starts from, by the same cut as the board).
    public func reports(taskID: String, agencyID: String, asOf today: CalendarDate) throws(StoreError) -> ReportsAsOf {
        guard let task = Int64(taskID) else { return ReportsAsOf(today: today, revisions: [], backdating: nil) }
        return try read { session in
            let all = try Self.reports(session, taskID: task, agencyID: agencyID)
            let later = all.last { $0.submittedOn > today }
            return ReportsAsOf(today: today, revisions: all.filter { $0.submittedOn <= today },
                               backdating: later.map { BackdatedSubmission(laterRevision: $0.revision, laterSubmittedOn: $0.submittedOn,
                                                                           today: today) })
        }
    }

    /// Every revision of every report of an agency submitted by `today`, by task and revision:
    /// an agency's history. Two statements, through the `report_by_agency` index.
    public func reports(agencyID: String, asOf today: CalendarDate) throws(StoreError) -> [Report] {
        try read { session in
            try PostgresReportRows.reports(session, where: "r.agency_id = $1 AND r.submitted_on <= $2",
                                           order: "r.task_id, r.revision", binds: [.text(agencyID), .text(today.iso)])
        }
    }

    static func reports(_ session: PostgresSession, taskID: Int64, agencyID: String) throws -> [Report] {
        try PostgresReportRows.reports(session, where: "r.task_id = $1 AND r.agency_id = $2", order: "r.revision",
                                       binds: [.integer(taskID), .text(agencyID)])
    }

    /// The user's saved draft for the agency's report on the task; nil when there is none.
    public func draft(user: String, taskID: String, agencyID: String) throws(StoreError) -> StoredDraft? {
        guard let task = Int64(taskID) else { return nil }
        return try read { session in
            try session.query("""
                SELECT payload, base_revision, updated_at FROM draft WHERE "user" = $1 AND task_id = $2 AND agency_id = $3
                """, [.text(user), .integer(task), .text(agencyID)]).first.map { row in
                StoredDraft(payload: row.required(0), baseRevision: row.int(1) ?? 0, updatedAt: row.required(2))
            }
        }
    }

    // MARK: Areas

    /// Every area of the store, in order, whether linked to a directive or not.
    public func areas() throws(StoreError) -> [Area] {
        try read { session in try PostgresSnapshotReader.areas(session) }
    }

    /// Every area with the directives it belongs to (by date) and its government's name.
    public func areaListings() throws(StoreError) -> [AreaListing] {
        try read { session in
            var links: [String: [DocumentReference]] = [:]
            for row in try session.query("""
                SELECT l.area_id, d.reference, d.number, d.symbol, d.grammar
                FROM directive_area l JOIN document d ON d.id = l.document_id ORDER BY d.issued_on NULLS FIRST, d.id
                """) {
                let reference = DocumentReference.Grammar(rawValue: row.required(4)).map {
                    DocumentReference(text: row.required(1), number: row.required(2), symbol: row.required(3), grammar: $0)
                } ?? DocumentReference(row.required(1))
                if let reference { links[row.required(0), default: []].append(reference) }
            }
            let names = Dictionary(try session.query("SELECT id, name FROM agency").map { ($0.required(0), $0.required(1)) },
                                   uniquingKeysWith: { first, _ in first })
            return try PostgresSnapshotReader.areas(session).map {
                AreaListing(area: $0, directives: links[$0.id] ?? [], government: $0.governmentID.map { names[$0] ?? $0 })
            }
        }
    }
}
