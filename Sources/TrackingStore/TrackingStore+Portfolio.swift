import GRDB
import Tracking

extension TrackingStore {
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
        try run {
            try pool.read { db -> [Portfolio.Entry] in
                let documents = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM document WHERE is_directive ORDER BY issued_on, id"))
                var entries: [Int64: Portfolio.Entry] = [:]
                var order: [Int64] = []
                for row in documents {
                    let id: Int64 = row["id"]
                    var entry = Portfolio.Entry(document: SnapshotReader.document(row: row, citations: [], addressees: [], recipients: []))
                    entry.isCounted = true
                    entries[id] = entry
                    order.append(id)
                }
                // Decisions as of today, by assignment: withdrawn, or extended to a day; with
                // whether the assignment had reported.
                struct Decided { var withdrawn = false; var extendedTo: CalendarDate?; var reported = false }
                var decided: [Int64: [String: Decided]] = [:]
                let decisions = try Row.fetchCursor(db.cachedStatement(sql: """
                    SELECT d.task_id, d.agency_id, d.kind, d.extended_to, a.first_submitted_on <= :today
                    FROM deadline_decision d JOIN assignment a ON a.task_id = d.task_id AND a.agency_id = d.agency_id
                    WHERE d.decided_on <= :today ORDER BY d.task_id, d.agency_id, d.decided_on, d.id
                    """), arguments: ["today": today.iso])
                while let row = try decisions.next() {
                    let task: Int64 = row[0], agency: String = row[1], kind: String = row[2]
                    var value = decided[task]?[agency] ?? Decided()
                    if kind == "withdrawal" { value.withdrawn = true }
                    if kind == "extension", let to = SnapshotReader.date(row[3]) { value.extendedTo = to }
                    value.reported = (row[4] as Bool?) ?? false
                    decided[task, default: [:]][agency] = value
                }
                var monthlyTasks: [Int64: (document: Int64, deadline: Deadline)] = [:]
                var monthlyMissing: Set<Int64> = []
                let tasks = try Row.fetchCursor(db.cachedStatement(sql: """
                    SELECT t.id, t.document_id, t.deadline_raw, t.deadline_anchor, t.deadline_qualifier, t.deadline_day_of_month,
                           count(a.task_id), sum(CASE WHEN a.first_submitted_on <= :today THEN 1 ELSE 0 END)
                    FROM task t LEFT JOIN assignment a ON a.task_id = t.id JOIN document d ON d.id = t.document_id
                    WHERE d.is_directive GROUP BY t.id
                    """), arguments: ["today": today.iso])
                while let row = try tasks.next() {
                    let taskID: Int64 = row[0], documentID: Int64 = row[1]
                    guard var entry = entries[documentID] else { continue }
                    let deadline = Deadline(raw: row[2], anchor: SnapshotReader.date(row[3]),
                                            qualifier: Deadline.Qualifier(rawValue: row[4]) ?? .none, dayOfMonth: row[5])
                    if deadline.qualifier == .monthly {
                        monthlyTasks[taskID] = (documentID, deadline)
                        continue
                    }
                    var assigned: Int = row[6], reported: Int = row[7] ?? 0
                    var unreportedPlain = assigned - reported
                    var statuses: [AssignmentStatus] = []
                    for (_, value) in decided[taskID] ?? [:] {
                        if value.withdrawn {
                            assigned -= 1
                            if value.reported { reported -= 1 } else { unreportedPlain -= 1 }
                        } else if let to = value.extendedTo, !value.reported {
                            unreportedPlain -= 1
                            statuses.append(rules.progress(deadline: deadline, extendedTo: to, firstSubmission: nil, today: today).status)
                        }
                    }
                    let plain = rules.progress(deadline: deadline, firstSubmission: nil, today: today).status
                    statuses += Array(repeating: plain, count: max(0, unreportedPlain))
                    entry.tasks += 1
                    entry.assigned += assigned
                    entry.reported += reported
                    entry.overdue += statuses.filter { $0 == .overdue }.count
                    entry.dueSoon += statuses.filter { $0 == .dueSoon }.count
                    if assigned > reported, let due = rules.policy.dueDate(for: deadline, calendar: rules.calendar, reference: today) {
                        entry.nextDue = min(entry.nextDue ?? due, due)
                    }
                    entries[documentID] = entry
                }
                // Monthly tasks: each assignment's status from every period's report (as the walk does).
                if !monthlyTasks.isEmpty {
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
                        FROM task t CROSS JOIN assignment a ON a.task_id = t.id WHERE t.deadline_qualifier = 'monthly'
                        """), arguments: ["today": today.iso])
                    var counted: Set<Int64> = []
                    while let row = try assignments.next() {
                        let taskID: Int64 = row[0], agency: String = row[1]
                        guard let (documentID, deadline) = monthlyTasks[taskID], var entry = entries[documentID] else { continue }
                        if counted.insert(taskID).inserted { entry.tasks += 1 }
                        let value = decided[taskID]?[agency]
                        if value?.withdrawn == true { entries[documentID] = entry; continue }
                        let first = SnapshotReader.date(row[2])
                        let progress = value?.extendedTo != nil
                            ? rules.progress(deadline: deadline, extendedTo: value?.extendedTo, firstSubmission: first, today: today)
                            : rules.monthlyProgress(deadline: deadline, submissions: days[taskID]?[agency] ?? first.map { [$0] } ?? [],
                                                    since: entry.document.date, today: today)
                        entry.assigned += 1
                        switch progress.status {
                        case .doneOnTime, .doneLate: entry.reported += 1
                        case .overdue: entry.overdue += 1
                        case .dueSoon: entry.dueSoon += 1
                        default: break
                        }
                        entries[documentID] = entry
                        if !progress.status.isDone { monthlyMissing.insert(taskID) }
                    }
                    // Tasks without any assignment count as tasks too.
                    for (taskID, task) in monthlyTasks where !counted.contains(taskID) {
                        entries[task.document]?.tasks += 1
                    }
                    // The task's due date (as the walk's board reads it) where someone still owes it.
                    for taskID in monthlyMissing {
                        guard let (documentID, deadline) = monthlyTasks[taskID],
                              let due = rules.policy.dueDate(for: deadline, calendar: rules.calendar, reference: today) else { continue }
                        let current = entries[documentID]?.nextDue ?? due
                        entries[documentID]?.nextDue = min(current, due)
                    }
                }
                return order.compactMap { entries[$0] }
            }
        }
    }
}
