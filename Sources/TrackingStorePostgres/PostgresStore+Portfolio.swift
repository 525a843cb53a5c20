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
        let (tallies, rest) = try PostgresConcurrentReads.both(
            { try self.read { try Self.taskTallies($0, today: today) } },
            { try self.read { try Self.documentsAndDecisions($0, today: today) } })
        var entries = rest.entries
        for tally in tallies {
            guard let index = rest.position[tally.documentID] else { continue }
            let deadline = tally.deadline
            var assigned = tally.assigned, reported = tally.reported
            var unreportedPlain = assigned - reported
            var statuses: [AssignmentStatus] = []
            for (_, value) in rest.decided[tally.taskID] ?? [:] {
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
            entries[index].tasks += 1
            entries[index].assigned += assigned
            entries[index].reported += reported
            entries[index].overdue += statuses.filter { $0 == .overdue }.count
            entries[index].dueSoon += statuses.filter { $0 == .dueSoon }.count
            if assigned > reported, let due = rules.policy.dueDate(for: deadline, calendar: rules.calendar, reference: today) {
                entries[index].nextDue = min(entries[index].nextDue ?? due, due)
            }
        }
        // Monthly tasks: each assignment's status from every period's report (as the walk does).
        var counted: Set<Int64> = []
        var monthlyMissing: Set<Int64> = []
        for assignment in rest.monthlyAssignments {
            guard let task = rest.monthlyTasks[assignment.taskID], let index = rest.position[task.documentID] else { continue }
            if counted.insert(assignment.taskID).inserted { entries[index].tasks += 1 }
            let value = rest.decided[assignment.taskID]?[assignment.agencyID]
            if value?.withdrawn == true { continue }
            let first = assignment.firstSubmitted
            let progress = value?.extendedTo != nil
                ? rules.progress(deadline: task.deadline, extendedTo: value?.extendedTo, firstSubmission: first, today: today)
                : rules.monthlyProgress(deadline: task.deadline, submissions: assignment.days.isEmpty ? first.map { [$0] } ?? [] : assignment.days,
                                        since: entries[index].document.date, today: today)
            entries[index].assigned += 1
            switch progress.status {
            case .doneOnTime, .doneLate: entries[index].reported += 1
            case .overdue: entries[index].overdue += 1
            case .dueSoon: entries[index].dueSoon += 1
            default: break
            }
            if !progress.status.isDone { monthlyMissing.insert(assignment.taskID) }
        }
        // Tasks without any assignment count as tasks too.
        for (taskID, task) in rest.monthlyTasks where !counted.contains(taskID) {
            if let index = rest.position[task.documentID] { entries[index].tasks += 1 }
        }
        // The task's due date (as the walk's board reads it) where someone still owes it.
        for taskID in monthlyMissing {
            guard let task = rest.monthlyTasks[taskID], let index = rest.position[task.documentID],
                  let due = rules.policy.dueDate(for: task.deadline, calendar: rules.calendar, reference: today) else { continue }
            entries[index].nextDue = min(entries[index].nextDue ?? due, due)
        }
        return entries
    }

    /// A task other than a monthly one, with how many lead assignments it has and how many
    /// reported by the day asked for (before decisions).
    struct TaskTally: Sendable {
        var taskID: Int64, documentID: Int64, deadline: Deadline, assigned: Int, reported: Int
    }

    /// Decisions as of the day, for one assignment: withdrawn, or extended to a day; with
    /// whether the assignment had reported.
    struct Decided: Sendable { var withdrawn = false; var extendedTo: CalendarDate?; var reported = false }

    struct MonthlyAssignment: Sendable {
        var taskID: Int64, agencyID: String, firstSubmitted: CalendarDate?, days: [CalendarDate]
    }

    /// What the second session reads: the entries (documents in date order), decisions, and the
    /// monthly tasks with their assignments' report days.
    struct DocumentsAndDecisions: Sendable {
        var entries: [Portfolio.Entry] = []
        var position: [Int64: Int] = [:]
        var decided: [Int64: [String: Decided]] = [:]
        var monthlyTasks: [Int64: (documentID: Int64, deadline: Deadline)] = [:]
        var monthlyAssignments: [MonthlyAssignment] = []
    }

    /// One row per task of a directive (monthly ones aside), aggregated on the server. Only
    /// leads count: a task's status is its leads'.
    static func taskTallies(_ session: PostgresSession, today: CalendarDate) throws -> [TaskTally] {
        try session.query("""
            SELECT t.id, t.document_id, t.deadline_raw, t.deadline_anchor, t.deadline_qualifier, t.deadline_day_of_month,
                   count(a.task_id), count(*) FILTER (WHERE a.first_submitted_on <= $1)
            FROM task t LEFT JOIN assignment a ON a.task_id = t.id AND a.role = 'lead' JOIN document d ON d.id = t.document_id
            WHERE d.is_directive AND t.deadline_qualifier <> 'monthly' GROUP BY t.id
            """, [.text(today.iso)]).map { row in
            TaskTally(taskID: row.requiredInteger(0), documentID: row.requiredInteger(1),
                      deadline: PostgresSnapshotReader.deadline(row, from: 2),
                      assigned: row.int(6) ?? 0, reported: row.int(7) ?? 0)
        }
    }

    static func documentsAndDecisions(_ session: PostgresSession, today: CalendarDate) throws -> DocumentsAndDecisions {
        var result = DocumentsAndDecisions()
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
            var value = result.decided[task]?[agency] ?? Decided()
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
        for row in try session.query("""
            SELECT a.task_id, a.agency_id, CASE WHEN a.first_submitted_on <= $1 THEN a.first_submitted_on END
            FROM task t JOIN assignment a ON a.task_id = t.id WHERE t.deadline_qualifier = 'monthly' AND a.role = 'lead'
            """, binds) {
            let taskID = row.requiredInteger(0), agency = row.required(1)
            result.monthlyAssignments.append(MonthlyAssignment(
                taskID: taskID, agencyID: agency, firstSubmitted: PostgresSnapshotReader.date(row.text(2)),
                days: days[taskID]?[agency] ?? []))
        }
        return result
    }
}

/// Two independent reads run at once: the second on the calling thread, the first on a worker
/// thread, each on its own session of the pool (SQLite's `ConcurrentReads`, which that module
/// keeps internal). The wall time is the longer of the two instead of their sum.
enum PostgresConcurrentReads {
    /// - Returns: both results, or rethrows the first read's error, then the second's.
    static func both<A: Sendable, B: Sendable>(_ first: @escaping @Sendable () throws -> A,
                                               _ second: () throws -> B) throws -> (A, B) {
        let box = ResultBox<A>()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global(qos: .userInitiated).async {
            box.result = Result { try first() }
            done.signal()
        }
        let secondResult = Result { try second() }
        done.wait()
        return (try box.result!.get(), try secondResult.get())
    }

    /// Written once by the worker before it signals, read once after the wait: the semaphore
    /// orders the two accesses.
    private final class ResultBox<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }
}
