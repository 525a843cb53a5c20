/// Everything the screens and `theodoi status` show, read from the store in one transaction so
/// that no view mixes two moments. Plain values: the dashboard works on it without a database.
public struct TrackingSnapshot: Sendable, Equatable {
    public var directives: [Directive]
    /// Every agency known, addressees first in dispatch order.
    public var agencies: [Agency]
    public var areas: [Area]
    public var assignments: [Assignment]
    public var successions: [Succession]
    /// The latest revision of every report, as of the snapshot's day.
    public var latestReports: [Report]

    public init(directives: [Directive], agencies: [Agency], areas: [Area], assignments: [Assignment],
                successions: [Succession], latestReports: [Report] = []) {
        self.directives = directives
        self.agencies = agencies
        self.areas = areas
        self.assignments = assignments
        self.successions = successions
        self.latestReports = latestReports
    }

    /// The latest report of an agency on a task, if any.
    public func latestReport(taskID: String, agencyID: String) -> Report? {
        latestReports.first { $0.taskID == taskID && $0.agencyID == agencyID }
    }

    public func agency(_ id: String) -> Agency? {
        agencies.first { $0.id == id }
    }

    public func task(_ id: String) -> DirectiveTask? {
        directives.lazy.flatMap(\.tasks).first { $0.id == id }
    }

    public func assignments(of taskID: String) -> [Assignment] {
        assignments.filter { $0.taskID == taskID }
    }
}

/// A directive document with its numbered tasks.
public struct Directive: Sendable, Equatable {
    public var document: Document
    public var tasks: [DirectiveTask]

    public init(document: Document, tasks: [DirectiveTask]) {
        self.document = document
        self.tasks = tasks
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

    public init(taskID: String, agencyID: String, firstSubmittedOn: CalendarDate? = nil, firstSubmittedAt: String? = nil, latestRevision: Int = 0,
                latestSubmittedAt: String? = nil, decisions: [DeadlineDecision] = [], submissionDays: [CalendarDate] = []) {
        self.taskID = taskID
        self.agencyID = agencyID
        self.firstSubmittedOn = firstSubmittedOn
        self.firstSubmittedAt = firstSubmittedAt
        self.latestRevision = latestRevision
        self.latestSubmittedAt = latestSubmittedAt
        self.decisions = decisions
        self.submissionDays = submissionDays.isEmpty ? (firstSubmittedOn.map { [$0] } ?? []) : submissionDays
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
