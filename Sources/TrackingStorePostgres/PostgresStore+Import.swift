import Tracking
import TrackingStore

extension PostgresStore {
    /// Stores a directive with its addressees and tasks, in one write transaction with its audit
    /// entry (`import`). Agencies are matched by their folded full name (exactly, not by prefix),
    /// else by a short name only one has; the others are created. Lead and cooperating agencies
    /// get their roles, the areas named are linked, and the plan says what was matched, created
    /// and doubted (``ImportPlan/warnings``).
    ///
    /// - Parameter dryRun: compute the plan, then roll back: nothing is written, nobody notified.
    /// - Throws: ``StoreError/alreadyImported(reference:)`` (nothing written),
    ///   ``StoreError/unknownArea(_:known:)``.
    @discardableResult
    public func importDirective(_ directive: DirectiveImport, user: String, at time: String,
                                dryRun: Bool) throws(StoreError) -> ImportPlan {
        try write { session in
            try PostgresImporter(session: session, user: user, time: time).attempt(directive, dryRun: dryRun, rollingBack: dryRun).get()
        }
    }

    /// Several directives (`theodoi import A B C`), each in its own write transaction with its
    /// audit entry, in order: one refused (already in the store, an unknown area) is reported in
    /// its slot and the others are stored.
    ///
    /// - Parameter dryRun: all of them in one transaction that is rolled back, a savepoint each,
    ///   so that each plan sees what the ones before it would have stored (an agency the first
    ///   creates is matched by the second; the same reference twice is refused).
    /// - Parameter each: called with each directive's index and result as soon as it is known
    ///   (committed, for a real import).
    /// - Returns: one result per directive, in order.
    /// - Throws: only for the store as a whole (the server, the connection). The directives
    ///   before the failing one stay stored (each was committed); none after it is tried.
    public func importDirectives(_ directives: [DirectiveImport], user: String, at time: String, dryRun: Bool,
                                 each: (Int, Result<ImportPlan, StoreError>) -> Void) throws(StoreError) -> [Result<ImportPlan, StoreError>] {
        if dryRun {
            // One attempt: `each` must not hear of a directive twice (a retried transaction
            // would run the plans again).
            return try writeOnce { session in
                let importer = PostgresImporter(session: session, user: user, time: time)
                try Self.lockAgenciesAndAreas(session)
                try session.execute("SAVEPOINT theodoi_dry_run")
                var results: [Result<ImportPlan, StoreError>] = []
                for directive in directives {
                    results.append(try importer.attempt(directive, dryRun: true, rollingBack: false))
                    each(results.count - 1, results[results.count - 1])
                }
                try session.execute("ROLLBACK TO SAVEPOINT theodoi_dry_run")
                try importer.rewindIdentities()
                return results
            }
        }
        var results: [Result<ImportPlan, StoreError>] = []
        for directive in directives {
            // A refusal is rolled back within the transaction and returned, so that only the
            // store's own failures leave `write` as a throw.
            results.append(try write { session in
                try PostgresImporter(session: session, user: user, time: time).attempt(directive, dryRun: false, rollingBack: false)
            })
            each(results.count - 1, results[results.count - 1])
        }
        return results
    }

    /// ``write(_:)`` without a second attempt: for bodies that report progress as they go, or
    /// run the caller's code (``replaceContent(_:)``), which must not run twice.
    func writeOnce<T>(_ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        guard mode == .readWrite else { throw .readOnly(path: location) }
        return try withSession { session in
            try session.transaction(isolation: .readCommitted, attempts: 1) { session in try body(session) }
        }
    }

    /// Serialises the writes that create agencies and areas (imports, `area add`): each reads
    /// the agencies and areas, picks names and ids that are free, and inserts them. Two at once
    /// would both pick the same free id; under this transaction-scoped lock (keys: theodoi's
    /// id and 2; the migrations hold 1), the second reads only once the first has committed.
    /// Report submissions never take it.
    static func lockAgenciesAndAreas(_ session: PostgresSession) throws {
        try session.execute("SELECT pg_advisory_xact_lock(\(PostgresSchema.applicationID), 2)")
    }
}

/// The work of one import, inside the caller's transaction: SQLite's `Importer`, statement for
/// statement, so that both engines store the same rows and plan the same way.
struct PostgresImporter {
    let session: PostgresSession
    let user: String
    let time: String

    /// One import in a savepoint of its own, under the lock on agencies and areas: a refusal
    /// (``StoreError``) is rolled back alone and returned as the failure; `rollingBack` (a dry
    /// run) rolls back a success too, once its plan is made.
    ///
    /// A rolled-back import leaves no gap in the ids users type ("task 7"): the `document` and
    /// `task` identities are wound back to the largest id stored (only imports draw from them,
    /// and they are serialised by the lock, held past the rollback since it was taken before the
    /// savepoint). A dry run writes no audit entry, whose identity every writer draws from.
    func attempt(_ directive: DirectiveImport, dryRun: Bool, rollingBack: Bool) throws -> Result<ImportPlan, StoreError> {
        try PostgresStore.lockAgenciesAndAreas(session)
        try session.execute("SAVEPOINT theodoi_import")
        let outcome: Result<ImportPlan, StoreError>
        do {
            outcome = .success(try importDirective(directive, dryRun: dryRun))
        } catch let refusal as StoreError {
            outcome = .failure(refusal)
        }
        if case .success = outcome, !rollingBack {
            try session.execute("RELEASE SAVEPOINT theodoi_import")
            return outcome
        }
        try session.execute("ROLLBACK TO SAVEPOINT theodoi_import")
        try session.execute("RELEASE SAVEPOINT theodoi_import")
        try rewindIdentities()
        return outcome
    }

    /// Winds the `document` and `task` identities back to just past the largest id there is
    /// (see ``attempt(_:dryRun:rollingBack:)``); only under the lock on agencies and areas.
    func rewindIdentities() throws {
        for table in ["document", "task"] {
            try session.execute("""
                SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce(max(id), 0) + 1, false) FROM \(table)
                """, [.text(table)])
        }
    }

    private func importDirective(_ directive: DirectiveImport, dryRun: Bool) throws -> ImportPlan {
        let document = directive.document
        let reference = document.reference.text
        if try !session.query("SELECT 1 FROM document WHERE reference = $1", [.text(reference)]).isEmpty {
            throw StoreError.alreadyImported(reference: reference)
        }
        var plan = ImportPlan(reference: document.reference, dryRun: dryRun)
        // Read once, then looked up by folded name: n names against m agencies cost n + m.
        var agencies = AgencyIndex(try session.query("SELECT id, name, short_name, kind FROM agency ORDER BY position")
            .map { row in
                Agency(id: row.text(0) ?? "", name: row.text(1) ?? "", shortName: row.text(2) ?? "",
                       kind: Agency.Kind(rawValue: row.text(3) ?? "") ?? .department)
            })
        var nextPosition = try PostgresWriteLookup.nextPosition(session, in: "agency")
        let seeder = PostgresWriteSeeder(session: session)

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
        let documentID: Int64
        do {
            documentID = try seeder.insert(document: document, isDirective: true)
        } catch is PostgresWriteRefusal {
            // Checked above under the lock; only a writer that does not take it could get here.
            throw StoreError.alreadyImported(reference: reference)
        }
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
            for agency in cooperating {
                try session.execute("UPDATE assignment SET role = $1 WHERE task_id = $2 AND agency_id = $3",
                                    [.text(AssignmentRole.cooperating.rawValue), .integer(id), .text(agency.id)])
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
            guard try !session.query("SELECT 1 FROM area WHERE id = $1", [.text(areaID)]).isEmpty else {
                throw StoreError.unknownArea(areaID, known: try PostgresStore.areaNames(session))
            }
            if try PostgresStore.link(session, documentID: documentID, areaID: areaID) {
                plan.areaIDs.append(areaID)
            }
        }
        // Not in a dry run: it would be rolled back, but the `audit` identity (which every
        // writer draws from, and which cannot be wound back) would keep a gap.
        guard !dryRun else { return plan }
        try PostgresAuditTrail.record(session, at: time, user: user, action: "import", subject: reference, before: nil,
                                      after: .orderedObject([
                                          ("tasks", .integer(plan.tasks.count)),
                                          ("assignments", .integer(plan.assignmentCount)),
                                          ("cooperating", .integer(plan.cooperatingCount)),
                                          ("agencies_matched", .array(plan.matched.map { .string($0.id) })),
                                          ("agencies_created", .array(plan.created.map { .string($0.id) })),
                                          ("areas", .array(plan.areaIDs.map { .string($0) })),
                                      ]), directive: .init(id: documentID, reference: reference))
        return plan
    }
}
