import Dashboard
import Tracking
import TrackingStore

/// The dashboard's reminders (`o`): the reads and checks the shell does for the form, with the
/// scope and the rule of `remind --record` (``ReminderScope``), so that both record the same.
extension DashboardLoop {
    /// Whom a reminder sent on the request's day chases, read as `remind --record` reads it; or
    /// why the user may not record one (said before the form opens). Never throws: a failed
    /// read is a refusal on the status line, not a broken store.
    static func reminderSeed(_ request: ReminderRequest, store: any TrackingStore, context: AppContext, opening: Bool) -> Msg {
        do {
            let read = if let taskID = request.taskID {
                try ReminderScope.read(store, task: taskID, on: request.sentOn, rules: context.rules)
            } else {
                try ReminderScope.read(store, directive: request.directive, on: request.sentOn, rules: context.rules)
            }
            guard let read else {
                return .reminderFormRefused(StoreError.unknownDirective(request.directive, known: []).message(context.language))
            }
            if let refusal = reminderRefusal(context, agencies: read.snapshot.agencies) { return .reminderFormRefused(refusal) }
            let targets = read.overdueTargets
            var seen = Set<String>()
            let agencies = targets.compactMap { target in seen.insert(target.agencyID).inserted ? read.snapshot.agency(target.agencyID) : nil }
            let seed = ReminderFormSeed(request: request, taskNumber: read.onlyTask?.number, targets: targets, agencies: agencies)
            return opening ? .reminderFormLoaded(seed) : .reminderTargetsRead(seed)
        } catch {
            return .reminderFormRefused(error.message(context.language))
        }
    }

    /// Why the user may not record a reminder (only coordinators and admins may), in one line;
    /// nil when they may.
    static func reminderRefusal(_ context: AppContext, agencies: [Agency]) -> String? {
        do {
            guard try context.access(agencies: agencies).role >= .coordinator else {
                return RemindError.notCoordinator(user: context.user).message(context.language)
            }
            return nil
        } catch {
            return error.message(context.language)
        }
    }
}
