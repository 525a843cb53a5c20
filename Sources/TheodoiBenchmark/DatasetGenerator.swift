import Foundation
import Tracking
import TrackingStore

/// What a generation wrote.
struct DatasetSummary {
    var directives = 0
    var tasks = 0
    var assignments = 0
    var reports = 0
    var extensions = 0
    var withdrawals = 0
    var seconds = 0.0
}

/// Fills a new database with a department's volume of synthetic, realistic data, through the
/// store's own API: dispatch 239 (already in every new database), then directives dated
/// 2023–2025 until `assignments` is reached; about 70 % of assignments reported with 1–3
/// revisions around the deadline (some late), a few extensions and withdrawals.
///
/// Deterministic: the same `assignments` and `seed` give the same data set (timestamps included).
struct DatasetGenerator {
    var assignments: Int
    var seed: UInt64
    var user = "theodoi-bench"
    /// Where progress lines go (standard error by default).
    var progress: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }

    /// The day the store is created: the date of dispatch 239.
    static let creationDay = CalendarDate(year: 2025, month: 1, day: 17)!

    func generate(into path: String) throws -> DatasetSummary {
        let start = Monotonic.now()
        guard !FileManager.default.fileExists(atPath: path) else {
            throw BenchmarkError("\(path) exists already; generate writes a new database only")
        }
        let store = try SQLiteStore(path: path, mode: .readWrite, user: user,
                                      clock: Self.clock(day: Self.creationDay, secondOfDay: 8 * 3600))
        var rng = SplitMix64(seed: seed)
        let writer = SubmissionWriter(store: store, user: user)
        var summary = DatasetSummary()
        let reports = ReportFactory()

        /// Reports and decisions for one agency on one task.
        func follow(taskID: String, deadline: Deadline, issued: CalendarDate, agencyID: String, agencyName: String) throws {
            summary.assignments += 1
            if rng.chance(0.01) {
                let decision = DeadlineDecision(kind: .withdrawal, decidedOn: issued.adding(days: rng.int(5...30)),
                                                reference: "\(rng.int(1...4999))/UBND-NN.TN",
                                                note: "rút nhiệm vụ do không thuộc chức năng, nhiệm vụ của đơn vị")
                try store.recordDecision(decision, taskID: taskID, agencyID: agencyID, user: user,
                                         at: Self.timestamp(decision.decidedOn, secondOfDay: 9 * 3600))
                summary.withdrawals += 1
                return
            }
            if let anchor = deadline.anchor, rng.chance(0.03) {
                let decidedOn = max(issued, anchor.adding(days: -rng.int(1...10)))
                let decision = DeadlineDecision(kind: .extended(to: anchor.adding(days: rng.int(15...45))), decidedOn: decidedOn,
                                                reference: "\(rng.int(1...4999))/UBND-NN.TN",
                                                note: "gia hạn theo đề nghị của đơn vị")
                try store.recordDecision(decision, taskID: taskID, agencyID: agencyID, user: user,
                                         at: Self.timestamp(decidedOn, secondOfDay: 10 * 3600))
                summary.extensions += 1
            }
            guard rng.chance(0.7) else { return }
            let revisions = rng.chance(0.6) ? 1 : (rng.chance(0.75) ? 2 : 3)
            var day: CalendarDate
            if let anchor = deadline.anchor {
                // Mostly on time, a quarter late.
                day = max(issued.adding(days: 1), anchor.adding(days: rng.chance(0.75) ? -rng.int(0...20) : rng.int(1...30)))
            } else if deadline.qualifier == .monthly {
                day = issued.adding(days: rng.int(20...45))
            } else {
                day = issued.adding(days: rng.int(7...90))
            }
            for revision in 1...revisions {
                if revision > 1 { day = day.adding(days: rng.int(3...30)) }
                let date = max(issued, day.adding(days: -rng.int(0...3)))
                let content = reports.make(agencyName: agencyName, revision: revision, date: date, using: &rng)
                try writer.enqueue(PlannedSubmission(content: content, taskID: taskID, agencyID: agencyID,
                                                     day: day, secondOfDay: rng.int(27_000...61_200)))
                summary.reports += 1
            }
        }

        // Dispatch 239 and what else the new database holds.
        let snapshot = try store.snapshot(asOf: Self.creationDay)
        for directive in snapshot.directives {
            summary.directives += 1
            for task in directive.tasks {
                summary.tasks += 1
                for assignment in snapshot.assignments(of: task.id) {
                    try follow(taskID: task.id, deadline: task.deadline, issued: directive.document.date ?? Self.creationDay,
                               agencyID: assignment.agencyID, agencyName: snapshot.agency(assignment.agencyID)?.name ?? "")
                }
            }
        }

        var factory = DirectiveFactory()
        var lastReport = Monotonic.now()
        while summary.assignments < assignments {
            let generated = factory.make(budget: assignments - summary.assignments, using: &rng)
            let plan = try store.importDirective(generated.directive, user: user,
                                                 at: Self.timestamp(generated.issued, secondOfDay: 8 * 3600), dryRun: false)
            summary.directives += 1
            for task in plan.tasks {
                summary.tasks += 1
                for agency in task.assignees {
                    try follow(taskID: task.id ?? "", deadline: task.deadline, issued: generated.issued,
                               agencyID: agency.id, agencyName: agency.name)
                }
            }
            if Monotonic.now() - lastReport > 2 {
                lastReport = Monotonic.now()
                progress("generate: \(summary.assignments)/\(assignments) assignments, \(summary.directives) directives, "
                         + "\(writer.written) reports written, \(Format.seconds(lastReport - start))")
            }
        }
        try writer.flush()
        summary.seconds = Monotonic.now() - start
        progress("generate: done, \(summary.assignments) assignments in \(summary.directives) directives (\(summary.tasks) tasks), "
                 + "\(summary.reports) reports, \(summary.extensions) extensions, \(summary.withdrawals) withdrawals, "
                 + "\(Format.seconds(summary.seconds))")
        return summary
    }

    static func clock(day: CalendarDate, secondOfDay: Int) -> VietnamClock {
        let instant = Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400 - VietnamClock.utcOffset + secondOfDay))
        return VietnamClock(fixedToday: day, now: { instant })
    }

    static func timestamp(_ day: CalendarDate, secondOfDay: Int) -> String {
        clock(day: day, secondOfDay: secondOfDay).timestamp()
    }
}
