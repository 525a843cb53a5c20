import Tracking

/// A directive to import, in plain domain values: what `theodoi import` builds from the
/// parser's output. The store does not depend on the parser.
public struct DirectiveImport: Hashable, Sendable {
    /// One numbered task, its assignees named as the dispatch names them.
    public struct Task: Hashable, Sendable {
        public var number: String
        public var text: String
        /// The deadline phrase as written ("trước ngày 05/3/2025"); nil when the task has none.
        public var deadlinePhrase: String?
        /// The lead agencies ("chủ trì"): the task is given to them, its status is theirs.
        public var assigneeNames: [String]
        /// The cooperating agencies ("phối hợp"): stored with the role `cooperating`; a name
        /// that is also a lead stays a lead.
        public var cooperatingNames: [String]

        public init(number: String, text: String, deadlinePhrase: String?, assigneeNames: [String], cooperatingNames: [String] = []) {
            self.number = number
            self.text = VietnameseText.normalized(text)
            self.deadlinePhrase = deadlinePhrase
            self.assigneeNames = assigneeNames.map(VietnameseText.normalized)
            self.cooperatingNames = cooperatingNames.map(VietnameseText.normalized)
        }
    }

    /// The directive itself: reference, issuer, date, subject, citations, addressees, recipients.
    public var document: Document
    public var tasks: [Task]
    /// The areas (ids) the directive is about: linked in the same transaction.
    public var areaIDs: [String]

    public init(document: Document, tasks: [Task], areaIDs: [String] = []) {
        self.document = document
        self.tasks = tasks
        self.areaIDs = areaIDs
    }
}
