import Foundation
import Testing
import Tracking
import TrackingStore
@testable import TrackingStorePostgres

/// The reads of issue 13's budgets on a store of 10⁵ assignments (1 000 directives of 10 tasks of
/// 10 agencies, half of them reported, 10⁵ audit entries), loaded with plain SQL. Times are
/// printed, never asserted (timing belongs in benchmarks): run with THEODOI_POSTGRES_BENCHMARK=1,
/// best in a release build.
@Suite(.enabled(if: PostgresTestServer.isAvailable && ProcessInfo.processInfo.environment["THEODOI_POSTGRES_BENCHMARK"] == "1",
                "benchmark: set THEODOI_POSTGRES_BENCHMARK=1 and THEODOI_TEST_POSTGRES"))
struct PostgresReadingBenchmark {
    static let today = CalendarDate(iso: "2025-04-15")!

    @Test func readsAtScale() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let store = try PostgresStore(location: database.location, environment: PostgresTestServer.environment)
        let session = try database.session()
        defer { session.close() }
        let loadStart = DispatchTime.now().uptimeNanoseconds
        for statement in Self.load { try session.execute(statement) }
        let loaded = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
        let assignments = try session.query("SELECT count(*) FROM assignment").first?.int(0) ?? 0
        let through = try store.changes(since: 0).through

        func median(_ runs: Int = 21, _ body: () throws -> Void) throws -> Double {
            try body()   // warm up
            var samples: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                try body()
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            return samples.sorted()[runs / 2]
        }
        let rules = StatusRules()
        let count = try median { _ = try store.directiveCount() }
        let portfolio = try median { _ = try store.portfolioCounts(rules: rules, asOf: Self.today) }
        let portfolioInOne = try median {
            _ = try store.read { session in
                (try PostgresStore.taskTallies(session, today: Self.today), try PostgresStore.documentsAndDecisions(session, today: Self.today))
            }
        }
        let noDirective = try median { _ = try store.snapshot(asOf: Self.today, directives: [], includingReports: false) }
        let firstFrame = try median {
            _ = try store.directiveCount()
            _ = try store.portfolioCounts(rules: rules, asOf: Self.today)
            _ = try store.snapshot(asOf: Self.today, directives: [], includingReports: false)
        }
        let oneDirective = try median { _ = try store.snapshot(asOf: Self.today, directives: ["1500/ubnd-th"], includingReports: true) }
        let task = try median { _ = try store.taskSnapshot("1500/UBND-TH#3", asOf: Self.today) }
        let taskFolded = try median { _ = try store.taskSnapshot("1500/ubnd-th#3", asOf: Self.today) }
        let changes = try median { _ = try store.changes(since: through - 10) }
        let ledger = try median(5) { _ = try store.agencySnapshot("so-xd", asOf: Self.today) }
        let whole = try median(3) { _ = try store.snapshot(asOf: Self.today, directives: nil, includingReports: true) }
        print("""
            PostgresStore reads, \(assignments) assignments (loaded in \(String(format: "%.1f", loaded)) s), median ms:
              directiveCount \(Self.format(count)), portfolioCounts \(Self.format(portfolio)) (two sessions; \(Self.format(portfolioInOne)) in one),
              snapshot(directives: []) \(Self.format(noDirective)), first frame (the three) \(Self.format(firstFrame)),
              snapshot of one directive with reports \(Self.format(oneDirective)), taskSnapshot \(Self.format(task)) (folded \(Self.format(taskFolded))),
              changes(since:) \(Self.format(changes)), agencySnapshot (10⁴ assignments) \(Self.format(ledger)),
              whole snapshot with reports \(Self.format(whole))
            """)
    }

    private static func format(_ milliseconds: Double) -> String { String(format: "%.2f", milliseconds) }

    /// 1 000 directives × 10 tasks (one monthly) × the first 10 agencies; every other assignment
    /// reported once (a fifth with figures), an extension on every fiftieth task, 10⁵ audit entries.
    static let load = [
        """
        INSERT INTO document (id, reference, number, symbol, grammar, kind, issuer, issued_on, is_directive)
        SELECT 1000 + g, (1000 + g)::text || '/UBND-TH', (1000 + g)::text, 'UBND-TH', 'state', 'Công văn', 'UBND tỉnh',
               to_char(date '2024-01-01' + g / 3, 'YYYY-MM-DD'), true
        FROM generate_series(1, 1000) g
        """,
        """
        INSERT INTO task (id, document_id, number, text, deadline_raw, deadline_anchor, deadline_qualifier,
                          deadline_day_of_month, report_to, copy_to)
        SELECT 1000 + g, 1000 + (g - 1) / 10 + 1, ((g - 1) % 10 + 1)::text, 'Nhiệm vụ ' || g,
               CASE WHEN g % 10 = 0 THEN 'chậm nhất ngày 25 hàng tháng' ELSE 'trước ngày 30/04/2025' END,
               CASE WHEN g % 10 = 0 THEN NULL ELSE '2025-04-30' END,
               CASE WHEN g % 10 = 0 THEN 'monthly' ELSE 'before' END,
               CASE WHEN g % 10 = 0 THEN 25 END, '[]', '[]'
        FROM generate_series(1, 10000) g
        """,
        """
        INSERT INTO assignment (task_id, agency_id, position, first_submitted_on, first_submitted_at, latest_revision,
                                latest_submitted_on, latest_submitted_at, role)
        SELECT 1000 + t, a.id, a.n,
               CASE WHEN (t + a.n) % 2 = 0 THEN '2025-03-10' END, CASE WHEN (t + a.n) % 2 = 0 THEN '2025-03-10T09:00:00+07:00' END,
               CASE WHEN (t + a.n) % 2 = 0 THEN 1 ELSE 0 END,
               CASE WHEN (t + a.n) % 2 = 0 THEN '2025-03-10' END, CASE WHEN (t + a.n) % 2 = 0 THEN '2025-03-10T09:00:00+07:00' END,
               CASE WHEN a.n < 8 THEN 'lead' ELSE 'cooperating' END
        FROM generate_series(1, 10000) t
        CROSS JOIN (SELECT id, (row_number() OVER (ORDER BY position) - 1) AS n FROM agency ORDER BY position LIMIT 10) a
        """,
        """
        INSERT INTO report (task_id, agency_id, revision, reference, report_date, work_done, results, lessons, causes,
                            solutions, submitted_at, submitted_on, submitted_by)
        SELECT task_id, agency_id, 1, task_id::text || '/BC', '2025-03-09', 'Đã làm', 'Kết quả', '', '', '',
               first_submitted_at, first_submitted_on, 'bench'
        FROM assignment WHERE task_id >= 1000 AND first_submitted_on IS NOT NULL
        """,
        """
        INSERT INTO report_figure (report_id, area_id, inspected, fines_vnd)
        SELECT id, 'phong-khe', 3, 1000000 FROM report WHERE task_id % 5 = 0 AND task_id >= 1000
        """,
        """
        INSERT INTO deadline_decision (task_id, agency_id, kind, extended_to, decided_on, note)
        SELECT task_id, agency_id, 'extension', '2025-06-30', '2025-04-01', 'Gia hạn'
        FROM assignment WHERE task_id >= 1000 AND task_id % 50 = 0 AND position = 1
        """,
        """
        INSERT INTO audit (at, "user", action, subject, document_id)
        SELECT '2025-03-10T09:00:00+07:00', 'bench', 'report.submit', 'task ' || g, 1000 + g % 1000 + 1
        FROM generate_series(1, 100000) g
        """,
        "ANALYZE",
    ]
}
