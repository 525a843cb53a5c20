import Canvas
import Tracking

/// One assignment in an agency's detail: a task of some directive given to the agency, with
/// its status today, or withdrawn. The detail lists them most urgent first and opens the
/// directive's board on the selected one ("what does Công an tỉnh still owe us?").
public struct AgencyAssignment: Sendable, Equatable {
    public var task: DirectiveTask
    /// The status on the board; nil when the assignment was withdrawn (the board leaves it out).
    public var row: StatusBoard.Row?
    /// The day the assignment was taken back, for a withdrawn one.
    public var withdrawnOn: CalendarDate?
    /// The merged or abolished agency whose assignment this is, when the ledger is its
    /// successor's: shown "thay Sở TN&MT" (issue 11 item 4). Nil for the agency's own.
    public var standsInFor: Agency?

    public init(task: DirectiveTask, row: StatusBoard.Row?, withdrawnOn: CalendarDate? = nil, standsInFor: Agency? = nil) {
        self.task = task
        self.row = row
        self.withdrawnOn = withdrawnOn
        self.standsInFor = standsInFor
    }

    public var isWithdrawn: Bool { row == nil }
    public var taskID: String { task.id }
    /// The reference of the task's directive: the board Enter opens.
    public var directiveReference: String { task.directive.text }

    /// The group in the detail's order: overdue, due soon, pending (and no deadline), done, withdrawn.
    var rank: Int {
        switch row?.progress.status {
        case .overdue: 0
        case .dueSoon: 1
        case .pending, .noDeadline: 2
        case .doneLate, .doneOnTime: 3
        case nil: 4
        }
    }

    /// Every assignment of the agency, most urgent first: the overdue by days late (the latest
    /// first), then due soon and pending by due date (the nearest first, none last), then the
    /// done, then the withdrawn; ties keep the order given (directive, then task). Sorted once
    /// when the data arrives, never per key or frame.
    ///
    /// - Parameter agencyID: the agency whose ledger it is; rows of another agency (a
    ///   predecessor whose duties it holds) are marked ``standsInFor``.
    public static func sorted(rows: [StatusBoard.Row], withdrawn: [(task: DirectiveTask, on: CalendarDate?)],
                              task: (String) -> DirectiveTask?, agencyID: String? = nil) -> [AgencyAssignment] {
        let entries = rows.compactMap { row in
            task(row.assignment.taskID).map {
                AgencyAssignment(task: $0, row: row, standsInFor: agencyID != nil && row.agency.id != agencyID ? row.agency : nil)
            }
        }
            + withdrawn.map { AgencyAssignment(task: $0.task, row: nil, withdrawnOn: $0.on) }
        return entries.enumerated().sorted { lhs, rhs in
            let left = lhs.element.sortKey, right = rhs.element.sortKey
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The group, then within it the most days late first, or the nearest due date first.
    private var sortKey: Pair {
        let progress = row?.progress
        switch rank {
        case 0: return Pair(rank, -(progress?.calendarDaysOverdue ?? 0))
        case 1, 2, 3: return Pair(rank, progress?.due?.daysSinceEpoch ?? .max)
        default: return Pair(rank, 0)
        }
    }

    private struct Pair: Comparable {
        var first: Int, second: Int
        init(_ first: Int, _ second: Int) { self.first = first; self.second = second }
        static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.first, lhs.second) < (rhs.first, rhs.second) }
    }
}
