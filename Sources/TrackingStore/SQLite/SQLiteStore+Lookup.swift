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

    /// The task id and its directive's id, through the `task` indexes.
    static func resolveTaskID(_ db: Database, query raw: String) throws -> (task: Int64, document: Int64) {
        let query = VietnameseText.normalized(raw).trimmingCharacters(in: .whitespaces)
        struct Candidate { var id: Int64; var document: Int64; var reference: String; var number: String; var documentNumber: String }
        func candidates(number: String) throws -> [Candidate] {
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT t.id, t.document_id, d.reference, t.number, d.number FROM task t JOIN document d ON d.id = t.document_id
                WHERE t.number = ? ORDER BY d.issued_on, t.id
                """), arguments: [number]).map {
                Candidate(id: $0[0], document: $0[1], reference: $0[2], number: $0[3], documentNumber: $0[4])
            }
        }
        func label(_ candidate: Candidate) -> String { "\(candidate.id) (\(candidate.reference) #\(candidate.number))" }
        if let id = Int64(query), let document = try Int64.fetchOne(db.cachedStatement(sql: "SELECT document_id FROM task WHERE id = ?"),
                                                                 arguments: [id]) {
            return (id, document)
        }
        var found: [Candidate]
        if let hash = query.lastIndex(where: { $0 == "#" || $0 == ":" }) {
            let written = String(query[..<hash]), number = String(query[query.index(after: hash)...])
            // As written first (one indexed look-up, whatever the store's size); the folded
            // comparison ("239/ubnd-nn.tn#1") only when that finds nothing.
            found = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT t.id, t.document_id, d.reference, t.number, d.number FROM task t JOIN document d ON d.id = t.document_id
                WHERE t.number = ? AND (d.reference = ? OR d.number = ?) ORDER BY d.issued_on, t.id
                """), arguments: [number, written, written]).map {
                Candidate(id: $0[0], document: $0[1], reference: $0[2], number: $0[3], documentNumber: $0[4])
            }
            if found.isEmpty {
                let reference = VietnameseText.fold(written)
                found = try candidates(number: number).filter {
                    VietnameseText.fold($0.reference) == reference || $0.documentNumber == reference
                }
            }
        } else {
            found = try candidates(number: query)
        }
        switch found.count {
        case 1:
            return (found[0].id, found[0].document)
        case 0:
            let known = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT t.id, t.document_id, d.reference, t.number, d.number FROM task t JOIN document d ON d.id = t.document_id
                ORDER BY d.issued_on, t.id LIMIT 11
                """)).map { Candidate(id: $0[0], document: $0[1], reference: $0[2], number: $0[3], documentNumber: $0[4]) }
            throw StoreError.unknownTask(query, known: known.prefix(10).map(label) + (known.count > 10 ? ["…"] : []))
        default:
            throw StoreError.ambiguousTask(query, candidates: found.prefix(10).map(label) + (found.count > 10 ? ["…"] : []))
        }
    }

}
