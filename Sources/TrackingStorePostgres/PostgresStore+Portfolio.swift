import Foundation
import Tracking
import TrackingStore

extension PostgresStore {
    /// The list of directives' counts (``Portfolio``) from aggregates per task, without reading
    /// every assignment: the list's first paint, the same numbers as the walk over every status.
    /// The translation of SQLite's, with the same arithmetic on the same rows.
    ///
    /// Per task, the server counts the assignments and those reported by `today`; deadline
    /// decisions (few) are applied one by one with ``StatusRules``; the assignments of monthly
    /// tasks, whose status depends on every period's report, are read with their report days.
    ///
    /// The two halves (the aggregate over every assignment; the documents, decisions and monthly
    /// tasks) run at once on two sessions of the pool, in two read transactions, as SQLite's do:
    /// a write between them shows in one and not the other until the walk over every status,
    /// which starts right after the first frame and follows every write.
    /// - Complexity: one scan of `assignment_role_first_submitted` on the server and a statement
    ///   per table; see `PostgresReadingBenchmark` for the figures.
    public func portfolioCounts(rules: StatusRules, asOf today: CalendarDate) throws -> [Portfolio.Entry] {
        let (tallies, rest) = try ConcurrentReads.both(
            { try self.read { try Self.taskTallies($0, today: today) } },
            { try self.read { try Self.documentsAndDecisions($0, today: today) } })
        return PortfolioCounting.entries(tallies: tallies, rest: rest, rules: rules, today: today)
    }

    /// One row per task of a directive (monthly ones aside), with its lead assignments counted
    /// on the server. Only leads count: a task's status is its leads'.
    ///
    /// Two statements, joined here: the counts grouped by task straight off the covering index
    /// `assignment_role_first_submitted` (an index-only scan, no join: measured at 10⁵ assignments,
    /// 24 ms against 68–100 ms for the one statement joining tasks and documents), and the tasks
    /// of directives (a few thousand rows).
    static func taskTallies(_ session: PostgresSession, today: CalendarDate) throws -> [PortfolioCounting.TaskTally] {
        var counts: [Int64: (assigned: Int, reported: Int)] = [:]
        for row in try session.query("""
            SELECT task_id, count(*), count(*) FILTER (WHERE first_submitted_on <= $1)
            FROM assignment WHERE role = 'lead' GROUP BY task_id
            """, [.text(today.iso)]) {
            counts[row.requiredInteger(0)] = (row.int(1) ?? 0, row.int(2) ?? 0)
        }
        return try session.query("""
            SELECT t.id, t.document_id, t.deadline_raw, t.deadline_anchor, t.deadline_qualifier, t.deadline_day_of_month
            FROM task t JOIN document d ON d.id = t.document_id
            WHERE d.is_directive AND t.deadline_qualifier <> 'monthly'
            """).map { row in
            let id = row.requiredInteger(0)
            let count = counts[id] ?? (0, 0)
            return PortfolioCounting.TaskTally(taskID: id, documentID: row.requiredInteger(1),
                                               deadline: PostgresSnapshotReader.deadline(row, from: 2),
                                               assigned: count.assigned, reported: count.reported)
        }
    }

    static func documentsAndDecisions(_ session: PostgresSession, today: CalendarDate) throws -> PortfolioCounting.Inputs {
        var result = PortfolioCounting.Inputs()
        let binds: [PostgresValue] = [.text(today.iso)]
        for row in try session.query("""
            SELECT \(PostgresSnapshotReader.documentColumns) FROM document WHERE is_directive ORDER BY issued_on NULLS FIRST, id
            """) {
            var entry = Portfolio.Entry(document: PostgresSnapshotReader.document(row))
            entry.isCounted = true
            result.position[row.requiredInteger(0)] = result.entries.count
            result.entries.append(entry)
        }
        for row in try session.query("""
            SELECT d.task_id, d.agency_id, d.kind, d.extended_to, coalesce(a.first_submitted_on <= $1, false)
            FROM deadline_decision d JOIN assignment a ON a.task_id = d.task_id AND a.agency_id = d.agency_id
            WHERE a.role = 'lead' AND d.decided_on <= $1 ORDER BY d.task_id, d.agency_id, d.decided_on, d.id
            """, binds) {
            let task = row.requiredInteger(0), agency = row.required(1), kind = row.required(2)
            var value = result.decided[task]?[agency] ?? PortfolioCounting.Decided()
            if kind == "withdrawal" { value.withdrawn = true }
            if kind == "extension", let to = PostgresSnapshotReader.date(row.text(3)) { value.extendedTo = to }
            value.reported = row.bool(4) ?? false
            result.decided[task, default: [:]][agency] = value
        }
        for row in try session.query("""
            SELECT t.id, t.document_id, t.deadline_raw, t.deadline_anchor, t.deadline_qualifier, t.deadline_day_of_month
            FROM task t JOIN document d ON d.id = t.document_id WHERE d.is_directive AND t.deadline_qualifier = 'monthly'
            """) {
            result.monthlyTasks[row.requiredInteger(0)] = (row.requiredInteger(1), PostgresSnapshotReader.deadline(row, from: 2))
        }
        guard !result.monthlyTasks.isEmpty else { return result }
        // Every period's report day, by assignment (the `report_days` index).
        var days: [Int64: [String: [CalendarDate]]] = [:]
        for row in try session.query("""
            SELECT r.task_id, r.agency_id, r.submitted_on FROM task t JOIN report r ON r.task_id = t.id
            WHERE t.deadline_qualifier = 'monthly' AND r.submitted_on <= $1
            """, binds) {
            if let day = PostgresSnapshotReader.date(row.text(2)) {
                days[row.requiredInteger(0), default: [:]][row.required(1), default: []].append(day)
            }
        }
        // The monthly tasks first, then their leads through `assignment_role_first_submitted`:
        // SQLite's `CROSS JOIN` forces that order; here a LATERAL subquery kept apart by
        // `OFFSET 0` does, where the planner otherwise hashes every assignment of the store
        // (measured at 10⁵ assignments: 56 ms on the server, 21 ms this way).
        for row in try session.query("""
            SELECT a.task_id, a.agency_id, a.first FROM task t CROSS JOIN LATERAL (
              SELECT a.task_id, a.agency_id, CASE WHEN a.first_submitted_on <= $1 THEN a.first_submitted_on END AS first
              FROM assignment a WHERE a.task_id = t.id AND a.role = 'lead' OFFSET 0) a
            WHERE t.deadline_qualifier = 'monthly'
            """, binds) {
            let taskID = row.requiredInteger(0), agency = row.required(1)
            result.monthlyAssignments.append(PortfolioCounting.MonthlyAssignment(
                taskID: taskID, agencyID: agency, firstSubmitted: PostgresSnapshotReader.date(row.text(2)),
                days: days[taskID]?[agency] ?? []))
        }
        return result
    }
}
