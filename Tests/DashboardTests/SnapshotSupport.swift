import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// Screen snapshots: a state rendered into a buffer, compared line by line with a committed
/// text file. Each line is quoted so that trailing spaces show in diffs. Set
/// `THEODOI_RECORD_SNAPSHOTS=1` to write the files anew after an intended change; a missing
/// file is written and the test fails, so that a snapshot is never silently accepted.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func text(_ buffer: Buffer) -> String {
        buffer.lines().map { "\"\($0)\"" }.joined(separator: "\n") + "\n"
    }

    static func assert(_ buffer: Buffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name + ".txt")
        let actual = text(buffer)
        let record = ProcessInfo.processInfo.environment["THEODOI_RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            if !record { Issue.record("recorded a new snapshot \(name).txt; check it and run again", sourceLocation: sourceLocation) }
            return
        }
        if actual != expected {
            let diff = zip(expected.split(separator: "\n"), actual.split(separator: "\n")).enumerated()
                .filter { $0.element.0 != $0.element.1 }
                .prefix(5).map { "line \($0.offset + 1):\n  expected \($0.element.0)\n  actual   \($0.element.1)" }
            Issue.record("snapshot \(name) differs:\n\(diff.joined(separator: "\n"))", sourceLocation: sourceLocation)
        }
    }
}

/// States built on a real database in a temporary folder, with the embedded dispatch-239 data.
final class DashboardFixture {
    let folder: URL
    let store: any TrackingStore

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("theodoi-dash-\(UUID().uuidString)")
        store = try SQLiteStore(path: folder.appendingPathComponent("db.sqlite").path)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func submit(_ agencyID: String, task: String = "1", on day: String, results: String = "Đã xử lý",
                figures: [AreaFigures] = []) throws {
        let content = ReportContent(reference: "\(agencyID.count)/BC", date: CalendarDate(iso: day)!,
                                    sections: [.results: results], figures: figures)
        try store.submitReport(content, taskID: task, agencyID: agencyID, user: "canbo",
                               clock: VietnamClock(fixedToday: CalendarDate(iso: day)!, now: { Date(timeIntervalSince1970: 1_739_330_000) }))
    }

    func state(today: String, width: Int, height: Int, language: Language = .vi) throws -> AppState {
        let day = CalendarDate(iso: today)!
        return AppState(snapshot: try store.snapshot(asOf: day), rules: StatusRules(), today: day, minuteOfDay: 14 * 60 + 5,
                        language: language, width: width, height: height)
    }
}

extension AppState {
    /// Applies keys as the user would type them.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { Update.apply(.key($0), to: &self) }
    }

    mutating func type(_ text: String) {
        for character in text { _ = Update.apply(.key(.character(character)), to: &self) }
    }
}
