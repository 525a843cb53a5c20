import Foundation
import Tracking
import TrackingStore

/// Reads a ``TrackingSnapshot`` out of PostgreSQL inside one read transaction: the translation of
/// SQLite's `SnapshotReader`, statement for statement, so that both engines give the same
/// snapshot for the same rows.
///
/// A fixed number of statements whatever the store's size — one per table (sixteen at most),
/// grouped in Swift through dictionaries keyed by id — and never one per row: each statement is
/// a round trip to the server. Rows are read by index (``PostgresRecord/text(_:)``), never by
/// name, in the loops over assignments, tasks and reports.
///
/// What differs from SQLite's SQL, and why:
/// - directive ids are inlined as an array literal (`= ANY('{1,2}'::bigint[])`): they are
///   integers read from the store, and an empty list (`directives: []`, the dashboard's first
///   frame) stays valid SQL, where `IN ()` is not;
/// - the day and the agencies are bind parameters: `$1` is always `today`, `$2…` the agencies of
///   an agency's ledger, and every statement of one read receives the same list (typed, so a
///   statement may leave some unused);
/// - SQLite sorts NULL first, PostgreSQL last: `issued_on` (nullable) sorts `NULLS FIRST`;
/// - `rowid` (the order successions were written in) has no equivalent: `ctid`, the rows'
///   physical order, is the same for a table that is only ever inserted into (successions are).
enum PostgresSnapshotReader {
    /// What to read (the same as SQLite's `SnapshotReader.Scope`).
    struct Scope {
        /// The directives' document ids; nil for every directive.
        var documentIDs: [Int64]?
        /// Whether to read the latest report of every assignment in scope (sections, figures).
        var includesReports: Bool
        /// Only this agency's assignments (and those of the agencies whose duties it holds on
        /// the day), and the tasks and directives that have one: an agency's ledger.
        var agencyID: String? = nil
    }

    /// - Parameter today: reports and decisions after this day are left out.
    static func read(_ session: PostgresSession, asOf today: CalendarDate, scope: Scope) throws -> TrackingSnapshot {
        let agencies = try session.query("SELECT id, name, short_name, kind FROM agency ORDER BY position").map { row in
            Agency(id: row.required(0), name: row.required(1), shortName: row.required(2),
                   kind: Agency.Kind(rawValue: row.required(3)) ?? .department)
        }
        // One String instance per agency id, shared by every assignment that names it.
        let agencyIDs = Dictionary(agencies.map { ($0.id, $0.id) }, uniquingKeysWith: { first, _ in first })
        let successions = try Self.successions(session)

        let filter = scope.documentIDs.map(anyOf)
        // An agency's ledger holds its own assignments and those of the agencies whose duties it
        // holds today through a merger or an abolition (issue 11 item 4).
        let held = scope.agencyID.map { [$0] + SuccessionHistory(successions).predecessors(of: $0, on: today).map(\.agencyID) } ?? []
        let binds: [PostgresValue] = [.text(today.iso)] + held.map { .text($0) }
        let heldList = held.indices.map { "$\($0 + 2)" }.joined(separator: ", ")

        var documentCondition = filter.map { "AND id \($0)" } ?? ""
        var taskCondition = filter.map { "AND t.document_id \($0)" } ?? ""
        /// The assignment-level condition on a table aliased `alias` (task_id, agency_id columns).
        var ownCondition: (String) -> String = { _ in "" }
        if scope.agencyID != nil {
            documentCondition += " AND id IN (SELECT t.document_id FROM task t JOIN assignment a ON a.task_id = t.id WHERE a.agency_id IN (\(heldList)))"
            taskCondition += " AND t.id IN (SELECT task_id FROM assignment WHERE agency_id IN (\(heldList)))"
            ownCondition = { " AND \($0).agency_id IN (\(heldList))" }
        }

        let documentRows = try session.query("""
            SELECT \(documentColumns) FROM document WHERE is_directive \(documentCondition) ORDER BY issued_on NULLS FIRST, id
            """, scope.agencyID != nil ? binds : [])
        let documentFilter: (String) -> String = { column in
            if scope.agencyID != nil { return "WHERE \(column) \(anyOf(documentRows.map { $0.requiredInteger(0) }))" }
            return filter.map { "WHERE \(column) \($0)" } ?? ""
        }
        // The directives' areas; the snapshot's areas are those linked to any of them.
        let areaLinks = try grouped(session.query("""
            SELECT l.document_id, l.area_id FROM directive_area l JOIN area a ON a.id = l.area_id
            \(documentFilter("l.document_id")) ORDER BY l.document_id, a.position
            """)) { row in row.text(1) }
        let linked = Set(areaLinks.values.joined())
        let areas = try Self.areas(session).filter { linked.contains($0.id) }
        let citations = try grouped(session.query("""
            SELECT document_id, reference, cited_on FROM document_citation \(documentFilter("document_id")) ORDER BY document_id, position
            """)) { row in
            row.text(1).flatMap(DocumentReference.init).map { Citation(reference: $0, date: date(row.text(2))) }
        }
        let addressees = try grouped(session.query("""
            SELECT document_id, name FROM document_addressee \(documentFilter("document_id")) ORDER BY document_id, position
            """)) { row in row.text(1) }
        let recipients = try grouped(session.query("""
            SELECT document_id, text FROM document_recipient \(documentFilter("document_id")) ORDER BY document_id, position
            """)) { row in row.text(1) }

        // Assignments, in task and dispatch order.
        var assignments: [Assignment] = []
        var assigneeIDs: [Int64: [String]] = [:]
        let assignmentRows = try session.query("""
            SELECT a.task_id, a.agency_id,
                   CASE WHEN a.first_submitted_on <= $1 THEN a.first_submitted_on END,
                   CASE WHEN a.first_submitted_on <= $1 THEN a.first_submitted_at END,
                   CASE WHEN a.latest_submitted_on <= $1 THEN a.latest_revision
                        WHEN a.first_submitted_on <= $1 THEN
                          (SELECT max(revision) FROM report r WHERE r.task_id = a.task_id AND r.agency_id = a.agency_id
                             AND r.submitted_on <= $1)
                        ELSE 0 END,
                   CASE WHEN a.latest_submitted_on <= $1 THEN a.latest_submitted_at
                        WHEN a.first_submitted_on <= $1 THEN
                          (SELECT max(submitted_at) FROM report r WHERE r.task_id = a.task_id AND r.agency_id = a.agency_id
                             AND r.submitted_on <= $1)
                        END,
                   a.role,
                   CASE WHEN a.first_submitted_on <= $1 THEN a.first_reported_by END
            FROM assignment a JOIN task t ON t.id = a.task_id
            WHERE true \(taskCondition) \(ownCondition("a"))
            ORDER BY a.task_id, a.position
            """, binds)
        assignments.reserveCapacity(assignmentRows.count)
        for row in assignmentRows {
            let taskID = row.requiredInteger(0)
            let readID = row.required(1)
            let agencyID = agencyIDs[readID] ?? readID
            assigneeIDs[taskID, default: []].append(agencyID)
            assignments.append(Assignment(
                taskID: String(taskID), agencyID: agencyID, role: AssignmentRole(rawValue: row.required(6)) ?? .lead,
                firstSubmittedOn: date(row.text(2)), firstSubmittedAt: row.text(3),
                latestRevision: row.int(4) ?? 0, latestSubmittedAt: row.text(5),
                firstReportedBy: row.text(7).map { agencyIDs[$0] ?? $0 }))
        }
        try attachDecisions(session.query("""
            SELECT d.task_id, d.agency_id, d.kind, d.extended_to, d.decided_on, d.reference, d.note
            FROM deadline_decision d JOIN task t ON t.id = d.task_id
            WHERE d.decided_on <= $1 \(taskCondition) \(ownCondition("d"))
            ORDER BY d.task_id, d.agency_id, d.decided_on, d.id
            """, binds), to: &assignments, today: today)
        try attachReminders(session.query("""
            SELECT ra.task_id, ra.agency_id, r.reference, r.sent_on, r.asked_by
            FROM reminder_assignment ra JOIN reminder r ON r.id = ra.reminder_id JOIN task t ON t.id = ra.task_id
            WHERE r.sent_on <= $1 \(taskCondition) \(ownCondition("ra"))
            ORDER BY ra.task_id, ra.agency_id, r.sent_on, r.id
            """, binds), to: &assignments)
        try attachSubmissionDays(session.query("""
            SELECT r.task_id, r.agency_id, r.submitted_on FROM task t JOIN report r ON r.task_id = t.id
            WHERE t.deadline_qualifier = 'monthly' AND r.submitted_on <= $1 \(taskCondition) \(ownCondition("r"))
            ORDER BY r.task_id, r.agency_id, r.revision
            """, binds), to: &assignments)

        let consolidations = try grouped(session.query("""
            SELECT c.task_id, c.source_task_id FROM task_consolidation c JOIN task t ON t.id = c.task_id
            WHERE true \(taskCondition) ORDER BY c.task_id, c.source_task_id
            """, scope.agencyID != nil ? binds : [])) { row in row.integer(1).map { String($0) } }
        var tasksByDocument: [Int64: [DirectiveTask]] = [:]
        let references = Dictionary(documentRows.map { row in (row.requiredInteger(0), reference(row)) },
                                    uniquingKeysWith: { first, _ in first })
        let taskRows = try session.query("""
            SELECT t.id, t.document_id, t.number, t.text, t.deadline_raw, t.deadline_anchor, t.deadline_qualifier,
                   t.deadline_day_of_month, t.report_to, t.copy_to
            FROM task t WHERE true \(taskCondition) ORDER BY t.id
            """, scope.agencyID != nil ? binds : [])
        for row in taskRows {
            let id = row.requiredInteger(0), documentID = row.requiredInteger(1)
            guard let reference = references[documentID] else { continue }
            tasksByDocument[documentID, default: []].append(DirectiveTask(
                id: String(id), directive: reference, number: row.required(2), text: row.required(3),
                deadline: deadline(row, from: 4), assigneeIDs: assigneeIDs[id] ?? [],
                reportTo: stringArray(row.required(8)), copyTo: stringArray(row.required(9)),
                consolidates: consolidations[id] ?? []))
        }
        let directives = documentRows.map { row in
            let id = row.requiredInteger(0)
            return Directive(document: document(row, citations: citations[id] ?? [], addressees: addressees[id] ?? [],
                                                recipients: recipients[id] ?? []),
                             tasks: tasksByDocument[id] ?? [], areaIDs: areaLinks[id] ?? [])
        }
        let latestReports = scope.includesReports
            ? try self.latestReports(session, condition: taskCondition + ownCondition("a"), binds: binds) : []
        return TrackingSnapshot(directives: directives, agencies: agencies, areas: areas,
                                assignments: assignments, successions: successions, latestReports: latestReports)
    }

    /// The latest revision (as of today) of every reported assignment in scope, with figures:
    /// two statements, joined on the assignment's summary columns.
    private static func latestReports(_ session: PostgresSession, condition: String, binds: [PostgresValue]) throws -> [Report] {
        let latest = """
            FROM assignment a JOIN task t ON t.id = a.task_id
            JOIN report r ON r.task_id = a.task_id AND r.agency_id = a.agency_id
             AND r.revision = CASE WHEN a.latest_submitted_on <= $1 THEN a.latest_revision
                                   ELSE (SELECT max(revision) FROM report x WHERE x.task_id = a.task_id
                                         AND x.agency_id = a.agency_id AND x.submitted_on <= $1) END
            """
        let inScope = "WHERE a.first_submitted_on <= $1 \(condition)"
        var figures: [Int64: [AreaFigures]] = [:]
        for row in try session.query("""
            SELECT \(PostgresReportRows.figureColumns(alias: "f")) \(latest)
            JOIN report_figure f ON f.report_id = r.id JOIN area ar ON ar.id = f.area_id
            \(inScope) ORDER BY f.report_id, ar.position
            """, binds) {
            figures[row.requiredInteger(0), default: []].append(PostgresReportRows.figures(row))
        }
        return try session.query("SELECT \(PostgresReportRows.reportColumns(alias: "r")) \(latest) \(inScope) ORDER BY a.task_id, a.position",
                                 binds).map { row in
            PostgresReportRows.report(row, figures: figures[row.requiredInteger(0)] ?? [])
        }
    }

    /// `= ANY('{1,2,3}'::bigint[])`: ids read from the store (integers, nothing to escape); valid
    /// for an empty list too.
    static func anyOf(_ ids: [Int64]) -> String {
        "= ANY('{" + ids.map(String.init).joined(separator: ",") + "}'::bigint[])"
    }

    /// Rows grouped by their first column (an id), in the rows' order.
    private static func grouped<T>(_ rows: [PostgresRecord], _ transform: (PostgresRecord) -> T?) -> [Int64: [T]] {
        var result: [Int64: [T]] = [:]
        for row in rows {
            if let value = transform(row) { result[row.requiredInteger(0), default: []].append(value) }
        }
        return result
    }

    /// Every succession, those of one predecessor and day grouped into one, in the order SQLite
    /// gives them (day, predecessor in byte order, then the order they were written in).
    static func successions(_ session: PostgresSession) throws -> [Succession] {
        var successions: [Succession] = []
        var index: [String: Int] = [:]
        let rows = try session.query("""
            SELECT predecessor_id, successor_id, effective_on, note FROM agency_succession
            ORDER BY effective_on, predecessor_id COLLATE "C", ctid
            """)
        for row in rows {
            let predecessor = row.required(0), successor = row.required(1)
            guard let effective = date(row.text(2)) else { continue }
            let key = predecessor + "\u{0}" + effective.iso
            if let at = index[key] {
                successions[at].successorIDs.append(successor)
            } else {
                index[key] = successions.count
                successions.append(Succession(predecessorID: predecessor, successorIDs: [successor],
                                              effective: effective, note: row.required(3)))
            }
        }
        return successions
    }

    /// Decisions (rows ordered by task, agency, day) onto the assignments (ordered by task).
    private static func attachDecisions(_ rows: [PostgresRecord], to assignments: inout [Assignment], today: CalendarDate) {
        var decisions: [String: [DeadlineDecision]] = [:]
        for row in rows {
            let kind: DeadlineDecision.Kind
            switch row.required(2) {
            case "extension":
                guard let to = date(row.text(3)) else { continue }
                kind = .extended(to: to)
            case "withdrawal": kind = .withdrawal
            default: continue
            }
            decisions["\(row.requiredInteger(0))\u{0}\(row.required(1))", default: []].append(
                DeadlineDecision(kind: kind, decidedOn: date(row.text(4)) ?? today, reference: row.text(5), note: row.required(6)))
        }
        attach(decisions, to: &assignments) { $0.decisions = $1 }
    }

    /// Reminders (rows ordered by task, agency, day) onto the assignments they chased.
    private static func attachReminders(_ rows: [PostgresRecord], to assignments: inout [Assignment]) {
        var reminders: [String: [Reminder]] = [:]
        for row in rows {
            guard let sent = date(row.text(3)) else { continue }
            reminders["\(row.requiredInteger(0))\u{0}\(row.required(1))", default: []].append(
                Reminder(reference: row.required(2), sentOn: sent, askedBy: date(row.text(4))))
        }
        attach(reminders, to: &assignments) { $0.reminders = $1 }
    }

    /// Every submission day of the assignments of monthly tasks, whose status depends on each
    /// period's report (the others need only the first submission).
    private static func attachSubmissionDays(_ rows: [PostgresRecord], to assignments: inout [Assignment]) {
        var days: [String: [CalendarDate]] = [:]
        for row in rows {
            if let day = date(row.text(2)) { days["\(row.requiredInteger(0))\u{0}\(row.required(1))", default: []].append(day) }
        }
        attach(days, to: &assignments) { $0.submissionDays = $1 }
    }

    /// Puts each assignment's values (keyed "task\0agency") onto it.
    private static func attach<T>(_ values: [String: [T]], to assignments: inout [Assignment],
                                  _ set: (inout Assignment, [T]) -> Void) {
        guard !values.isEmpty else { return }
        for index in assignments.indices {
            if let found = values[assignments[index].taskID + "\u{0}" + assignments[index].agencyID] {
                set(&assignments[index], found)
            }
        }
    }

    /// Every area of the store, in their order.
    static func areas(_ session: PostgresSession) throws -> [Area] {
        try session.query("SELECT id, name, locality, district, industry, government_id FROM area ORDER BY position").map { row in
            Area(id: row.required(0), name: row.required(1), locality: row.required(2), district: row.required(3),
                 industry: row.required(4), governmentID: row.text(5))
        }
    }

    /// The columns ``document(_:citations:addressees:recipients:)`` reads, in its order.
    static let documentColumns = """
        id, reference, number, symbol, grammar, kind, issuer, place, issued_on, subject,
        signer_authority, signer_title, signer_name
        """

    /// The reference of a row of ``documentColumns`` (columns 1 to 4).
    static func reference(_ row: PostgresRecord) -> DocumentReference {
        DocumentReference.Grammar(rawValue: row.required(4)).map {
            DocumentReference(text: row.required(1), number: row.required(2), symbol: row.required(3), grammar: $0)
        } ?? DocumentReference(row.required(1)) ?? Dispatch239.reference
    }

    /// A document from a row of ``documentColumns`` (column 0 is its id).
    static func document(_ row: PostgresRecord, citations: [Citation] = [], addressees: [String] = [],
                         recipients: [String] = []) -> Document {
        let signerParts = [row.text(10), row.text(11), row.text(12)]
        let signer = signerParts.allSatisfy { $0 == nil } ? nil
            : Signer(authority: signerParts[0], title: signerParts[1], name: signerParts[2])
        return Document(
            reference: reference(row), kind: row.required(5),
            issuer: row.required(6), place: row.text(7), date: date(row.text(8)), subject: row.text(9),
            signer: signer, followsUp: citations, addressees: addressees, recipients: recipients)
    }

    /// A task's deadline from four columns (raw, anchor, qualifier, day of month) from `start`.
    static func deadline(_ row: PostgresRecord, from start: Int) -> Deadline {
        Deadline(raw: row.required(start), anchor: date(row.text(start + 1)),
                 qualifier: Deadline.Qualifier(rawValue: row.required(start + 2)) ?? .none,
                 dayOfMonth: row.int(start + 3))
    }

    static func date(_ text: String?) -> CalendarDate? {
        text.flatMap { CalendarDate(iso: $0) }
    }

    /// A JSON array of strings as stored in `task.report_to` and `task.copy_to`.
    private static func stringArray(_ json: String) -> [String] {
        guard json != "[]", let data = json.data(using: .utf8),
              case .array(let items)? = try? JSONDecoder().decode(JSONValue.self, from: data)
        else { return [] }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }
}

extension PostgresRecord {
    /// The text of a `NOT NULL` column; "" should the schema ever let a NULL through (never a
    /// crash in a reader).
    func required(_ index: Int) -> String { text(index) ?? "" }

    /// The integer of a `NOT NULL` column (ids, revisions); 0 for a NULL.
    func requiredInteger(_ index: Int) -> Int64 { integer(index) ?? 0 }
}
