import Tracking

/// Whether a store may be written.
public enum StoreAccessMode: Sendable {
    /// Creates the store with the embedded data when it is missing, migrates it when older.
    case readWrite
    /// Never writes; fails when the store is missing or not up to date (the wall).
    case readOnly
}

/// The theodoi store: directives, agencies, areas, assignments, reports, drafts, decisions,
/// reminders and the audit trail, whatever engine holds them. The domain, the views and the
/// commands see only this protocol; each engine keeps its own SQL in its own files:
/// ``SQLiteStore`` (one file on one host, the default) and `PostgresStore` (one server shared by
/// several hosts, chosen with `--db postgresql://…`).
///
/// Every implementation keeps the same guarantees:
/// - every change writes its audit entry in the same transaction, with the directive it touched
///   (what ``changes(since:)`` reads, so that open screens re-read only that directive);
/// - two writers never lose a report: submissions serialise per assignment, and a revision
///   stored after the one a form started from is ``StoreError/conflict(revision:by:at:)``;
/// - all text is stored in NFC;
/// - a read is one moment (one read transaction) and costs a fixed number of statements,
///   whatever the store's size (nothing O(N) on a key's path: see ARCHITECTURE.md).
///
/// Errors are ``StoreError``s, one line each in the user's language.
public protocol TrackingStore: AnyObject, Sendable {
    /// Where the store is, for messages: a file's path, or a server's URL without password.
    var location: String { get }
    var mode: StoreAccessMode { get }

    // MARK: Reading

    /// What the screens and commands show, as of `today`, in one read transaction.
    ///
    /// - Parameters:
    ///   - directives: the references of the directives to read ("239/UBND-NN.TN", folded match);
    ///     nil reads every directive. Agencies, areas and successions are always read whole.
    ///   - includingReports: read the latest report of every assignment in scope.
    /// - Throws: ``StoreError/unknownDirective(_:known:)`` for a reference not in the store.
    func snapshot(asOf today: CalendarDate, directives: [String]?, includingReports: Bool) throws(StoreError) -> TrackingSnapshot

    /// Every directive (or those named) as snapshots of at most `chunkSize` directives each, in
    /// order of date, all in one read transaction: what whole-store commands walk through in
    /// constant memory. A throw from `body` stops the walk and is rethrown.
    func forEachSnapshot(asOf today: CalendarDate, directives: [String]?, chunkSize: Int, includingReports: Bool,
                         _ body: (TrackingSnapshot) throws -> Void) throws

    /// The directives changed since an audit entry: the last entry's id, the references of the
    /// directives changed after `auditID`, and whether a change touched no single directive.
    func changes(since auditID: Int64) throws(StoreError) -> (through: Int64, directives: [String], unscoped: Bool)

    /// One agency's ledger: its assignments on every directive (and those of the agencies whose
    /// duties it holds on `today`), with their tasks and directives, and its latest reports.
    func agencySnapshot(_ agencyID: String, asOf today: CalendarDate) throws(StoreError) -> TrackingSnapshot

    /// The reference of the first directive by date; nil for none.
    func firstDirectiveReference() throws(StoreError) -> String?
    /// How many directives the store follows.
    func directiveCount() throws(StoreError) -> Int
    /// Every directive's document, by date, without addressees, recipients and citations.
    func directiveDocuments() throws(StoreError) -> [Document]
    /// The stored references of the directives named (in any case, with or without marks).
    func directiveReferences(_ queries: [String]) throws(StoreError) -> [String]

    /// The latest audit entries, newest first; only those whose subject contains `subject`.
    func auditTrail(limit: Int, subjectContaining subject: String?) throws(StoreError) -> [AuditEntry]

    /// The task a query names ("1", "239/UBND-NN.TN#1", "239#1") and a snapshot of its directive.
    func taskSnapshot(_ query: String, asOf today: CalendarDate,
                      includingReports: Bool) throws(StoreError) -> (task: DirectiveTask, snapshot: TrackingSnapshot)
    /// The same for many queries, each directive read once (`cache`).
    func taskSnapshot(_ query: String, asOf today: CalendarDate,
                      cache: inout DirectiveSnapshots) throws(StoreError) -> (task: DirectiveTask, snapshot: TrackingSnapshot)

    /// The list of directives' counts from aggregates per task (the list's first paint).
    func portfolioCounts(rules: StatusRules, asOf today: CalendarDate) throws -> [Portfolio.Entry]

    // MARK: Reports

    /// Stores a report as the next revision for the agency on the task, with its audit entry, in
    /// one transaction. `expectedRevision`: the revision the submitter saw (nil: no check);
    /// `reportedBy`: the successor sending it (``ReportingParty``).
    /// - Throws: ``StoreError/notAssigned(agency:task:)``, ``StoreError/conflict(revision:by:at:)``,
    ///   ``StoreError/backdated(_:)``.
    func submitReport(_ content: ReportContent, taskID: String, agencyID: String, user: String, clock: VietnamClock,
                      expectedRevision: Int?, reportedBy: String?) throws(StoreError) -> Report
    /// Many reports in one transaction, each refused alone; one result per submission, in order.
    func submitReports(_ submissions: [ReportSubmission]) throws(StoreError) -> [Result<Report, StoreError>]
    /// Every revision of the agency's report on the task, oldest first.
    func reports(taskID: String, agencyID: String) throws(StoreError) -> [Report]
    /// The agency's revisions on the task submitted by `today`, and the latest one after it.
    func reports(taskID: String, agencyID: String, asOf today: CalendarDate) throws(StoreError) -> ReportsAsOf
    /// Every revision of every report of an agency submitted by `today`, by task and revision.
    func reports(agencyID: String, asOf today: CalendarDate) throws(StoreError) -> [Report]

    // MARK: Drafts

    /// Saves (or replaces) the user's draft. `waiting`: false while the user types (a busy store
    /// fails at once with ``StoreError/locked(path:)`` rather than freeze the keys).
    func saveDraft(_ payload: String, baseRevision: Int, user: String, taskID: String, agencyID: String,
                   at time: String, waiting: Bool) throws(StoreError)
    func draft(user: String, taskID: String, agencyID: String) throws(StoreError) -> StoredDraft?
    func deleteDraft(user: String, taskID: String, agencyID: String) throws(StoreError)

    // MARK: Decisions, reminders, areas, imports

    /// Records an extension or a withdrawal, with its audit entry.
    func recordDecision(_ decision: DeadlineDecision, taskID: String, agencyID: String, user: String, at time: String) throws(StoreError)
    /// Records a reminder dispatch that was sent; ``StoreError/reminderExists(reference:on:)`` for a reference already recorded.
    func recordReminder(_ record: ReminderRecord, user: String, at time: String) throws(StoreError)
    func areas() throws(StoreError) -> [Area]
    func areaListings() throws(StoreError) -> [AreaListing]
    @discardableResult
    func addArea(name: String, locality: String, district: String, industry: String,
                 government: AreaGovernment?, user: String, at time: String) throws(StoreError) -> (Area, created: Agency?)
    /// Links areas to a directive; returns the ids newly linked.
    @discardableResult
    func linkAreas(_ areaIDs: [String], toDirective reference: String, user: String, at time: String) throws(StoreError) -> [String]
    /// Unlinks areas; ``StoreError/areaHasFigures(area:directive:reports:)`` while reports carry their figures.
    @discardableResult
    func unlinkAreas(_ areaIDs: [String], fromDirective reference: String, user: String, at time: String) throws(StoreError) -> [String]
    /// Imports a directive (or plans it, in a dry run); ``StoreError/alreadyImported(reference:)``.
    @discardableResult
    func importDirective(_ directive: DirectiveImport, user: String, at time: String, dryRun: Bool) throws(StoreError) -> ImportPlan
    /// Imports many in one transaction, each refused alone; `each` is called as each is done.
    func importDirectives(_ directives: [DirectiveImport], user: String, at time: String, dryRun: Bool,
                          each: (Int, Result<ImportPlan, StoreError>) -> Void) throws(StoreError) -> [Result<ImportPlan, StoreError>]

    // MARK: Copying a store whole (`theodoi migrate`)

    /// The identifier of the last migration applied ("v8-reported-by"): two stores can be copied
    /// into each other only at the same version.
    func schemaVersion() throws(StoreError) -> String
    /// How many rows each table of ``StoreTables/copyOrder`` holds, in one read transaction.
    func tableCounts() throws(StoreError) -> [String: Int]
    /// Every row of every table of ``StoreTables/copyOrder``, in that order and in key order, in
    /// chunks of at most `chunkSize` rows, all in one read transaction (one moment).
    func exportRows(chunkSize: Int, _ body: (StoreRows) throws -> Void) throws
    /// Replaces the store's whole content in one write transaction: empties every table, lets
    /// `body` append rows (parents first), moves the generated ids past the copied ones, and
    /// commits; a throw rolls everything back. The store must hold nothing but its seed (a store
    /// just created), or ``StoreError/notEmpty(location:)``.
    func replaceContent(_ body: (_ append: (StoreRows) throws -> Void) throws -> Void) throws
}

// MARK: - The usual arguments

extension TrackingStore {
    public func snapshot(asOf today: CalendarDate) throws(StoreError) -> TrackingSnapshot {
        try snapshot(asOf: today, directives: nil, includingReports: true)
    }

    public func snapshot(asOf today: CalendarDate, directives: [String]?) throws(StoreError) -> TrackingSnapshot {
        try snapshot(asOf: today, directives: directives, includingReports: true)
    }

    public func snapshot(asOf today: CalendarDate, includingReports: Bool) throws(StoreError) -> TrackingSnapshot {
        try snapshot(asOf: today, directives: nil, includingReports: includingReports)
    }

    public func forEachSnapshot(asOf today: CalendarDate, directives: [String]? = nil, chunkSize: Int = 100,
                                _ body: (TrackingSnapshot) throws -> Void) throws {
        try forEachSnapshot(asOf: today, directives: directives, chunkSize: chunkSize, includingReports: false, body)
    }

    public func auditTrail(limit: Int = 100) throws(StoreError) -> [AuditEntry] {
        try auditTrail(limit: limit, subjectContaining: nil)
    }

    public func taskSnapshot(_ query: String, asOf today: CalendarDate) throws(StoreError) -> (task: DirectiveTask, snapshot: TrackingSnapshot) {
        try taskSnapshot(query, asOf: today, includingReports: false)
    }

    @discardableResult
    public func submitReport(_ content: ReportContent, taskID: String, agencyID: String, user: String, clock: VietnamClock,
                             expectedRevision: Int? = nil) throws(StoreError) -> Report {
        try submitReport(content, taskID: taskID, agencyID: agencyID, user: user, clock: clock,
                         expectedRevision: expectedRevision, reportedBy: nil)
    }

    @discardableResult
    public func submitReport(_ content: ReportContent, taskID: String, agencyID: String, user: String, clock: VietnamClock,
                             reportedBy: String?) throws(StoreError) -> Report {
        try submitReport(content, taskID: taskID, agencyID: agencyID, user: user, clock: clock,
                         expectedRevision: nil, reportedBy: reportedBy)
    }

    public func saveDraft(_ payload: String, baseRevision: Int, user: String, taskID: String, agencyID: String,
                          at time: String) throws(StoreError) {
        try saveDraft(payload, baseRevision: baseRevision, user: user, taskID: taskID, agencyID: agencyID, at: time, waiting: true)
    }

    public func importDirectives(_ directives: [DirectiveImport], user: String, at time: String,
                                 dryRun: Bool) throws(StoreError) -> [Result<ImportPlan, StoreError>] {
        try importDirectives(directives, user: user, at: time, dryRun: dryRun, each: { _, _ in })
    }
}

// MARK: - Finding what a command names (no database)

extension TrackingStore {
    /// Who reports on `task` when the user names `query`: one of its assignees, or a successor
    /// of one ("so nong nghiep" on Sở TN&MT's task 2 from 01/03/2025), for a user who may report
    /// for the agencies `mayReport` accepts (see ``ReportingParty``).
    ///
    /// - Throws: what ``resolveAgency(_:for:in:)`` throws, and
    ///   ``StoreError/successorTooEarly(_:)`` for a successor before the succession's day.
    public func resolveReportingParty(_ query: String, for task: DirectiveTask, in snapshot: TrackingSnapshot,
                                      on today: CalendarDate, mayReport: (String) -> Bool) throws(StoreError) -> ReportingParty {
        let assignee: Agency
        do {
            assignee = try resolveAgency(query, for: task, in: snapshot)
        } catch {
            // Not among the assignees: perhaps the successor of one.
            guard case .notAssigned = error, let named = snapshot.agencies.first(where: { $0.id == query || $0.name == query })
                    ?? { if case .found(let agency) = NameMatcher(snapshot.agencies, names: { $0.searchNames }).match(query) { agency } else { nil } }()
            else { throw error }
            let party: ReportingParty?
            do {
                party = try snapshot.successorParty(named, on: task, today: today)
            } catch let refusal {
                throw .successorTooEarly(refusal)
            }
            guard let party else { throw error }
            return party
        }
        do {
            return try snapshot.reportingParty(for: assignee, on: today, mayReport: mayReport)
        } catch {
            throw .successorTooEarly(error)
        }
    }

    /// Finds an agency among the task's assignees, by full name or folded prefix ("cong an").
    public func resolveAgency(_ query: String, for task: DirectiveTask, in snapshot: TrackingSnapshot) throws(StoreError) -> Agency {
        let assignees = task.assigneeIDs.compactMap(snapshot.agency)
        // An id or a full name as stored (what files of many reports carry): no folding.
        if let exact = assignees.first(where: { $0.id == query || $0.name == query }) { return exact }
        switch NameMatcher(assignees, names: { $0.searchNames }).match(query) {
        case .found(let agency):
            return agency
        case .ambiguous(let candidates):
            throw .ambiguousAgency(query, candidates: candidates.map(\.name))
        case .notFound:
            if case .found(let other) = NameMatcher(snapshot.agencies, names: { $0.searchNames }).match(query) {
                throw .notAssigned(agency: other.name, task: "\(task.directive.text) #\(task.number)")
            }
            throw .unknownAgency(query, known: assignees.map(\.name))
        }
    }
}

extension Area {
    /// The one area `name` designates: its id, its name, or a folded prefix of its name or
    /// locality ("phong khe", "phu lam"), as a report's figures name areas (SPEC §4).
    ///
    /// - Throws: ``StoreError/unknownArea(_:known:)``, ``StoreError/ambiguousArea(_:candidates:)``.
    public static func resolve(_ name: String, in areas: [Area]) throws(StoreError) -> Area {
        if let exact = areas.first(where: { $0.id == name }) { return exact }
        switch NameMatcher(areas, names: { $0.searchNames }).match(name) {
        case .found(let area): return area
        case .ambiguous(let candidates): throw .ambiguousArea(name, candidates: candidates.map(\.name))
        case .notFound: throw .unknownArea(name, known: areas.map(\.name))
        }
    }
}
