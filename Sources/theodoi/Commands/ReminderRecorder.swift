import Foundation
import Tracking
import TrackingStore

/// `theodoi remind --record`: stores a reminder dispatch that was sent, for the agencies named
/// or, without `--agency`, for every agency overdue on the directive (or the task) that day.
/// Only admins and coordinators may; a refusal writes nothing.
struct ReminderRecorder {
    let command: RemindCommand
    let context: AppContext

    func record() throws {
        let l = context.language
        let reference = try Self.checkedReference(command.reference ?? "")
        let sentOn = try command.date.map { try RemindCommand.day($0, option: "--date") } ?? context.today
        let askedBy = try command.askedBy.map { try RemindCommand.day($0, option: "--asked-by") }
            ?? context.rules.calendar.adding(workingDays: 3, to: sentOn)
        if askedBy < sentOn { throw RemindError.askedBeforeDate(asked: askedBy, date: sentOn, option: "--date") }

        let store = try context.openStore()
        let read: ReminderScope?
        if let task = command.task {
            let query = command.directive.first.map { task.contains("#") ? task : "\($0)#\(task)" } ?? task
            read = try ReminderScope.read(store, task: query, on: sentOn, rules: context.rules)
        } else {
            read = try ReminderScope.read(store, directive: try command.directive.first ?? Self.onlyDirective(store), on: sentOn, rules: context.rules)
        }
        guard let read else { return }
        let access = try context.access(agencies: read.snapshot.agencies)
        guard access.role >= .coordinator else { throw RemindError.notCoordinator(user: context.user) }

        let directive = read.directive, tasks = read.tasks, onlyTask = read.onlyTask
        let scope = read.name(l)
        var targets: [ReminderRecord.Target] = []
        if command.agency.isEmpty {
            targets = read.overdueTargets
            if targets.isEmpty { throw RemindError.nobodyLate(scope: scope, on: sentOn) }
        } else {
            var seen = Set<String>()
            let assignees = tasks.flatMap(\.rows).map(\.agency).filter { seen.insert($0.id).inserted }
            for name in command.agency {
                let agency = try Self.agency(name, among: assignees, all: read.snapshot.agencies, scope: scope)
                let owed = tasks.compactMap { task in
                    task.rows.first { $0.agency.id == agency.id && !$0.progress.status.isDone }.map { _ in task.task.id }
                }
                if owed.isEmpty { throw RemindError.alreadyReported(agency: agency.name, scope: scope) }
                for taskID in owed where !targets.contains(.init(taskID: taskID, agencyID: agency.id)) {
                    targets.append(.init(taskID: taskID, agencyID: agency.id))
                }
            }
        }
        let reminder = ReminderRecord(reference: reference, sentOn: sentOn, askedBy: askedBy, directive: directive.document.reference.text,
                                      taskID: onlyTask?.id, targets: targets)
        try store.recordReminder(reminder, user: context.user, at: context.clock.timestamp())
        let agencies = ReminderRecord.agencyCount(targets)
        Output.text(l.pick("Đã ghi công văn đôn đốc \(reminder.reference) ngày \(sentOn.vietnamese) (\(scope)): \(agencies) cơ quan, hẹn báo cáo chậm nhất \(askedBy.vietnamese).",
                           "Recorded reminder \(reminder.reference) of \(sentOn.vietnamese) (\(scope)): \(agencies) agencies, reports asked by \(askedBy.vietnamese).") + "\n")
    }

    /// The reference by the rule the dashboard's form applies too (``ReminderReference``).
    static func checkedReference(_ text: String) throws(RemindError) -> String {
        do {
            return try ReminderReference.checked(text)
        } catch {
            throw .invalidReference(text, reason: error)
        }
    }

    /// The directive when the store holds only one; several must be named.
    static func onlyDirective(_ store: any TrackingStore) throws -> String {
        let documents = try store.directiveDocuments()
        if documents.count == 1 { return documents[0].reference.text }
        throw RemindError.whichDirective(known: documents.prefix(10).map(\.reference.text) + (documents.count > 10 ? ["…"] : []))
    }

    /// An agency among the assignees in scope, by full name, id or folded prefix ("cong an").
    static func agency(_ query: String, among assignees: [Agency], all: [Agency], scope: String) throws(StoreError) -> Agency {
        if let exact = assignees.first(where: { $0.id == query || $0.name == VietnameseText.normalized(query) }) { return exact }
        switch NameMatcher(assignees, names: { $0.searchNames }).match(query) {
        case .found(let agency):
            return agency
        case .ambiguous(let candidates):
            throw .ambiguousAgency(query, candidates: candidates.map(\.name))
        case .notFound:
            if case .found(let other) = NameMatcher(all, names: { $0.searchNames }).match(query) {
                throw .notAssigned(agency: other.name, task: scope)
            }
            throw .unknownAgency(query, known: assignees.map(\.name))
        }
    }
}
