import Foundation
import Tracking
@testable import TrackingStore

enum Fixture {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func clock(_ iso: String) -> VietnamClock { VietnamClock(fixedToday: day(iso)) }

    static func report(reference: String = "12/BC-CAT", date: String = "2025-02-10", results: String = "Kết quả",
                       figures: [AreaFigures] = [AreaFigures(areaID: "phong-khe", inspected: 20, finesVND: 1_300_000_000)]) -> ReportContent {
        ReportContent(reference: reference, date: day(date), sections: [.workDone: "Đã kiểm tra", .results: results], figures: figures)
    }

    static func statuses(_ store: any TrackingStore, today: String, policy: DeadlinePolicy = .literal) throws -> [String: [AssignmentStatus]] {
        let board = StatusBoard(snapshot: try store.snapshot(asOf: day(today)), rules: StatusRules(policy: policy), today: day(today))
        var result: [String: [AssignmentStatus]] = [:]
        for task in board.directives.flatMap(\.tasks) {
            result[task.task.number] = task.rows.map(\.progress.status)
        }
        return result
    }

    static func status(_ store: any TrackingStore, today: String, task: String, agency: String) throws -> AssignmentStatus? {
        let board = StatusBoard(snapshot: try store.snapshot(asOf: day(today)), rules: StatusRules(), today: day(today))
        return board.allRows.first { $0.assignment.taskID == task && $0.agency.id == agency }?.progress.status
    }
}

/// Collects errors from concurrent work.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}
