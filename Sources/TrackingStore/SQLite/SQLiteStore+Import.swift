import Foundation
import GRDB
import Tracking

extension SQLiteStore {
    /// Stores a directive with its addressees and tasks, in one write transaction with its audit
    /// entry ("import"). Agencies are matched by their folded full name (exactly, not by
    /// prefix); the others are created. A document whose reference is already stored is refused
    /// with ``StoreError/alreadyImported(reference:)`` and nothing is written.
    ///
    /// - Parameter dryRun: compute the plan in a transaction that is rolled back.
    public func importDirective(_ directive: DirectiveImport, user: String, at time: String,
                                dryRun: Bool) throws(StoreError) -> ImportPlan {
        try run {
            var plan: ImportPlan? = nil
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    plan = try Importer(db: db, user: user, time: time).importDirective(directive, dryRun: dryRun)
                    return dryRun ? .rollback : .commit
                }
            }
            return plan!
        }
    }
}

extension SQLiteStore {
    /// Several directives (`theodoi import A B C`), each in its own write transaction with its
    /// audit entry, in order: one already in the store is refused in its slot
    /// (``StoreError/alreadyImported(reference:)``) and the others are stored.
    ///
    /// - Parameter dryRun: all of them in one transaction that is rolled back, a savepoint
    ///   each, so that each plan sees what the ones before it would have stored (an agency the
    ///   first creates is matched by the second; the same reference twice is refused).
    /// - Parameter each: called with each directive's index and result as soon as it is known
    ///   (committed, for a real import), so that a caller can show progress, and knows what
    ///   went in even when a later one throws.
    /// - Returns: one result per directive, in order.
    /// - Throws: only for the database as a whole (locked, read-only, corrupt). The directives
    ///   before the failing one stay stored (each was committed); none after it is tried.
    @discardableResult
    public func importDirectives(_ directives: [DirectiveImport], user: String, at time: String, dryRun: Bool,
                                 each: (Int, Result<ImportPlan, StoreError>) -> Void)
        throws(StoreError) -> [Result<ImportPlan, StoreError>] {
        try run {
            var results: [Result<ImportPlan, StoreError>] = []
            if dryRun {
                try pool.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        for directive in directives {
                            try db.inSavepoint {
                                do {
                                    results.append(.success(try Importer(db: db, user: user, time: time)
                                        .importDirective(directive, dryRun: true)))
                                    each(results.count - 1, results[results.count - 1])
                                    return .commit
                                } catch let error as StoreError {
                                    results.append(.failure(error))
                                    each(results.count - 1, results[results.count - 1])
                                    return .rollback
                                }
                            }
                        }
                        return .rollback
                    }
                }
            } else {
                for directive in directives {
                    do {
                        var plan: ImportPlan? = nil
                        try pool.writeWithoutTransaction { db in
                            try db.inTransaction(.immediate) {
                                plan = try Importer(db: db, user: user, time: time).importDirective(directive, dryRun: false)
                                return .commit
                            }
                        }
                        results.append(.success(plan!))
                    } catch let error as StoreError {
                        results.append(.failure(error))
                    }
                    each(results.count - 1, results[results.count - 1])
                }
            }
            return results
        }
    }
}

/// The work of one import, inside the caller's transaction.
struct Importer {
    let db: Database
    let user: String
    let time: String

    func importDirective(_ directive: DirectiveImport, dryRun: Bool) throws -> ImportPlan {
        let document = directive.document
        let reference = document.reference.text
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE reference = ?", arguments: [reference]) == true {
            throw StoreError.alreadyImported(reference: reference)
        }
        var plan = ImportPlan(reference: document.reference, dryRun: dryRun)
        // Read once, then looked up by folded name: a dispatch of n names against m agencies
        // costs n + m, not n × m.
        var agencies = AgencyIndex(try Row.fetchAll(db, sql: "SELECT id, name, short_name, kind FROM agency ORDER BY position").map { row in
            Agency(id: row["id"], name: row["name"], shortName: row["short_name"],
                   kind: Agency.Kind(rawValue: row["kind"]) ?? .department)
        })
        var nextPosition = (try Int.fetchOne(db, sql: "SELECT max(position) FROM agency") ?? -1) + 1
        let seeder = Seeder(db: db, user: user, time: time)

        /// The stored agency of that name, or a new one.
        func agency(named name: String) throws -> Agency {
            if let found = agencies.match(name) {
                if !plan.matched.contains(found), !plan.created.contains(found) { plan.matched.append(found) }
                return found
            }
            let new = AgencyNaming.newAgency(named: name, existingIDs: agencies.ids)
            try seeder.insert(agency: new, position: nextPosition)
            nextPosition += 1
            agencies.add(new)
            plan.created.append(new)
            return new
        }

        for name in document.addressees { _ = try agency(named: name) }
        let documentID = try seeder.insert(document: document, isDirective: true)
        for task in directive.tasks {
            var assignees: [Agency] = []
            for name in task.assigneeNames {
                let found = try agency(named: name)
                if !assignees.contains(found) { assignees.append(found) }
            }
            var cooperating: [Agency] = []
            for name in task.cooperatingNames {
                let found = try agency(named: name)
                if !assignees.contains(found), !cooperating.contains(found) { cooperating.append(found) }
            }
            // A date written without its year ("trước 30/6") is in the dispatch's year.
            let deadline = task.deadlinePhrase.map { Deadline(phrase: $0, year: document.date?.year) } ?? .none()
            let stored = DirectiveTask(id: "", directive: document.reference, number: task.number, text: task.text,
                                       deadline: deadline, assigneeIDs: (assignees + cooperating).map(\.id))
            let id = try seeder.insert(task: stored, documentID: documentID)
            // The seeder writes the columns of the first schema (it seeds dispatch 239 before
            // the role existed): every row is a lead by default; the cooperating ones are marked.
            for agency in cooperating {
                try db.execute(sql: "UPDATE assignment SET role = ? WHERE task_id = ? AND agency_id = ?",
                               arguments: [AssignmentRole.cooperating.rawValue, id, agency.id])
            }
            if assignees.isEmpty {
                plan.warnings.append(.noAssignee(task: task.number, dryRun: dryRun))
            }
            if VietnameseText.fold(task.text).contains("tong hop") {
                plan.warnings.append(.consolidationNotGuessed(task: task.number, dryRun: dryRun))
            }
            plan.tasks.append(ImportPlan.PlannedTask(id: dryRun ? nil : String(id), number: task.number, text: task.text,
                                                     deadline: deadline, assignees: assignees, cooperating: cooperating))
        }
        for areaID in directive.areaIDs {
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM area WHERE id = ?", arguments: [areaID]) == true else {
                throw StoreError.unknownArea(areaID, known: try SnapshotReader.areas(db).map(\.name))
            }
            if try SQLiteStore.link(db, documentID: documentID, areaID: areaID, user: user, at: time, audited: false) {
                plan.areaIDs.append(areaID)
            }
        }
        try AuditTrail.record(db, at: time, user: user, action: "import", subject: reference, before: nil,
                              after: .orderedObject([
                                  ("tasks", .integer(plan.tasks.count)),
                                  ("assignments", .integer(plan.assignmentCount)),
                                  ("cooperating", .integer(plan.cooperatingCount)),
                                  ("agencies_matched", .array(plan.matched.map { .string($0.id) })),
                                  ("agencies_created", .array(plan.created.map { .string($0.id) })),
                                  ("areas", .array(plan.areaIDs.map { .string($0) })),
                              ]), documentID: documentID)
        return plan
    }

    /// The agency whose folded full name is the folded `name`; else the only one whose short
    /// name is. No prefixes: "Sở Công Thương" must not become "Sở Công …" of another.
    static func match(_ name: String, in agencies: [Agency]) -> Agency? {
        AgencyIndex(agencies).match(name)
    }

}
