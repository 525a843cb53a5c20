import Foundation
import Tracking
import TrackingStore

/// Finding what a command names — a directive, a task — through the indexes, then reading only
/// its directive: the translation of SQLite's `directiveIDs` and `resolveTaskID`, with the same
/// matches, errors and messages.
extension PostgresStore {
    /// The task a query names and a snapshot of its directive alone (every agency and area, that
    /// directive's tasks and assignments): what `report submit` reads, in one read transaction.
    ///
    /// - Parameter query: the task's id ("1"), directive and number ("239/UBND-NN.TN#1",
    ///   "239#1"), or its number alone when only one directive has it.
    /// - Throws: ``StoreError/unknownTask(_:known:)`` (with at most ten of the tasks) or
    ///   ``StoreError/ambiguousTask(_:candidates:)``.
    public func taskSnapshot(_ query: String, asOf today: CalendarDate,
                             includingReports: Bool) throws(StoreError) -> (task: DirectiveTask, snapshot: TrackingSnapshot) {
        try read { session in
            let (taskID, documentID) = try Self.resolveTaskID(session, query: query)
            let snapshot = try PostgresSnapshotReader.read(session, asOf: today,
                                                           scope: .init(documentIDs: [documentID], includesReports: includingReports))
            guard let task = snapshot.task(String(taskID)) else { throw StoreError.unknownTask(query, known: []) }
            return (task, snapshot)
        }
    }

    /// ``taskSnapshot(_:asOf:includingReports:)`` for many queries (`report submit --file`): each
    /// query is resolved through the `task` indexes, but a directive already in `cache` is not
    /// read again, however many of its tasks are named.
    public func taskSnapshot(_ query: String, asOf today: CalendarDate,
                             cache: inout DirectiveSnapshots) throws(StoreError) -> (task: DirectiveTask, snapshot: TrackingSnapshot) {
        let known = cache.byDocument
        let (document, task, snapshot) = try read { session in
            let (taskID, documentID) = try Self.resolveTaskID(session, query: query)
            let snapshot = try known[documentID]
                ?? PostgresSnapshotReader.read(session, asOf: today, scope: .init(documentIDs: [documentID], includesReports: false))
            guard let task = snapshot.task(String(taskID)) else { throw StoreError.unknownTask(query, known: []) }
            return (documentID, task, snapshot)
        }
        if known[document] == nil { cache.byDocument[document] = snapshot }
        return (task, snapshot)
    }

    private static let candidateColumns = """
        SELECT t.id, t.document_id, d.reference, t.number, d.number FROM task t JOIN document d ON d.id = t.document_id
        """

    /// The task id and its directive's id, through the `task` indexes (`task_by_number`, the
    /// primary key): a few rows whatever the store's size; ``TaskQuery``'s rules.
    static func resolveTaskID(_ session: PostgresSession, query: String) throws -> (task: Int64, document: Int64) {
        func candidates(_ sql: String, _ binds: [PostgresValue] = []) throws -> [TaskQuery.Candidate] {
            try session.query(candidateColumns + " " + sql, binds).map {
                TaskQuery.Candidate(id: $0.requiredInteger(0), document: $0.requiredInteger(1), reference: $0.required(2),
                                    number: $0.required(3), documentNumber: $0.required(4))
            }
        }
        return try TaskQuery.resolve(
            query,
            documentOfTask: { try session.query("SELECT document_id FROM task WHERE id = $1", [.integer($0)]).first?.integer(0) },
            asWritten: { number, written in
                try candidates("WHERE t.number = $1 AND (d.reference = $2 OR d.number = $2) ORDER BY d.issued_on NULLS FIRST, t.id",
                               [.text(number), .text(written)])
            },
            withNumber: { try candidates("WHERE t.number = $1 ORDER BY d.issued_on NULLS FIRST, t.id", [.text($0)]) },
            first: { try candidates("ORDER BY d.issued_on NULLS FIRST, t.id LIMIT 11") })
    }

    /// The ids of the directives with these references, in the order named: the stored
    /// reference as written (one indexed look-up), else a folded match ("239/ubnd-nn.tn").
    ///
    /// - Throws: ``StoreError/ambiguousDirective(_:candidates:)`` when the folded name matches
    ///   two references (910/SỞ-MT and 910/SO-MT), ``StoreError/unknownDirective(_:known:)``
    ///   (with at most ten references) when it matches none.
    static func directiveIDs(_ session: PostgresSession, references: [String]) throws -> [Int64] {
        try references.map { reference in
            let normalized = VietnameseText.normalized(reference).trimmingCharacters(in: .whitespaces)
            if let id = try session.query("SELECT id FROM document WHERE is_directive AND reference = $1",
                                          [.text(normalized)]).first?.integer(0) {
                return id
            }
            let key = VietnameseText.fold(normalized)
            let all = try session.query("SELECT id, reference FROM document WHERE is_directive ORDER BY issued_on NULLS FIRST, id")
            let matches = all.filter { VietnameseText.fold($0.required(1)) == key }
            if matches.count > 1 { throw StoreError.ambiguousDirective(reference, candidates: matches.map { $0.required(1) }) }
            if let row = matches.first { return row.requiredInteger(0) }
            throw StoreError.unknownDirective(reference, known: all.prefix(10).map { $0.required(1) } + (all.count > 10 ? ["…"] : []))
        }
    }
}
