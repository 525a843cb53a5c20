/// Every task of every directive by due date, each reduced to what the deadline list shows:
/// its due dates, how many agencies it has and in which status, and who has not reported.
/// Built chunk by chunk from ``StatusBoard``s (``add(_:)``), so that a store of 10⁵ assignments
/// is walked once without being held whole; about a hundred bytes per task and an id per
/// missing agency are kept.
public struct DeadlineOverview: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var task: DirectiveTask
        /// The due date under the active policy, and under the other one where it differs.
        public var due: CalendarDate?
        public var dueUnderOtherPolicy: CalendarDate?
        /// Lead assignments that are not withdrawn: a task's counts are its leads' (``AssignmentRole``).
        public var assigned: Int
        public var counts: [AssignmentStatus: Int]
        /// Lead agencies that have not reported, in dispatch order.
        public var missingAgencyIDs: [String]
        /// Cooperating agencies overdue on their share, listed apart, in dispatch order.
        public var cooperatingLateAgencyIDs: [String]
        /// Each agency's status on the task (for the agencies across directives).
        public var agencyStatuses: [AgencyStatus]

        public init(_ board: StatusBoard.TaskBoard) {
            var task = board.task
            task.assigneeIDs = []   // the list shows counts and the missing; the detail reads its own rows
            self.task = task
            due = board.due
            dueUnderOtherPolicy = board.dueUnderOtherPolicy
            assigned = board.leadRows.count
            counts = board.counts
            missingAgencyIDs = board.missing.map(\.agency.id)
            cooperatingLateAgencyIDs = board.cooperatingLate.map(\.agency.id)
            agencyStatuses = board.rows.map {
                AgencyStatus(agencyID: $0.agency.id, status: $0.progress.status, daysOverdue: $0.progress.calendarDaysOverdue ?? 0,
                             role: $0.assignment.role)
            }
        }
    }

    /// One agency's status on one task.
    public struct AgencyStatus: Sendable, Equatable {
        public var agencyID: String
        public var status: AssignmentStatus
        public var daysOverdue: Int
        public var role: AssignmentRole = .lead
    }

    /// What one agency owes across every directive: its lead assignments by status, and apart
    /// the tasks it cooperates on (and how many of those it is late on), which do not count in
    /// its status as they do not in the task's.
    public struct AgencyTally: Sendable, Equatable {
        public var counts: [AssignmentStatus: Int] = [:]
        public var assigned = 0
        public var cooperating = 0
        public var cooperatingOverdue = 0

        public init() {}

        public subscript(status: AssignmentStatus) -> Int { counts[status] ?? 0 }
        public var done: Int { self[.doneOnTime] + self[.doneLate] }
        public var owed: Int { assigned - done }

        /// Whether nothing is left in it (every assignment subtracted).
        var isEmpty: Bool { assigned == 0 && cooperating == 0 }

        mutating func add(_ status: AgencyStatus, sign: Int) {
            guard status.role == .lead else {
                cooperating += sign
                if status.status == .overdue { cooperatingOverdue += sign }
                return
            }
            counts[status.status, default: 0] += sign
            assigned += sign
        }
    }

    /// In order of due date (tasks without one last), then of task id.
    public private(set) var entries: [Entry] = []
    /// The due dates of the entries (active policy), for the calendar.
    public private(set) var dueDates: Set<CalendarDate> = []
    /// The directives whose tasks the entries are, in order of date (for the portfolio).
    public private(set) var documents: [Document] = []
    /// Every agency's tally over the entries, kept as entries are added and replaced.
    public private(set) var agencies: [String: AgencyTally] = [:]
    /// Each agency's most days overdue on a task still unreported (for sorting by lateness);
    /// recomputed with the tallies.
    public private(set) var mostDaysOverdue: [String: Int] = [:]

    /// The day the statuses were computed for, and the last audit entry the overview has
    /// seen, when it was read from the whole store: the next reading then re-reads only the
    /// directives changed since (``replace(_:with:)``).
    public var today: CalendarDate?
    public var asOfChange: Int64?

    public init() {}

    /// The directives alone, before their tasks are read: what the portfolio lists on its
    /// first frame (counts follow).
    /// - Parameter counts: the list of directives' counts, when they were read from aggregates
    ///   (``Portfolio/init(overview:)`` shows them until the tasks are read).
    public init(documents: [Document], counts: [Portfolio.Entry]? = nil) {
        self.documents = documents
        portfolioCounts = counts
        isCounted = false
    }

    /// Counts of the list of directives read ahead of the tasks; nil once the tasks are read.
    public private(set) var portfolioCounts: [Portfolio.Entry]?

    /// False for an overview of the directives alone (``init(documents:)``): no status known yet.
    public private(set) var isCounted = true

    /// The overview of one board (every task of it).
    public init(board: StatusBoard) {
        add(board)
    }

    /// Adds the tasks of a board (a chunk of directives), keeping the order.
    public mutating func add(_ board: StatusBoard) {
        let added = board.directives.flatMap(\.tasks).map(Entry.init)
        entries += added
        for entry in added { tally(entry, sign: 1) }
        let known = Set(documents.map(\.reference))
        documents += board.directives.map(\.document).filter { !known.contains($0.reference) }
        documents.sort { ($0.date ?? .distantPast, $0.reference.text) < ($1.date ?? .distantPast, $1.reference.text) }
        entries.sort(by: Self.precedes)
        dueDates.formUnion(added.compactMap(\.due))
    }

    /// Replaces every entry of the given directives with the tasks of `board` (their new reading).
    public mutating func replace(_ directives: Set<DocumentReference>, with board: StatusBoard) {
        for entry in entries where directives.contains(entry.task.directive) { tally(entry, sign: -1) }
        entries.removeAll { directives.contains($0.task.directive) }
        mostDaysOverdue = [:]
        for entry in entries { noteLateness(entry) }
        documents.removeAll { directives.contains($0.reference) }
        dueDates = Set(entries.compactMap(\.due))
        add(board)
    }

    /// Without the given directives' entries: a wall held to some directives lists only theirs.
    public func removing(_ directives: Set<DocumentReference>) -> DeadlineOverview {
        var overview = self
        for entry in overview.entries where directives.contains(entry.task.directive) { overview.tally(entry, sign: -1) }
        overview.entries.removeAll { directives.contains($0.task.directive) }
        overview.mostDaysOverdue = [:]
        for entry in overview.entries { overview.noteLateness(entry) }
        overview.documents.removeAll { directives.contains($0.reference) }
        overview.dueDates = Set(overview.entries.compactMap(\.due))
        overview.portfolioCounts = overview.portfolioCounts?.filter { !directives.contains($0.document.reference) }
        return overview
    }

    private mutating func tally(_ entry: Entry, sign: Int) {
        for status in entry.agencyStatuses {
            agencies[status.agencyID, default: AgencyTally()].add(status, sign: sign)
            if agencies[status.agencyID]?.isEmpty == true { agencies[status.agencyID] = nil }
        }
        if sign > 0 { noteLateness(entry) }
    }

    private mutating func noteLateness(_ entry: Entry) {
        for status in entry.agencyStatuses where status.status == .overdue && status.role == .lead {
            mostDaysOverdue[status.agencyID] = max(mostDaysOverdue[status.agencyID] ?? 0, status.daysOverdue)
        }
    }

    /// Due date first (none last), then task id as a number, so that the order is stable.
    static func precedes(_ lhs: Entry, _ rhs: Entry) -> Bool {
        switch (lhs.due, rhs.due) {
        case let (l?, r?) where l != r: l < r
        case (nil, _?): false
        case (_?, nil): true
        default: (Int(lhs.task.id) ?? 0, lhs.task.id) < (Int(rhs.task.id) ?? 0, rhs.task.id)
        }
    }
}
