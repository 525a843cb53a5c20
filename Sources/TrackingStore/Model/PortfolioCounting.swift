import Tracking

/// The arithmetic of the list of directives' counts (``TrackingStore/portfolioCounts(rules:asOf:)``),
/// shared by every engine: each reads the same aggregates its own way (per task, the lead
/// assignments and those reported by the day; the decisions; the monthly tasks with their report
/// days), and this turns them into the same ``Portfolio/Entry`` values the walk over every status
/// gives later.
package enum PortfolioCounting {
    /// A task other than a monthly one, with how many lead assignments it has and how many
    /// reported by the day asked for (before decisions).
    package struct TaskTally: Sendable {
        package var taskID: Int64, documentID: Int64, deadline: Deadline, assigned: Int, reported: Int

        package init(taskID: Int64, documentID: Int64, deadline: Deadline, assigned: Int, reported: Int) {
            self.taskID = taskID
            self.documentID = documentID
            self.deadline = deadline
            self.assigned = assigned
            self.reported = reported
        }
    }

    /// Decisions as of the day, for one assignment: withdrawn, or extended to a day; with
    /// whether the assignment had reported.
    package struct Decided: Sendable {
        package var withdrawn = false
        package var extendedTo: CalendarDate?
        package var reported = false

        package init() {}
    }

    /// An assignment of a monthly task with the days of every report.
    package struct MonthlyAssignment: Sendable {
        package var taskID: Int64, agencyID: String, firstSubmitted: CalendarDate?, days: [CalendarDate]

        package init(taskID: Int64, agencyID: String, firstSubmitted: CalendarDate?, days: [CalendarDate]) {
            self.taskID = taskID
            self.agencyID = agencyID
            self.firstSubmitted = firstSubmitted
            self.days = days
        }
    }

    /// What the second read gives: the entries (documents in date order) and their positions,
    /// decisions by task and agency, and the monthly tasks with their assignments' report days.
    package struct Inputs: Sendable {
        package var entries: [Portfolio.Entry] = []
        package var position: [Int64: Int] = [:]
        package var decided: [Int64: [String: Decided]] = [:]
        package var monthlyTasks: [Int64: (documentID: Int64, deadline: Deadline)] = [:]
        package var monthlyAssignments: [MonthlyAssignment] = []

        package init() {}
    }

    /// The entries, counted: tasks, assigned and reported leads, overdue and due soon (decisions
    /// applied one by one with ``StatusRules``), the nearest due date still owed.
    package static func entries(tallies: [TaskTally], rest: Inputs, rules: StatusRules, today: CalendarDate) -> [Portfolio.Entry] {
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
}
