import Tracking
import TrackingStore

/// What a reminder dispatch is about, read as of the day it was sent: a directive, or one of
/// its tasks, with the status of every agency that day. `remind --record` and the dashboard's
/// form both read it here, so that both chase the same agencies
/// (``ReminderRecord/overdueTargets(in:)``).
struct ReminderScope {
    /// The store's read (its agencies decide the user's access, as for any write).
    let snapshot: TrackingSnapshot
    let directive: StatusBoard.DirectiveBoard
    /// The task named; nil for every task of the directive.
    let onlyTask: DirectiveTask?

    /// The tasks in scope, with their rows as of the day read.
    var tasks: [StatusBoard.TaskBoard] {
        directive.tasks.filter { onlyTask == nil || $0.task.id == onlyTask?.id }
    }

    /// Every agency overdue on the tasks in scope that day.
    var overdueTargets: [ReminderRecord.Target] { ReminderRecord.overdueTargets(in: tasks) }

    /// "nhiệm vụ 1 của 239/UBND-NN.TN", or the directive's reference.
    func name(_ l: Language) -> String {
        onlyTask.map { l.pick("nhiệm vụ \($0.number) của \($0.directive.text)", "task \($0.number) of \($0.directive.text)") }
            ?? directive.document.reference.text
    }

    /// One task, as of `day`: `query` is its id, or "239/UBND-NN.TN#1".
    static func read(_ store: any TrackingStore, task query: String, on day: CalendarDate, rules: StatusRules) throws(StoreError) -> ReminderScope? {
        let (task, snapshot) = try store.taskSnapshot(query, asOf: day)
        return ReminderScope(snapshot, onlyTask: task, rules: rules, on: day)
    }

    /// Every task of the directive `reference`, as of `day`.
    static func read(_ store: any TrackingStore, directive reference: String, on day: CalendarDate, rules: StatusRules) throws(StoreError) -> ReminderScope? {
        let snapshot = try store.snapshot(asOf: day, directives: [reference], includingReports: false)
        return ReminderScope(snapshot, onlyTask: nil, rules: rules, on: day)
    }

    /// The scope of a snapshot holding one directive; nil when it holds none.
    private init?(_ snapshot: TrackingSnapshot, onlyTask: DirectiveTask?, rules: StatusRules, on day: CalendarDate) {
        guard let first = StatusBoard(snapshot: snapshot, rules: rules, today: day).directives.first else { return nil }
        self.snapshot = snapshot
        directive = first
        self.onlyTask = onlyTask
    }
}
