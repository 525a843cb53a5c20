import Tracking

/// What an import did (or, in a dry run, would do).
public struct ImportPlan: Hashable, Sendable {
    public struct PlannedTask: Hashable, Sendable {
        /// The store's id; nil in a dry run.
        public var id: String?
        public var number: String
        public var text: String
        public var deadline: Deadline
        /// The leads, then (apart) the cooperating agencies.
        public var assignees: [Agency]
        public var cooperating: [Agency] = []

        package init(id: String?, number: String, text: String, deadline: Deadline, assignees: [Agency], cooperating: [Agency] = []) {
            self.id = id
            self.number = number
            self.text = text
            self.deadline = deadline
            self.assignees = assignees
            self.cooperating = cooperating
        }
    }

    public var reference: DocumentReference
    public var dryRun: Bool
    /// Addressees and assignees found among the agencies already stored, in order of first mention.
    public var matched: [Agency] = []
    /// Agencies the import creates, in order of first mention.
    public var created: [Agency] = []
    public var tasks: [PlannedTask] = []
    /// The areas linked to the directive (ids).
    public var areaIDs: [String] = []
    /// One per doubt: a task without assignee, a consolidation left unset.
    public var warnings: [ImportWarning] = []

    package init(reference: DocumentReference, dryRun: Bool) {
        self.reference = reference
        self.dryRun = dryRun
    }

    public var assignmentCount: Int { tasks.reduce(0) { $0 + $1.assignees.count + $1.cooperating.count } }
    public var cooperatingCount: Int { tasks.reduce(0) { $0 + $1.cooperating.count } }
}
