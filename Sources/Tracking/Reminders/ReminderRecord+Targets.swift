extension ReminderRecord {
    /// Whom a dispatch chases when no agency is named: every agency overdue on the tasks in
    /// scope (a task, or every task of the directive), one target per task it owes, in the
    /// board's order. `remind --record` without `--agency` and the dashboard's `o` both take
    /// this set, so the two cannot disagree about who was reminded.
    public static func overdueTargets(in tasks: [StatusBoard.TaskBoard]) -> [Target] {
        tasks.flatMap { task in
            task.rows.filter { $0.progress.status == .overdue }.map { Target(taskID: task.task.id, agencyID: $0.agency.id) }
        }
    }

    /// How many agencies the targets name (an agency late on two tasks counts once).
    public static func agencyCount(_ targets: [Target]) -> Int {
        Set(targets.map(\.agencyID)).count
    }
}
