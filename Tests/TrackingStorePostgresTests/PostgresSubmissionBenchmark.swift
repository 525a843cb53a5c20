import Foundation
import Testing
import Tracking
import TrackingStore
@testable import TrackingStorePostgres

/// What `report submit` costs the store on PostgreSQL over loopback, in a store of 10⁵
/// assignments (each with a revision and an audit entry) against one of the seed alone: printed,
/// never asserted (timing belongs in benchmarks). The budget is 150 ms a submission; a
/// submission that read more than its assignment's rows would grow with the store.
/// Run with THEODOI_POSTGRES_BENCHMARK=1, best in a release build.
@Suite(.enabled(if: PostgresTestServer.isAvailable && ProcessInfo.processInfo.environment["THEODOI_POSTGRES_BENCHMARK"] == "1",
                "benchmark: set THEODOI_POSTGRES_BENCHMARK=1 and THEODOI_TEST_POSTGRES"))
struct PostgresSubmissionBenchmark {
    static let directives = 500, tasksPerDirective = 4, agenciesPerTask = 50

    @Test func aSubmissionCostsTheSameAtOneHundredThousandAssignments() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let store = try PostgresStore(location: database.location, user: "bench")
        let session = try database.session()
        defer { session.close() }

        let seedOnly = try Self.time(store, tasks: [1], agencies: Array(Dispatch239.task1.assigneeIDs.prefix(3)))
        try Self.fill(session)
        let assignments = try session.query("SELECT count(*) FROM assignment").first?.int(0) ?? 0
        let benchTasks = try session.query("SELECT min(id), max(id) FROM task WHERE id > 2").first
        let tasks = Array(Int(benchTasks?.int(0) ?? 3)...Int(benchTasks?.int(1) ?? 3))
        let atScale = try Self.time(store, tasks: tasks, agencies: (1...Self.agenciesPerTask).map { "bench-\($0)" })
        #if DEBUG
        let build = "debug"
        #else
        let build = "release"
        #endif
        print("""
            PostgresStore.submitReport over \(session.location.server) (\(build) build), \(Self.runs) submissions each:
              the seed alone (3 assignments of task 1): median \(seedOnly.median) ms, p95 \(seedOnly.p95) ms, max \(seedOnly.max) ms
              \(assignments) assignments, as many reports and audit entries: median \(atScale.median) ms, p95 \(atScale.p95) ms, max \(atScale.max) ms
            """)
    }

    static let runs = 200

    /// Submissions on random assignments among those given: median, 95th percentile, maximum (ms).
    static func time(_ store: PostgresStore, tasks: [Int], agencies: [String]) throws -> (median: String, p95: String, max: String) {
        var samples: [Double] = []
        var generator = SystemRandomNumberGenerator()
        let clock = VietnamClock(fixedToday: CalendarDate(iso: "2025-02-12")!)
        let content = ReportContent(reference: "12/BC", date: CalendarDate(iso: "2025-02-10")!,
                                    sections: [.workDone: "Đã kiểm tra", .results: "Kết quả"],
                                    figures: [AreaFigures(areaID: "phong-khe", inspected: 20, finesVND: 1_300_000_000)])
        for run in 0..<(runs + 20) {
            let task = tasks.randomElement(using: &generator)!, agency = agencies.randomElement(using: &generator)!
            let start = DispatchTime.now().uptimeNanoseconds
            try store.submitReport(content, taskID: String(task), agencyID: agency, user: "bench", clock: clock,
                                   expectedRevision: nil, reportedBy: nil)
            if run >= 20 { samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6) }   // after a warm-up
        }
        samples.sort()
        func format(_ value: Double) -> String { String(format: "%.2f", value) }
        return (format(samples[samples.count / 2]), format(samples[samples.count * 95 / 100]), format(samples.last ?? 0))
    }

    /// 10⁵ assignments (500 directives × 4 tasks × 50 agencies), each with one revision, its
    /// figures' absence, its summary and an audit entry: written with set-based SQL, then analysed.
    static func fill(_ session: PostgresSession) throws {
        let grammar = Dispatch239.directive.reference.grammar.rawValue
        try session.execute("""
            INSERT INTO document (reference, number, symbol, grammar, kind, issuer, issued_on, is_directive)
            SELECT g || '/UBND-BENCH', g::text, 'UBND-BENCH', $1, 'công văn', 'UBND TỈNH', '2025-01-01', true
            FROM generate_series(1, \(directives)) g
            """, [.text(grammar)])
        try session.execute("""
            INSERT INTO task (document_id, number, text, deadline_raw, deadline_qualifier, report_to, copy_to)
            SELECT d.id, n::text, 'Báo cáo kết quả', '', $1, '[]', '[]'
            FROM document d, generate_series(1, \(tasksPerDirective)) n WHERE d.symbol = 'UBND-BENCH' ORDER BY d.id, n
            """, [.text(Deadline.none().qualifier.rawValue)])
        try session.execute("""
            INSERT INTO agency (id, name, short_name, kind, position)
            SELECT 'bench-' || g, 'Cơ quan thử ' || g, 'CQ ' || g, 'department', 1000 + g FROM generate_series(1, \(agenciesPerTask)) g
            """)
        try session.execute("""
            INSERT INTO assignment (task_id, agency_id, position, first_submitted_on, first_submitted_at, latest_revision,
                                    latest_submitted_on, latest_submitted_at)
            SELECT t.id, a.id, a.position - 1001, '2025-02-01', '2025-02-01T08:00:00+07:00', 1, '2025-02-01', '2025-02-01T08:00:00+07:00'
            FROM task t, agency a WHERE t.id > 2 AND a.id LIKE 'bench-%'
            """)
        try session.execute("""
            INSERT INTO report (task_id, agency_id, revision, reference, report_date,
                                \(ReportSection.allCases.map(\.rawValue).joined(separator: ", ")), submitted_at, submitted_on, submitted_by)
            SELECT task_id, agency_id, 1, 'BC', '2025-02-01', \(ReportSection.allCases.map { _ in "'nội dung'" }.joined(separator: ", ")),
                   '2025-02-01T08:00:00+07:00', '2025-02-01', 'bench'
            FROM assignment WHERE task_id > 2
            """)
        try session.execute("""
            INSERT INTO audit (at, "user", action, subject, before, after, document_id)
            SELECT '2025-02-01T08:00:00+07:00', 'bench', 'report.submit', 'task ' || a.task_id || ' / ' || a.agency_id || ' / revision 1',
                   NULL, '{}', t.document_id
            FROM assignment a JOIN task t ON t.id = a.task_id WHERE a.task_id > 2
            """)
        try session.execute("ANALYZE")
    }
}
