import Foundation

/// A reminder dispatch to store (`theodoi remind --record`): one document, sent on one day, to
/// the agencies of one directive about one or more of its tasks.
public struct ReminderRecord: Hashable, Sendable {
    /// One agency's duty on one task that the dispatch chased.
    public struct Target: Hashable, Sendable {
        public var taskID: String
        public var agencyID: String

        public init(taskID: String, agencyID: String) {
            self.taskID = taskID
            self.agencyID = agencyID
        }
    }

    public var reference: String
    public var sentOn: CalendarDate
    public var askedBy: CalendarDate?
    /// The directive followed up ("239/UBND-NN.TN").
    public var directive: String
    /// The task named with `--task`; nil when the dispatch chased every late task of the directive.
    public var taskID: String?
    public var targets: [Target]

    public init(reference: String, sentOn: CalendarDate, askedBy: CalendarDate?, directive: String,
                taskID: String?, targets: [Target]) {
        self.reference = VietnameseText.normalized(reference).trimmingCharacters(in: .whitespaces)
        self.sentOn = sentOn
        self.askedBy = askedBy
        self.directive = directive
        self.taskID = taskID
        self.targets = targets
    }
}
