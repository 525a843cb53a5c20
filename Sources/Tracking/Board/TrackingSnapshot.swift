/// What a screen or a command shows, read from the store in one transaction so that no view
/// mixes two moments: the directives in scope (one, a chunk, an agency's, or all) with their
/// tasks, assignments and latest reports, and every agency and area. Plain values: the
/// dashboard works on it without a database. Look-ups by id are O(1) (indexes built once).
public struct TrackingSnapshot: Sendable, Equatable {
    public var directives: [Directive] { didSet { indexTasks() } }
    /// Every agency known, addressees first in dispatch order.
    public var agencies: [Agency] { didSet { indexAgencies() } }
    public var areas: [Area]
    /// Grouped by task, in the tasks' order of id, each task's in dispatch order.
    public var assignments: [Assignment] { didSet { indexAssignments() } }
    public var successions: [Succession]
    /// The latest revision of every report, as of the snapshot's day.
    public var latestReports: [Report] { didSet { indexReports() } }

    // Look-ups by id, built once when the snapshot is made (or a list is replaced), so that
    // views and boards never search a list: O(1) per look-up at any size.
    private var agencyIndex: [String: Int] = [:]
    private var taskIndex: [String: (directive: Int, task: Int)] = [:]
    private var assignmentRanges: [String: Range<Int>] = [:]
    private var reportIndex: [String: Int] = [:]

    public init(directives: [Directive], agencies: [Agency], areas: [Area], assignments: [Assignment],
                successions: [Succession], latestReports: [Report] = []) {
        self.directives = directives
        self.agencies = agencies
        self.areas = areas
        self.assignments = assignments
        self.successions = successions
        self.latestReports = latestReports
        indexAgencies()
        indexTasks()
        indexAssignments()
        indexReports()
    }

    public static func == (lhs: TrackingSnapshot, rhs: TrackingSnapshot) -> Bool {
        lhs.directives == rhs.directives && lhs.agencies == rhs.agencies && lhs.areas == rhs.areas
            && lhs.assignments == rhs.assignments && lhs.successions == rhs.successions && lhs.latestReports == rhs.latestReports
    }

    /// The latest report of an agency on a task, if any.
    public func latestReport(taskID: String, agencyID: String) -> Report? {
        reportIndex[Self.key(taskID, agencyID)].map { latestReports[$0] }
    }

    public func agency(_ id: String) -> Agency? {
        agencyIndex[id].map { agencies[$0] }
    }

    /// The position of the agency in ``agencies`` (the dispatch order), if known.
    public func agencyPosition(_ id: String) -> Int? {
        agencyIndex[id]
    }

    public func task(_ id: String) -> DirectiveTask? {
        taskIndex[id].map { directives[$0.directive].tasks[$0.task] }
    }

    public func assignments(of taskID: String) -> ArraySlice<Assignment> {
        assignmentRanges[taskID].map { assignments[$0] } ?? []
    }

    private static func key(_ taskID: String, _ agencyID: String) -> String {
        taskID + "\u{0}" + agencyID
    }

    private mutating func indexAgencies() {
        agencyIndex = Dictionary(agencies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private mutating func indexTasks() {
        taskIndex = [:]
        for (d, directive) in directives.enumerated() {
            for (t, task) in directive.tasks.enumerated() where taskIndex[task.id] == nil {
                taskIndex[task.id] = (d, t)
            }
        }
    }

    /// Assignments of one task are contiguous when the store reads them (ordered by task); a
    /// list built otherwise is grouped here, keeping each task's order.
    private mutating func indexAssignments() {
        assignmentRanges = [:]
        var start = 0
        var contiguous = true
        while start < assignments.count {
            let taskID = assignments[start].taskID
            var end = start + 1
            while end < assignments.count, assignments[end].taskID == taskID { end += 1 }
            if assignmentRanges[taskID] != nil { contiguous = false; break }
            assignmentRanges[taskID] = start..<end
            start = end
        }
        if !contiguous {
            var order: [String] = []
            var groups: [String: [Assignment]] = [:]
            for assignment in assignments {
                if groups[assignment.taskID] == nil { order.append(assignment.taskID) }
                groups[assignment.taskID, default: []].append(assignment)
            }
            assignments = order.flatMap { groups[$0]! }   // didSet indexes again, now contiguous
        }
    }

    private mutating func indexReports() {
        reportIndex = Dictionary(latestReports.enumerated().map { (Self.key($1.taskID, $1.agencyID), $0) },
                                 uniquingKeysWith: { first, _ in first })
    }
}

/// A directive document with its numbered tasks.
public struct Directive: Sendable, Equatable {
    public var document: Document
    public var tasks: [DirectiveTask]
    /// The areas the directive is about (``Area/id``), in the areas' order: its board shows
    /// their panels, and its reports give figures for them. Empty: no area row.
    public var areaIDs: [String]

    public init(document: Document, tasks: [DirectiveTask], areaIDs: [String] = []) {
        self.document = document
        self.tasks = tasks
        self.areaIDs = areaIDs
    }
}

/// One agency's duty on one task, with what the store knows of its reports and decisions.
public struct Assignment: Sendable, Equatable {
    public var taskID: String
    public var agencyID: String
    /// The day of the first submission, which decides timeliness, and its exact time.
    public var firstSubmittedOn: CalendarDate?
    public var firstSubmittedAt: String?
    /// The latest revision's number (0 when nothing was submitted) and time.
    public var latestRevision: Int
    public var latestSubmittedAt: String?
    public var decisions: [DeadlineDecision]
    /// The days of every submission (all revisions), for deadlines that recur.
    public var submissionDays: [CalendarDate]
    /// The reminders sent about it by the snapshot's day, oldest first. Not an extension: the
    /// status still counts from the deadline.
    public var reminders: [Reminder]
    /// Lead ("chủ trì") or cooperating ("phối hợp"): the task's status follows its leads.
    public var role: AssignmentRole
    /// The successor that sent the first report (the one that counts), when a successor of the
    /// assigned agency sent it after a merger or an abolition; nil when the agency itself did.
    /// Boards say "bởi Sở NN&MT".
    public var firstReportedBy: String?

    public init(taskID: String, agencyID: String, role: AssignmentRole = .lead, firstSubmittedOn: CalendarDate? = nil, firstSubmittedAt: String? = nil, latestRevision: Int = 0,
                latestSubmittedAt: String? = nil, decisions: [DeadlineDecision] = [], submissionDays: [CalendarDate] = [],
                reminders: [Reminder] = [], firstReportedBy: String? = nil) {
        self.taskID = taskID
        self.agencyID = agencyID
        self.firstSubmittedOn = firstSubmittedOn
        self.firstSubmittedAt = firstSubmittedAt
        self.latestRevision = latestRevision
        self.latestSubmittedAt = latestSubmittedAt
        self.decisions = decisions
        self.submissionDays = submissionDays.isEmpty ? (firstSubmittedOn.map { [$0] } ?? []) : submissionDays
        self.reminders = reminders
        self.role = role
        self.firstReportedBy = firstReportedBy
    }

    /// The due date granted by the latest extension, if any.
    public var extendedTo: CalendarDate? {
        decisions.sorted { $0.decidedOn < $1.decidedOn }.compactMap {
            if case .extended(let date) = $0.kind { return date } else { return nil }
        }.last
    }

    public var isWithdrawn: Bool {
        decisions.contains { $0.kind == .withdrawal }
    }
}
