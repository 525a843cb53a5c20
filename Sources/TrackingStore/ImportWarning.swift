import Tracking

/// A doubt the importer has about what it stores (or, in a dry run, would store). A value
/// rather than a sentence, so that `theodoi import` says it in the user's language (issue 10);
/// a dry run's notes speak in the conditional, which is why each case knows whether it is one.
public enum ImportWarning: Hashable, Sendable {
    /// Task `task` ("4", "2.1") names no agency the importer could match or create: it is
    /// stored without assignments.
    case noAssignee(task: String, dryRun: Bool)
    /// Task `task` mentions "tổng hợp": which tasks it consolidates is not guessed.
    case consolidationNotGuessed(task: String, dryRun: Bool)

    public func message(_ l: Language) -> String {
        switch self {
        case .noAssignee(let task, let dryRun):
            dryRun
                ? l.pick("nhiệm vụ \(task): không có cơ quan được giao; sẽ được lưu mà không có lượt giao",
                         "task \(task): no assignee; it would be stored without assignments")
                : l.pick("nhiệm vụ \(task): không có cơ quan được giao; đã được lưu mà không có lượt giao",
                         "task \(task): no assignee; it was stored without assignments")
        case .consolidationNotGuessed(let task, let dryRun):
            dryRun
                ? l.pick("nhiệm vụ \(task) có nói đến “tổng hợp”; không tự đoán nhiệm vụ này tổng hợp những nhiệm vụ nào (sẽ không ghi nhiệm vụ nào)",
                         "task \(task) mentions “tổng hợp”; which tasks it consolidates would not be guessed (none would be recorded)")
                : l.pick("nhiệm vụ \(task) có nói đến “tổng hợp”; không tự đoán nhiệm vụ này tổng hợp những nhiệm vụ nào (chưa ghi nhiệm vụ nào)",
                         "task \(task) mentions “tổng hợp”; which tasks it consolidates was not guessed (none recorded)")
        }
    }

    /// A stable machine name, the same in every language.
    public var code: String {
        switch self {
        case .noAssignee: "no_assignee"
        case .consolidationNotGuessed: "consolidation_not_guessed"
        }
    }
}
