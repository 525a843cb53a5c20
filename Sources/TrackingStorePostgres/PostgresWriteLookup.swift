import Foundation
import Tracking
import TrackingStore

/// The few reads a write makes inside its own transaction (so that they see what it is about to
/// change, and lock what they must): a directive by the reference a user typed, an assignment's
/// directive. Each goes through an index; none reads the store whole but the folded fallback of
/// ``directive(_:_:)``, as SQLite's `directiveIDs` does.
enum PostgresWriteLookup {
    /// The directive a reference names: as written (NFC, trimmed) first, through the unique
    /// index; else the only directive whose folded reference is the folded query.
    ///
    /// - Throws: ``StoreError/ambiguousDirective(_:candidates:)`` when several fold alike,
    ///   ``StoreError/unknownDirective(_:known:)`` (with at most ten, by date) for none.
    static func directive(_ session: PostgresSession, _ reference: String) throws -> PostgresAuditTrail.Directive {
        let normalized = VietnameseText.normalized(reference).trimmingCharacters(in: .whitespaces)
        if let row = try session.query("SELECT id, reference FROM document WHERE is_directive AND reference = $1",
                                       [.text(normalized)]).first,
           let id = row.integer(0), let stored = row.text(1) {
            return .init(id: id, reference: stored)
        }
        let key = VietnameseText.fold(normalized)
        // SQLite orders NULLs first; the list of known references reads the same on both engines.
        let all = try session.query("SELECT id, reference FROM document WHERE is_directive ORDER BY issued_on NULLS FIRST, id")
            .compactMap { row -> PostgresAuditTrail.Directive? in
                guard let id = row.integer(0), let stored = row.text(1) else { return nil }
                return .init(id: id, reference: stored)
            }
        let matches = all.filter { VietnameseText.fold($0.reference) == key }
        if matches.count > 1 { throw StoreError.ambiguousDirective(reference, candidates: matches.map(\.reference)) }
        if let found = matches.first { return found }
        throw StoreError.unknownDirective(reference, known: all.prefix(10).map(\.reference) + (all.count > 10 ? ["…"] : []))
    }

    /// The directive of the agency's assignment on the task; nil when there is none.
    static func assignmentDirective(_ session: PostgresSession, taskID: Int64, agencyID: String) throws -> PostgresAuditTrail.Directive? {
        guard let row = try session.query("""
            SELECT d.id, d.reference FROM assignment a JOIN task t ON t.id = a.task_id JOIN document d ON d.id = t.document_id
            WHERE a.task_id = $1 AND a.agency_id = $2
            """, [.integer(taskID), .text(agencyID)]).first,
              let id = row.integer(0), let reference = row.text(1)
        else { return nil }
        return .init(id: id, reference: reference)
    }

    /// The position after the last of a table that orders by `position` (`agency`, `area`): 0
    /// for an empty one. The table is one of the program's names, never a user's.
    static func nextPosition(_ session: PostgresSession, in table: String) throws -> Int {
        guard case .integer(let last) = try session.scalar("SELECT max(position) FROM \(table)") else { return 0 }
        return Int(last) + 1
    }
}
