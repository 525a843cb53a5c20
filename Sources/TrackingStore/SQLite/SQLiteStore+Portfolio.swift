import GRDB
import Tracking

extension SQLiteStore {
    /// The list of directives' counts (``Portfolio``) from aggregates per task, without reading
    /// every assignment: what the list's first paint shows at once, the same numbers the walk over
    /// every status gives later (``deadlineOverview(rules:asOf:updating:)``).
    ///
    /// Per task, SQL counts the assignments and those reported by `today`; deadline decisions
    /// (few) are applied one by one with ``StatusRules``; the assignments of monthly tasks, whose
    /// status depends on every period's report, are read one by one with their report days.
    /// - Complexity: one scan of the assignment index and a statement per table; measured by
    ///   the benchmark's first frame.
    public func portfolioCounts(rules: StatusRules, asOf today: CalendarDate) throws -> [Portfolio.Entry] {
        // Two reads at once, each on its own connection of the pool (two cores): the aggregate
        // over every assignment on one, the documents, decisions and monthly tasks on the other.
        // Measured at 10⁵ assignments: 95 ms in one read, ~55 ms in two. They are two read
        // transactions: a write between them shows in one and not the other until the walk over
        // every status, which starts right after the first frame and follows every write.
        let (tallies, rest) = try run {
            try ConcurrentReads.both(
                { try self.pool.read { try Self.taskTallies(db: $0, today: today) } },
                { try self.pool.read { try Self.documentsAndDecisions(db: $0, today: today) } })
        }
        return PortfolioCounting.entries(tallies: tallies, rest: rest, rules: rules, today: today)
    }

    /// One row per task of a directive (monthly ones aside): one scan of the covering index
    /// `assignment_role_first_submitted`. Only leads count: a task's status is its leads'.
    private static func taskTallies(db: Database, today: CalendarDate) throws -> [PortfolioCounting.TaskTally] {
        var tallies: [PortfolioCounting.TaskTally] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT t.id, t.document_id, t.deadline_raw, t.deadline_anchor, t.deadline_qualifier, t.deadline_day_of_month,
                   count(a.task_id), sum(CASE WHEN a.first_submitted_on <= :today THEN 1 ELSE 0 END)
            FROM task t LEFT JOIN assignment a ON a.task_id = t.id AND a.role = 'lead' JOIN document d ON d.id = t.document_id
            WHERE d.is_directive AND t.deadline_qualifier IS NOT 'monthly' GROUP BY t.id
            """), arguments: ["today": today.iso])
        while let row = try rows.next() {
            tallies.append(PortfolioCounting.TaskTally(taskID: row[0], documentID: row[1], deadline: deadline(row, from: 2),
                                     assigned: row[6], reported: row[7] ?? 0))
        }
        return tallies
    }

    /// A task's deadline from four columns (raw, anchor, qualifier, day of month) from `start`.
    private static func deadline(_ row: Row, from start: Int) -> Deadline {
        Deadline(raw: row[start], anchor: SnapshotReader.date(row[start + 1]),
                 qualifier: Deadline.Qualifier(rawValue: row[start + 2]) ?? .none, dayOfMonth: row[start + 3])
    }

    private static func documentsAndDecisions(db: Database, today: CalendarDate) throws -> PortfolioCounting.Inputs {
        var result = PortfolioCounting.Inputs()
        let documents = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT \(SnapshotReader.documentColumns) FROM document WHERE is_directive ORDER BY issued_on, id
            """))
        while let row = try documents.next() {
            var entry = Portfolio.Entry(document: SnapshotReader.document(row: row, citations: [], addressees: [], recipients: []))
            entry.isCounted = true
            result.position[row[0]] = result.entries.count
            result.entries.append(entry)
        }
        let decisions = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT d.task_id, d.agency_id, d.kind, d.extended_to, a.first_submitted_on <= :today
            FROM deadline_decision d JOIN assignment a ON a.task_id = d.task_id AND a.agency_id = d.agency_id
            WHERE a.role = 'lead' AND d.decided_on <= :today ORDER BY d.task_id, d.agency_id, d.decided_on, d.id
            """), arguments: ["today": today.iso])
        while let row = try decisions.next() {
            let task: Int64 = row[0], agency: String = row[1], kind: String = row[2]
            var value = result.decided[task]?[agency] ?? PortfolioCounting.Decided()
            if kind == "withdrawal" { value.withdrawn = true }
            if kind == "extension", let to = SnapshotReader.date(row[3]) { value.extendedTo = to }
            value.reported = (row[4] as Bool?) ?? false
            result.decided[task, default: [:]][agency] = value
        }
        let monthly = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT t.id, t.document_id, t.deadline_raw, t.deadline_anchor, t.deadline_qualifier, t.deadline_day_of_month
            FROM task t JOIN document d ON d.id = t.document_id WHERE d.is_directive AND t.deadline_qualifier = 'monthly'
            """))
        while let row = try monthly.next() {
            result.monthlyTasks[row[0]] = (row[1], deadline(row, from: 2))
        }
        guard !result.monthlyTasks.isEmpty else { return result }
        // Every period's report day, by assignment (index-only: `report_days`).
        var days: [Int64: [String: [CalendarDate]]] = [:]
        let reports = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT r.task_id, r.agency_id, r.submitted_on FROM task t CROSS JOIN report r ON r.task_id = t.id
            WHERE t.deadline_qualifier = 'monthly' AND r.submitted_on <= :today
            """), arguments: ["today": today.iso])
        while let row = try reports.next() {
            if let day = SnapshotReader.date(row[2]) { days[row[0], default: [:]][row[1] as String, default: []].append(day) }
        }
        let assignments = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT a.task_id, a.agency_id, CASE WHEN a.first_submitted_on <= :today THEN a.first_submitted_on END
            FROM task t CROSS JOIN assignment a ON a.task_id = t.id WHERE t.deadline_qualifier = 'monthly' AND a.role = 'lead'
            """), arguments: ["today": today.iso])
        while let row = try assignments.next() {
            let taskID: Int64 = row[0], agency: String = row[1]
            result.monthlyAssignments.append(PortfolioCounting.MonthlyAssignment(
                taskID: taskID, agencyID: agency, firstSubmitted: SnapshotReader.date(row[2]), days: days[taskID]?[agency] ?? []))
        }
        return result
    }
}
