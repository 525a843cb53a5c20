import Foundation
import Tracking
import TrackingStore

/// A report to store: the content, whose assignment it answers and the day it is submitted.
struct PlannedSubmission {
    var content: ReportContent
    var taskID: String
    var agencyID: String
    /// The submission's day and time of day (seconds after midnight, Vietnam time).
    var day: CalendarDate
    var secondOfDay: Int

    /// A clock fixed to the submission's day and time, so that the stored timestamps (and the
    /// data set) do not depend on when the generator runs.
    var clock: VietnamClock { DatasetGenerator.clock(day: day, secondOfDay: secondOfDay) }
}

/// The one place where generated reports are written to the store. Submissions are queued and
/// written in order (revisions of one assignment stay in order) by ``flush()``.
///
/// A batch is one transaction (`submitReports(_:)`), so a large data set is not paced by one
/// commit per report; a report the store refuses stops the generator with its reason.
final class SubmissionWriter {
    private let store: any TrackingStore
    private let user: String
    private var queue: [PlannedSubmission] = []
    private(set) var written = 0

    /// How many queued submissions trigger a flush on their own.
    let batchSize: Int

    init(store: any TrackingStore, user: String, batchSize: Int = 2_000) {
        self.store = store
        self.user = user
        self.batchSize = batchSize
    }

    func enqueue(_ submission: PlannedSubmission) throws {
        queue.append(submission)
        if queue.count >= batchSize { try flush() }
    }

    func flush() throws {
        defer { queue.removeAll(keepingCapacity: true) }
        let results = try store.submitReports(queue.map {
            ReportSubmission(content: $0.content, taskID: $0.taskID, agencyID: $0.agencyID, user: user, clock: $0.clock)
        })
        for result in results { _ = try result.get() }
        written += queue.count
    }
}
