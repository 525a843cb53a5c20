/// The status of every agency on every task on a given day: what `theodoi status` prints and
/// what the dashboard's panels show. Computed from a ``TrackingSnapshot``; never stored.
public struct StatusBoard: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var agency: Agency
        public var assignment: Assignment
        public var progress: AssignmentProgress
        /// The successor that sent the first report for a merged or abolished agency
        /// (``Assignment/firstReportedBy``): "bởi Sở NN&MT". Nil when the agency reported itself.
        public var reportedBy: Agency? = nil
        /// Who holds the agency's duties on the board's day when it was merged or abolished
        /// (Sở TN&MT → Sở NN&MT from 01/03/2025): whom to chase. Empty while it holds its own.
        public var successors: [Agency] = []

        /// The agencies to chase for this row: its successors, or itself.
        public var chased: [Agency] { successors.isEmpty ? [agency] : successors }

        /// "Sở Tài nguyên và Môi trường → Sở Nông nghiệp và Môi trường" after a succession.
        public func nameWithSuccessors(short: Bool = false) -> String {
            let own = short ? agency.shortName : agency.name
            return successors.isEmpty ? own : own + " → " + successors.map { short ? $0.shortName : $0.name }.joined(separator: ", ")
        }
    }

    public struct TaskBoard: Sendable, Equatable {
        public var task: DirectiveTask
        /// The due date under the active policy, and under the other one.
        public var due: CalendarDate?
        public var dueUnderOtherPolicy: CalendarDate?
        /// Every agency's row, leads and cooperating ones, in dispatch order.
        public var rows: [Row]

        /// The rows of the lead agencies ("chủ trì"): the task's status is theirs.
        public var leadRows: [Row] { rows.filter { $0.assignment.role == .lead } }
        /// The rows of the cooperating agencies ("phối hợp"): shown, consolidated, but their
        /// lateness is listed apart (``cooperatingLate``) and does not make the task late.
        public var cooperatingRows: [Row] { rows.filter { $0.assignment.role == .cooperating } }

        /// How many lead rows have each status: the task's status and its counts are its leads'.
        public var counts: [AssignmentStatus: Int] {
            rows.reduce(into: [:]) { if $1.assignment.role == .lead { $0[$1.progress.status, default: 0] += 1 } }
        }

        /// Lead agencies that have not reported yet.
        public var missing: [Row] { rows.filter { $0.assignment.role == .lead && !$0.progress.status.isDone } }

        /// Cooperating agencies overdue on their share: listed apart from the task's status.
        public var cooperatingLate: [Row] {
            rows.filter { $0.assignment.role == .cooperating && $0.progress.status == .overdue }
        }
    }

    public struct DirectiveBoard: Sendable, Equatable {
        public var document: Document
        public var tasks: [TaskBoard]
        /// The names of the areas the directive is about, in their order.
        public var areaNames: [String] = []
    }

    public var today: CalendarDate
    public var rules: StatusRules
    public var directives: [DirectiveBoard]

    public init(snapshot: TrackingSnapshot, rules: StatusRules, today: CalendarDate) {
        self.today = today
        self.rules = rules
        let otherPolicy: DeadlinePolicy = rules.policy == .literal ? .lenient : .literal
        let areaNames = Dictionary(snapshot.areas.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        // Who holds each succeeded agency's duties today: a few agencies, computed once.
        let history = SuccessionHistory(snapshot.successions)
        var successors: [String: [Agency]] = [:]
        for id in Set(snapshot.successions.map(\.predecessorID)) {
            let holders = history.holders(of: id, on: today)
            if holders != [id] { successors[id] = holders.compactMap(snapshot.agency) }
        }
        directives = snapshot.directives.map { directive in
            DirectiveBoard(document: directive.document, tasks: directive.tasks.map { task in
                let rows = snapshot.assignments(of: task.id).compactMap { assignment -> Row? in
                    guard let agency = snapshot.agency(assignment.agencyID), !assignment.isWithdrawn else { return nil }
                    let progress = task.deadline.qualifier == .monthly && assignment.extendedTo == nil
                        ? rules.monthlyProgress(deadline: task.deadline, submissions: assignment.submissionDays,
                                                since: directive.document.date, today: today)
                        : rules.progress(deadline: task.deadline, extendedTo: assignment.extendedTo,
                                         firstSubmission: assignment.firstSubmittedOn, today: today)
                    return Row(agency: agency, assignment: assignment, progress: progress,
                               reportedBy: assignment.firstReportedBy.flatMap(snapshot.agency),
                               successors: successors[assignment.agencyID] ?? [])
                }
                let due = rules.policy.dueDate(for: task.deadline, calendar: rules.calendar, reference: today)
                let other = otherPolicy.dueDate(for: task.deadline, calendar: rules.calendar, reference: today)
                return TaskBoard(task: task, due: due, dueUnderOtherPolicy: other == due ? nil : other, rows: rows)
            }, areaNames: directive.areaIDs.map { areaNames[$0] ?? $0 })
        }
    }

    public var allRows: [Row] { directives.flatMap { $0.tasks.flatMap(\.rows) } }
}
