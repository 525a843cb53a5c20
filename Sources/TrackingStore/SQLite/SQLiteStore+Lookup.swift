import Foundation
import GRDB
import Tracking

/// Finding what a command names — a task, an agency — without reading the whole store: the
/// task through its indexes, then only its directive.
extension SQLiteStore {
    /// The task a query names and a snapshot of its directive alone (every agency and area, that
    /// directive's tasks and assignments), for the commands that act on one assignment.
    ///
    /// - Parameter query: the task's id ("1"), directive and number ("239/UBND-NN.TN#1",
    ///   "239#1"), or its number alone when only one directive has it.
    /// - Throws: ``StoreError/unknownTask(_:known:)`` (with at most ten of the tasks) or
    ///   ``StoreError/ambiguousTask(_:candidates:)``.
    public func taskSnapshot(_ query: String, asOf today: CalendarDate,
                             includingReports: Bool) throws(StoreError) -> (task: DirectiveTask, snapshot: TrackingSnapshot) {
        try run {
            try pool.read { db in
                let (taskID, documentID) = try Self.resolveTaskID(db, query: query)
                let snapshot = try SnapshotReader.read(db, asOf: today, scope: .init(documentIDs: [documentID], includesReports: includingReports))
                guard let task = snapshot.task(String(taskID)) else { throw StoreError.unknownTask(query, known: []) }
                return (task, snapshot)
            }
        }
    }

    /// ``taskSnapshot(_:asOf:includingReports:)`` for many queries (`report submit --file
    /// reports.ndjson`): each query is still resolved through the `task` indexes, but a
    /// directive already in `cache` is not read again, however many of its tasks are named.
    public func taskSnapshot(_ query: String, asOf today: CalendarDate,
                             cache: inout DirectiveSnapshots) throws(StoreError) -> (task: DirectiveTask, snapshot: TrackingSnapshot) {
        let known = cache.byDocument
        let (document, task, snapshot) = try run {
            try pool.read { db in
                let (taskID, documentID) = try Self.resolveTaskID(db, query: query)
                let snapshot = try known[documentID]
                    ?? SnapshotReader.read(db, asOf: today, scope: .init(documentIDs: [documentID], includesReports: false))
                guard let task = snapshot.task(String(taskID)) else { throw StoreError.unknownTask(query, known: []) }
                return (documentID, task, snapshot)
            }
        }
        if known[document] == nil { cache.byDocument[document] = snapshot }
        return (task, snapshot)
    }

    /// The task id and its directive's id, through the `task` indexes (``TaskQuery``'s rules).
    static func resolveTaskID(_ db: Database, query: String) throws -> (task: Int64, document: Int64) {
        let columns = "SELECT t.id, t.document_id, d.reference, t.number, d.number FROM task t JOIN document d ON d.id = t.document_id"
        func candidates(_ sql: String, _ arguments: StatementArguments = []) throws -> [TaskQuery.Candidate] {
            try Row.fetchAll(db.cachedStatement(sql: columns + " " + sql), arguments: arguments).map {
                TaskQuery.Candidate(id: $0[0], document: $0[1], reference: $0[2], number: $0[3], documentNumber: $0[4])
            }
        }
        return try TaskQuery.resolve(
            query,
            documentOfTask: { try Int64.fetchOne(db.cachedStatement(sql: "SELECT document_id FROM task WHERE id = ?"), arguments: [$0]) },
            asWritten: { number, written in
                try candidates("WHERE t.number = ? AND (d.reference = ? OR d.number = ?) ORDER BY d.issued_on, t.id", [number, written, written])
            },
            withNumber: { try candidates("WHERE t.number = ? ORDER BY d.issued_on, t.id", [$0]) },
            first: { try candidates("ORDER BY d.issued_on, t.id LIMIT 11") })
    }
}
