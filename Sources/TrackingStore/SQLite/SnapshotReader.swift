import Foundation
import GRDB
import Tracking

/// Reads a ``TrackingSnapshot`` out of the database in one read transaction, with a fixed
/// number of statements whatever the store's size: one per table (a dozen in all), grouped in
/// Swift through dictionaries keyed by id. The assignments' first and latest submissions come
/// from the summary columns that ``ReportWriter`` keeps on each assignment row.
///
/// Measured on the landed per-row reader (one statement per assignment, report and task, each
/// prepared anew): 8.5 s at 10⁴ assignments, 91 s at 10⁵. See the benchmark
/// (`Sources/TheodoiBenchmark`) for the figures of this one.
enum SnapshotReader {
    /// What to read.
    struct Scope {
        /// The directives' document ids; nil for every directive.
        var documentIDs: [Int64]?
        /// Whether to read the latest report of every assignment (sections and figures): the
        /// area panels and exports need them; `status` does not.
        var includesReports: Bool
        /// Only this agency's assignments, and the tasks and directives that have one (an
        /// agency's ledger). Each task's ``DirectiveTask/assigneeIDs`` then holds that agency alone.
        var agencyID: String? = nil
    }

    /// - Parameter asOf: reports and decisions after this day are left out, so that a fixed
    ///   `--today` in the past shows the follow-up as it stood on that day.
    static func read(_ db: Database, asOf today: CalendarDate, scope: Scope) throws -> TrackingSnapshot {
        let agencies = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, name, short_name, kind FROM agency ORDER BY position")).map { row in
            Agency(id: row[0], name: row[1], shortName: row[2], kind: Agency.Kind(rawValue: row[3]) ?? .department)
        }
        // One String instance per agency id, shared by every assignment that names it.
        let agencyIDs = Dictionary(agencies.map { ($0.id, $0.id) }, uniquingKeysWith: { first, _ in first })
        let successions = try Self.successions(db)

        let filter = scope.documentIDs.map { ids in "IN (" + ids.map(String.init).joined(separator: ",") + ")" }
        // An agency's ledger holds its own assignments and those of the agencies whose duties it
        // holds today through a merger or an abolition (it reports on them: issue 11 item 4).
        let held = scope.agencyID.map { [$0] + SuccessionHistory(successions).predecessors(of: $0, on: today).map(\.agencyID) } ?? []
        var values: [String: (any DatabaseValueConvertible)?] = ["today": today.iso, "agency": scope.agencyID]
        for (index, id) in held.enumerated().dropFirst() { values["held\(index)"] = id }
        let arguments = StatementArguments(values)
        let heldList = ([":agency"] + held.indices.dropFirst().map { ":held\($0)" }).joined(separator: ", ")
        func statement(_ sql: String) throws -> Statement {
            // Scoped statements carry their ids in the text: prepared anew (one per view load);
            // unscoped ones are cached.
            filter == nil ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
        }
        var documentCondition = filter.map { "AND id \($0)" } ?? ""
        var taskCondition = filter.map { "AND t.document_id \($0)" } ?? ""
        /// The assignment-level condition on a table aliased `alias` (task_id, agency_id columns).
        var ownCondition: (String) -> String = { _ in "" }
        if scope.agencyID != nil {
            documentCondition += " AND id IN (SELECT t.document_id FROM task t JOIN assignment a ON a.task_id = t.id WHERE a.agency_id IN (\(heldList)))"
            taskCondition += " AND t.id IN (SELECT task_id FROM assignment WHERE agency_id IN (\(heldList)))"
            ownCondition = { " AND \($0).agency_id IN (\(heldList))" }
        }

        let documentRows = try Row.fetchAll(statement("SELECT \(Self.documentColumns) FROM document WHERE is_directive \(documentCondition) ORDER BY issued_on, id"),
                                            arguments: arguments)
        let documentFilter = scope.agencyID != nil
            ? "WHERE document_id IN (" + documentRows.map { String($0[0] as Int64) }.joined(separator: ",") + ")"
            : filter.map { "WHERE document_id \($0)" } ?? ""
        // The directives' areas; the snapshot's areas are those linked to any of them.
        let areaLinks = try grouped(statement("""
            SELECT l.document_id, l.area_id FROM directive_area l JOIN area a ON a.id = l.area_id
            \(documentFilter.replacingOccurrences(of: "document_id", with: "l.document_id")) ORDER BY l.document_id, a.position
            """)) { row in row[1] as String }
        let linked = Set(areaLinks.values.joined())
        let areas = try Self.areas(db).filter { linked.contains($0.id) }
        let citations = try grouped(statement("SELECT * FROM document_citation \(documentFilter) ORDER BY document_id, position")) { row in
            DocumentReference(row["reference"]).map { Citation(reference: $0, date: date(row["cited_on"])) }
        }
        let addressees = try grouped(statement("SELECT document_id, name FROM document_addressee \(documentFilter) ORDER BY document_id, position")) { row in
            row[1] as String?
        }
        let recipients = try grouped(statement("SELECT document_id, text FROM document_recipient \(documentFilter) ORDER BY document_id, position")) { row in
            row[1] as String?
        }

        // Assignments, in task and dispatch order.
        var assignments: [Assignment] = []
        var assigneeIDs: [Int64: [String]] = [:]
        let assignmentCursor = try Row.fetchCursor(statement("""
            SELECT a.task_id, a.agency_id,
                   CASE WHEN a.first_submitted_on <= :today THEN a.first_submitted_on END,
                   CASE WHEN a.first_submitted_on <= :today THEN a.first_submitted_at END,
                   CASE WHEN a.latest_submitted_on <= :today THEN a.latest_revision
                        WHEN a.first_submitted_on <= :today THEN
                          (SELECT max(revision) FROM report r WHERE r.task_id = a.task_id AND r.agency_id = a.agency_id
                             AND r.submitted_on <= :today)
                        ELSE 0 END,
                   CASE WHEN a.latest_submitted_on <= :today THEN a.latest_submitted_at
                        WHEN a.first_submitted_on <= :today THEN
                          (SELECT max(submitted_at) FROM report r WHERE r.task_id = a.task_id AND r.agency_id = a.agency_id
                             AND r.submitted_on <= :today)
                        END,
                   a.role,
                   CASE WHEN a.first_submitted_on <= :today THEN a.first_reported_by END
            FROM assignment a JOIN task t ON t.id = a.task_id
            WHERE 1 \(taskCondition) \(ownCondition("a"))
            ORDER BY a.task_id, a.position
            """), arguments: arguments)
        while let row = try assignmentCursor.next() {
            let taskID: Int64 = row[0]
            let readID: String = row[1]
            let agencyID = agencyIDs[readID] ?? readID
            assigneeIDs[taskID, default: []].append(agencyID)
            let firstOn: String? = row[2]
            assignments.append(Assignment(
                taskID: String(taskID), agencyID: agencyID, role: AssignmentRole(rawValue: row[6]) ?? .lead,
                firstSubmittedOn: firstOn.flatMap { CalendarDate(iso: $0) }, firstSubmittedAt: row[3],
                latestRevision: row[4] ?? 0, latestSubmittedAt: row[5], firstReportedBy: (row[7] as String?).map { agencyIDs[$0] ?? $0 }))
        }
        try attachDecisions(db, statement("""
            SELECT d.task_id, d.agency_id, d.kind, d.extended_to, d.decided_on, d.reference, d.note
            FROM deadline_decision d JOIN task t ON t.id = d.task_id
            WHERE d.decided_on <= :today \(taskCondition) \(ownCondition("d"))
            ORDER BY d.task_id, d.agency_id, d.decided_on, d.id
            """), arguments: arguments, to: &assignments, today: today)
        try attachReminders(statement("""
            SELECT ra.task_id, ra.agency_id, r.reference, r.sent_on, r.asked_by
            FROM reminder_assignment ra JOIN reminder r ON r.id = ra.reminder_id JOIN task t ON t.id = ra.task_id
            WHERE r.sent_on <= :today \(taskCondition) \(ownCondition("ra"))
            ORDER BY ra.task_id, ra.agency_id, r.sent_on, r.id
            """), arguments: arguments, to: &assignments)
        try attachSubmissionDays(statement("""
            SELECT r.task_id, r.agency_id, r.submitted_on FROM task t CROSS JOIN report r ON r.task_id = t.id
            WHERE t.deadline_qualifier = 'monthly' AND r.submitted_on <= :today \(taskCondition) \(ownCondition("r"))
            ORDER BY r.task_id, r.agency_id, r.revision
            """), arguments: arguments, to: &assignments)

        let consolidations = try grouped(statement("""
            SELECT c.task_id, c.source_task_id FROM task_consolidation c JOIN task t ON t.id = c.task_id
            WHERE 1 \(taskCondition) ORDER BY c.task_id, c.source_task_id
            """), arguments: arguments, key: "task_id") { row in (row[1] as Int64?).map(String.init) }
        var tasksByDocument: [Int64: [DirectiveTask]] = [:]
        let references = Dictionary(documentRows.map { row in
            (row[0] as Int64, document(row: row, citations: [], addressees: [], recipients: []).reference)
        }, uniquingKeysWith: { first, _ in first })
        let taskCursor = try Row.fetchCursor(statement("SELECT t.* FROM task t WHERE 1 \(taskCondition) ORDER BY t.id"), arguments: arguments)
        while let row = try taskCursor.next() {
            let id: Int64 = row["id"], documentID: Int64 = row["document_id"]
            guard let reference = references[documentID] else { continue }
            let deadline = Deadline(
                raw: row["deadline_raw"], anchor: date(row["deadline_anchor"]),
                qualifier: Deadline.Qualifier(rawValue: row["deadline_qualifier"]) ?? .none,
                dayOfMonth: row["deadline_day_of_month"])
            tasksByDocument[documentID, default: []].append(DirectiveTask(
                id: String(id), directive: reference, number: row["number"], text: row["text"], deadline: deadline,
                assigneeIDs: assigneeIDs[id] ?? [], reportTo: stringArray(row["report_to"]), copyTo: stringArray(row["copy_to"]),
                consolidates: consolidations[id] ?? []))
        }
        let directives = documentRows.map { row in
            let id: Int64 = row[0]
            return Directive(document: document(row: row, citations: citations[id] ?? [], addressees: addressees[id] ?? [],
                                                recipients: recipients[id] ?? []),
                             tasks: tasksByDocument[id] ?? [], areaIDs: areaLinks[id] ?? [])
        }
        let latestReports = scope.includesReports ? try self.latestReports(db, statement: statement, condition: taskCondition + ownCondition("a"),
                                                                           arguments: arguments) : []
        return TrackingSnapshot(directives: directives, agencies: agencies, areas: areas,
                                assignments: assignments, successions: successions, latestReports: latestReports)
    }

    /// The latest revision (as of today) of every reported assignment in scope, with figures:
    /// two statements, joined on the assignment's summary columns.
    private static func latestReports(_ db: Database, statement: (String) throws -> Statement, condition: String,
                                      arguments: StatementArguments) throws -> [Report] {
        let latest = """
            FROM assignment a JOIN task t ON t.id = a.task_id
            JOIN report r ON r.task_id = a.task_id AND r.agency_id = a.agency_id
             AND r.revision = CASE WHEN a.latest_submitted_on <= :today THEN a.latest_revision
                                   ELSE (SELECT max(revision) FROM report x WHERE x.task_id = a.task_id
                                         AND x.agency_id = a.agency_id AND x.submitted_on <= :today) END
            """
        let inScope = "WHERE a.first_submitted_on <= :today \(condition)"
        var figures: [Int64: [AreaFigures]] = [:]
        let figureCursor = try Row.fetchCursor(statement("""
            SELECT f.* \(latest) JOIN report_figure f ON f.report_id = r.id JOIN area ar ON ar.id = f.area_id
            \(inScope) ORDER BY f.report_id, ar.position
            """), arguments: arguments)
        while let row = try figureCursor.next() {
            figures[row["report_id"], default: []].append(ReportRows.figures(row))
        }
        var reports: [Report] = []
        let reportCursor = try Row.fetchCursor(statement("SELECT r.* \(latest) \(inScope) ORDER BY a.task_id, a.position"), arguments: arguments)
        while let row = try reportCursor.next() {
            reports.append(ReportRows.report(row, figures: figures[row["id"]] ?? []))
        }
        return reports
    }

    /// Rows of `statement`, grouped by their first column (or `key`), in the statement's order.
    private static func grouped<T>(_ statement: Statement, arguments: StatementArguments = [],
                                   key: String? = nil, _ transform: (Row) throws -> T?) throws -> [Int64: [T]] {
        var result: [Int64: [T]] = [:]
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() {
            let id: Int64 = key.map { row[$0] } ?? row[0]
            if let value = try transform(row) { result[id, default: []].append(value) }
        }
        return result
    }

    private static func successions(_ db: Database) throws -> [Succession] {
        var successions: [Succession] = []
        var index: [String: Int] = [:]
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM agency_succession ORDER BY effective_on, predecessor_id, rowid"))
        for row in rows {
            let predecessor: String = row["predecessor_id"], effective = date(row["effective_on"])!
            let key = predecessor + "\u{0}" + effective.iso
            if let at = index[key] {
                successions[at].successorIDs.append(row["successor_id"])
            } else {
                index[key] = successions.count
                successions.append(Succession(predecessorID: predecessor, successorIDs: [row["successor_id"]],
                                              effective: effective, note: row["note"]))
            }
        }
        return successions
    }

    /// Decisions (rows ordered by task, agency, day) onto the assignments (ordered by task).
    private static func attachDecisions(_ db: Database, _ statement: Statement, arguments: StatementArguments,
                                        to assignments: inout [Assignment], today: CalendarDate) throws {
        var decisions: [String: [DeadlineDecision]] = [:]
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() {
            let taskID: Int64 = row[0], agencyID: String = row[1]
            let kind: DeadlineDecision.Kind
            switch row[2] as String {
            case "extension":
                guard let to = date(row[3]) else { continue }
                kind = .extended(to: to)
            case "withdrawal": kind = .withdrawal
            default: continue
            }
            decisions["\(taskID)\u{0}\(agencyID)", default: []].append(
                DeadlineDecision(kind: kind, decidedOn: date(row[4]) ?? today, reference: row[5], note: row[6]))
        }
        guard !decisions.isEmpty else { return }
        for index in assignments.indices {
            if let found = decisions[assignments[index].taskID + "\u{0}" + assignments[index].agencyID] {
                assignments[index].decisions = found
            }
        }
    }

    /// Reminders (rows ordered by task, agency, day) onto the assignments they chased.
    private static func attachReminders(_ statement: Statement, arguments: StatementArguments,
                                        to assignments: inout [Assignment]) throws {
        var reminders: [String: [Reminder]] = [:]
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() {
            let taskID: Int64 = row[0], agencyID: String = row[1]
            guard let sent = date(row[3]) else { continue }
            reminders["\(taskID)\u{0}\(agencyID)", default: []].append(Reminder(reference: row[2], sentOn: sent, askedBy: date(row[4])))
        }
        guard !reminders.isEmpty else { return }
        for index in assignments.indices {
            if let found = reminders[assignments[index].taskID + "\u{0}" + assignments[index].agencyID] {
                assignments[index].reminders = found
            }
        }
    }

    /// Every submission day of the assignments of monthly tasks, whose status depends on each
    /// period's report (the others need only the first submission).
    private static func attachSubmissionDays(_ statement: Statement, arguments: StatementArguments,
                                             to assignments: inout [Assignment]) throws {
        var days: [String: [CalendarDate]] = [:]
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() {
            let taskID: Int64 = row[0], agencyID: String = row[1]
            if let day = date(row[2]) { days["\(taskID)\u{0}\(agencyID)", default: []].append(day) }
        }
        guard !days.isEmpty else { return }
        for index in assignments.indices {
            if let found = days[assignments[index].taskID + "\u{0}" + assignments[index].agencyID] {
                assignments[index].submissionDays = found
            }
        }
    }

    /// Every area of the store, in their order.
    static func areas(_ db: Database) throws -> [Area] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, name, locality, district, industry, government_id FROM area ORDER BY position
            """)).map { row in
            Area(id: row[0], name: row[1], locality: row[2], district: row[3], industry: row[4], governmentID: row[5])
        }
    }

    /// The columns ``document(row:citations:addressees:recipients:)`` reads, in its order: rows
    /// are read by index (GRDB's look-up by name lowercases the name on every call).
    static let documentColumns = """
        id, reference, number, symbol, grammar, kind, issuer, place, issued_on, subject,
        signer_authority, signer_title, signer_name
        """

    /// A document from a row of ``documentColumns`` (column 0 is its id).
    static func document(row: Row, citations: [Citation], addressees: [String], recipients: [String]) -> Document {
        let signerParts: [String?] = [row[10], row[11], row[12]]
        let signer = signerParts.allSatisfy { $0 == nil } ? nil
            : Signer(authority: signerParts[0], title: signerParts[1], name: signerParts[2])
        let reference = DocumentReference.Grammar(rawValue: row[4]).map {
            DocumentReference(text: row[1], number: row[2], symbol: row[3], grammar: $0)
        } ?? DocumentReference(row[1] as String) ?? Dispatch239.reference
        return Document(
            reference: reference, kind: row[5],
            issuer: row[6], place: row[7], date: date(row[8]), subject: row[9],
            signer: signer, followsUp: citations, addressees: addressees, recipients: recipients)
    }

    static func date(_ text: String?) -> CalendarDate? {
        text.flatMap { CalendarDate(iso: $0) }
    }

    private static func stringArray(_ json: String) -> [String] {
        guard json != "[]", let data = json.data(using: .utf8),
              case .array(let items)? = try? JSONDecoder().decode(JSONValue.self, from: data)
        else { return [] }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }
}
