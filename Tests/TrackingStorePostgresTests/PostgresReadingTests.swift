import Foundation
import GRDB
import Testing
import Tracking
import TrackingStore
@testable import TrackingStorePostgres

/// The reads of ``PostgresStore`` give what ``SQLiteStore``'s give for the same rows: both stores
/// are made fresh (the dispatch-239 seed), the same plain SQL adds directives, assignments,
/// reports, decisions, reminders, drafts and audit entries to each (no store write involved),
/// and every read is compared on several days.
@Suite(.enabled(if: PostgresTestServer.isAvailable, Comment(rawValue: PostgresTestServer.skipMessage)))
struct PostgresReadingTests {
    /// The days the reads are compared on: before, between and after the rows' dates.
    static let days = ["2025-01-20", "2025-03-15", "2025-04-15", "2025-05-10", "2025-08-01"].map { CalendarDate(iso: $0)! }

    @Test func snapshotsEqualSQLites() throws {
        let pair = try StorePair()
        for day in Self.days {
            for includingReports in [false, true] {
                #expect(try pair.postgres.snapshot(asOf: day, directives: nil, includingReports: includingReports)
                        == pair.sqlite.snapshot(asOf: day, directives: nil, includingReports: includingReports), "\(day.iso)")
            }
            for named in [["45/kh-ubnd"], ["239/UBND-NN.TN", "7/CĐ-UBND"], []] {
                #expect(try pair.postgres.snapshot(asOf: day, directives: named, includingReports: true)
                        == pair.sqlite.snapshot(asOf: day, directives: named, includingReports: true), "\(day.iso) \(named)")
            }
        }
        // What the rows hold, read back: not two engines agreeing on nothing.
        let snapshot = try pair.postgres.snapshot(asOf: CalendarDate(iso: "2025-05-10")!)
        #expect(snapshot.directives.map(\.document.reference.text) == ["7/CĐ-UBND", "239/UBND-NN.TN", "45/KH-UBND", "910/SỞ-MT", "910/SO-MT"])
        let plan = try #require(snapshot.directives.first { $0.document.reference.text == "45/KH-UBND" })
        #expect(plan.areaIDs == ["phong-khe", "phu-lam"])
        #expect(plan.tasks.map(\.assigneeIDs) == [["cong-an-tinh", "so-tnmt", "so-xd"], ["so-tttt", "cuc-thue", "ubnd-tien-du"]])
        #expect(plan.tasks[1].consolidates == ["10"])
        #expect(plan.tasks[0].copyTo == ["UBND tỉnh"])
        let police = try #require(snapshot.assignments.first { $0.taskID == "10" && $0.agencyID == "cong-an-tinh" })
        #expect(police.latestRevision == 2)
        #expect(police.submissionDays == [CalendarDate(iso: "2025-03-20")!, CalendarDate(iso: "2025-04-22")!])
        #expect(police.reminders.map(\.reference) == ["15/UBND-NC"])
        let tax = try #require(snapshot.assignments.first { $0.taskID == "11" && $0.agencyID == "cuc-thue" })
        #expect(tax.decisions.map(\.kind) == [.extended(to: CalendarDate(iso: "2025-06-30")!)])
        let latest = try #require(snapshot.latestReports.first { $0.taskID == "10" && $0.agencyID == "cong-an-tinh" })
        #expect(latest.revision == 2)
        #expect(latest.content.figures.map(\.areaID) == ["phong-khe", "phu-lam"])
        #expect(latest.content.figures.first?[.finesVND] == 2_500_000)
        // As of an earlier day, the first revision and its figures.
        let earlier = try pair.postgres.snapshot(asOf: CalendarDate(iso: "2025-04-15")!)
        #expect(earlier.assignments.first { $0.taskID == "10" && $0.agencyID == "cong-an-tinh" }?.latestRevision == 1)
        #expect(earlier.latestReports.first { $0.taskID == "10" && $0.agencyID == "cong-an-tinh" }?.content.figures.map(\.areaID) == ["phong-khe"])
    }

    @Test func theDashboardsFirstFrameReadsNoDirective() throws {
        let pair = try StorePair()
        let empty = try pair.postgres.snapshot(asOf: Self.days[1], directives: [], includingReports: false)
        #expect(try empty == pair.sqlite.snapshot(asOf: Self.days[1], directives: [], includingReports: false))
        #expect(empty.directives.isEmpty && empty.assignments.isEmpty)
        #expect(empty.agencies.count == 20)
        #expect(empty.successions.map(\.successorIDs).contains(["so-khcn", "so-vhttdl"]))
    }

    @Test func chunkedWalksEqualSQLites() throws {
        let pair = try StorePair()
        for chunkSize in [1, 2, 100] {
            var postgres: [TrackingSnapshot] = [], sqlite: [TrackingSnapshot] = []
            try pair.postgres.forEachSnapshot(asOf: Self.days[3], directives: nil, chunkSize: chunkSize, includingReports: true) { postgres.append($0) }
            try pair.sqlite.forEachSnapshot(asOf: Self.days[3], directives: nil, chunkSize: chunkSize, includingReports: true) { sqlite.append($0) }
            #expect(postgres == sqlite)
            #expect(postgres.count == (5 + chunkSize - 1) / chunkSize)
        }
        // What the body throws comes back as it was, not as a store error.
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try pair.postgres.forEachSnapshot(asOf: Self.days[3], directives: nil, chunkSize: 1, includingReports: false) { _ in throw Stop() }
        }
    }

    @Test func agencyLedgersEqualSQLites() throws {
        let pair = try StorePair()
        let agencies = try pair.sqlite.snapshot(asOf: Self.days[0]).agencies.map(\.id)
        for day in Self.days {
            for agency in agencies {
                #expect(try pair.postgres.agencySnapshot(agency, asOf: day) == pair.sqlite.agencySnapshot(agency, asOf: day), "\(agency) \(day.iso)")
            }
        }
        // Sở NN&MT holds Sở TN&MT's duties from 01/03/2025: its ledger shows them then, not before.
        #expect(try pair.postgres.agencySnapshot("so-nnmt", asOf: Self.days[0]).assignments.isEmpty)
        let held = try pair.postgres.agencySnapshot("so-nnmt", asOf: Self.days[2])
        #expect(Set(held.assignments.map(\.agencyID)) == ["so-tnmt"])
        #expect(held.latestReports.first?.reportedBy == "so-nnmt")
    }

    @Test func portfolioCountsEqualSQLites() throws {
        let pair = try StorePair()
        for day in Self.days {
            let postgres = try pair.postgres.portfolioCounts(rules: StatusRules(), asOf: day)
            #expect(postgres == (try pair.sqlite.portfolioCounts(rules: StatusRules(), asOf: day)), "\(day.iso)")
            #expect(postgres.map(\.assigned).reduce(0, +) > 0)
        }
    }

    @Test func listsEqualSQLites() throws {
        let pair = try StorePair()
        #expect(try pair.postgres.directiveCount() == 5)
        #expect(try pair.postgres.firstDirectiveReference() == pair.sqlite.firstDirectiveReference())
        #expect(try pair.postgres.firstDirectiveReference() == "7/CĐ-UBND")
        #expect(try pair.postgres.directiveDocuments() == pair.sqlite.directiveDocuments())
        #expect(try pair.postgres.areas() == pair.sqlite.areas())
        #expect(try pair.postgres.areaListings() == pair.sqlite.areaListings())
        #expect(try pair.postgres.areaListings().first { $0.area.id == "phong-khe" }?.directives.map(\.text) == ["239/UBND-NN.TN", "45/KH-UBND"])
        for limit in [-1, 0, 2, 100] {
            for subject in [nil, "45/KH-UBND", "", "không có"] as [String?] {
                #expect(try pair.postgres.auditTrail(limit: limit, subjectContaining: subject)
                        == pair.sqlite.auditTrail(limit: limit, subjectContaining: subject), "\(limit) \(subject ?? "nil")")
            }
        }
        #expect(try pair.postgres.auditTrail(limit: 2, subjectContaining: nil).map(\.id) == [6, 5])
        #expect(try pair.postgres.auditTrail(limit: 10, subjectContaining: "45/KH-UBND").map(\.user) == ["bob", "alice"])
    }

    @Test func changesEqualSQLites() throws {
        let pair = try StorePair()
        for since: Int64 in [0, 1, 2, 3, 5, 6, 99] {
            let postgres = try pair.postgres.changes(since: since), sqlite = try pair.sqlite.changes(since: since)
            #expect(postgres.through == sqlite.through && postgres.directives == sqlite.directives && postgres.unscoped == sqlite.unscoped,
                    "since \(since)")
        }
        let all = try pair.postgres.changes(since: 0)
        #expect(all.through == 6)
        // Byte order: "239/…" before "45/…" before "7/…", uppercase before lowercase.
        #expect(all.directives == ["239/UBND-NN.TN", "45/KH-UBND", "7/CĐ-UBND"])
        #expect(all.unscoped)
        #expect(try pair.postgres.changes(since: 5) == (6, ["45/KH-UBND"], false))
    }

    @Test func reportsAndDraftsEqualSQLites() throws {
        let pair = try StorePair()
        let assignments = [("10", "cong-an-tinh"), ("10", "so-tnmt"), ("11", "so-tttt"), ("1", "cong-an-tinh"), ("2", "so-tnmt"), ("x", "so-xd")]
        for (task, agency) in assignments {
            #expect(try pair.postgres.reports(taskID: task, agencyID: agency) == pair.sqlite.reports(taskID: task, agencyID: agency))
            for day in Self.days {
                #expect(try pair.postgres.reports(taskID: task, agencyID: agency, asOf: day)
                        == pair.sqlite.reports(taskID: task, agencyID: agency, asOf: day))
            }
        }
        for agency in ["cong-an-tinh", "so-tnmt", "so-tttt", "so-xd"] {
            for day in Self.days {
                #expect(try pair.postgres.reports(agencyID: agency, asOf: day) == pair.sqlite.reports(agencyID: agency, asOf: day))
            }
        }
        let history = try pair.postgres.reports(taskID: "10", agencyID: "cong-an-tinh")
        #expect(history.map(\.revision) == [1, 2, 3])
        #expect(history[1].content.sections[.results] == "Xử phạt 3 cơ sở")
        #expect(history[1].content.figures.map(\.areaID) == ["phong-khe", "phu-lam"])
        let asOf = try pair.postgres.reports(taskID: "10", agencyID: "cong-an-tinh", asOf: CalendarDate(iso: "2025-04-15")!)
        #expect(asOf.revisions.map(\.revision) == [1])
        #expect(asOf.backdating?.laterRevision == 3)

        #expect(try pair.postgres.draft(user: "alice", taskID: "10", agencyID: "so-xd") == pair.sqlite.draft(user: "alice", taskID: "10", agencyID: "so-xd"))
        #expect(try pair.postgres.draft(user: "alice", taskID: "10", agencyID: "so-xd")?.baseRevision == 0)
        #expect(try pair.postgres.draft(user: "bob", taskID: "10", agencyID: "so-xd") == nil)
        #expect(try pair.postgres.draft(user: "alice", taskID: "x", agencyID: "so-xd") == nil)
    }

    @Test func taskLookupsEqualSQLites() throws {
        let pair = try StorePair()
        let queries = ["1", "10", "239/UBND-NN.TN#1", "239/ubnd-nn.tn#2", "239#1", "45:2", "45/KH-UBND#1", " 11 ",
                       "2", "1", "910/so-mt#1", "910#1", "910/SỞ-MT#1", "999", "45#9", "không"]
        for query in queries {
            for includingReports in [false, true] {
                let postgres = Result { try pair.postgres.taskSnapshot(query, asOf: Self.days[3], includingReports: includingReports) }
                let sqlite = Result { try pair.sqlite.taskSnapshot(query, asOf: Self.days[3], includingReports: includingReports) }
                switch (postgres, sqlite) {
                case (.success(let p), .success(let s)):
                    #expect(p.task == s.task && p.snapshot == s.snapshot, "\(query)")
                case (.failure(let p), .failure(let s)):
                    #expect("\(p)" == "\(s)", "\(query)")
                    #expect((p as? StoreError)?.message(.en) == (s as? StoreError)?.message(.en), "\(query)")
                default:
                    Issue.record("\(query): PostgreSQL \(postgres), SQLite \(sqlite)")
                }
            }
        }
        #expect(try pair.postgres.taskSnapshot("45#2", asOf: Self.days[3]).task.id == "11")
        #expect(throws: StoreError.ambiguousTask("910#1", candidates: ["13 (910/SỞ-MT #1)", "14 (910/SO-MT #1)"])) {
            try pair.postgres.taskSnapshot("910#1", asOf: Self.days[3]).task.id
        }

        // Through the cache: each directive read once, the same answers.
        var postgresCache = DirectiveSnapshots(), sqliteCache = DirectiveSnapshots()
        for query in ["10", "11", "45#1", "239#2"] {
            let postgres = try pair.postgres.taskSnapshot(query, asOf: Self.days[3], cache: &postgresCache)
            let sqlite = try pair.sqlite.taskSnapshot(query, asOf: Self.days[3], cache: &sqliteCache)
            #expect(postgres.task == sqlite.task && postgres.snapshot == sqlite.snapshot)
        }
        #expect(postgresCache.byDocument.keys.sorted() == [3, 10])
    }

    @Test func directiveNamesResolveAsInSQLite() throws {
        let pair = try StorePair()
        for queries in [["239/ubnd-nn.tn"], ["45/KH-UBND", "7/cd-ubnd"], ["910/SỞ-MT"], ["910/so-mt"], ["nothing/here"], []] {
            let postgres = Result { try pair.postgres.directiveReferences(queries) }
            let sqlite = Result { try pair.sqlite.directiveReferences(queries) }
            #expect("\(postgres)" == "\(sqlite)", "\(queries)")
        }
        #expect(try pair.postgres.directiveReferences(["45/kh-ubnd", "239/UBND-NN.TN"]) == ["45/KH-UBND", "239/UBND-NN.TN"])
        #expect(throws: StoreError.ambiguousDirective("910/so-mt", candidates: ["910/SỞ-MT", "910/SO-MT"])) {
            try pair.postgres.snapshot(asOf: Self.days[0], directives: ["910/so-mt"])
        }
    }

    @Test func exportsEqualSQLites() throws {
        let pair = try StorePair()
        #expect(try pair.postgres.schemaVersion() == pair.sqlite.schemaVersion())
        #expect(try pair.postgres.schemaVersion() == PostgresSchema.migrationIdentifiers.last)
        #expect(try pair.postgres.tableCounts() == pair.sqlite.tableCounts())
        #expect(try pair.postgres.tableCounts()["report"] == 6)
        for chunkSize in [1, 3, 1000] {
            var postgres: [StoreRows] = [], sqlite: [StoreRows] = []
            try pair.postgres.exportRows(chunkSize: chunkSize) { postgres.append($0) }
            try pair.sqlite.exportRows(chunkSize: chunkSize) { sqlite.append($0) }
            #expect(postgres == sqlite, "chunks of \(chunkSize)")
            #expect(postgres.allSatisfy { $0.rows.count <= chunkSize })
        }
        struct Stop: Error {}
        #expect(throws: Stop.self) { try pair.postgres.exportRows(chunkSize: 10) { _ in throw Stop() } }
        // The store is still usable: the cursor did not outlive its transaction.
        #expect(try pair.postgres.directiveCount() == 5)
    }
}

/// A fresh SQLite store and a fresh PostgreSQL store holding the same rows: the seed, then
/// ``StorePair/rows`` run as plain SQL on each.
final class StorePair {
    let sqlite: SQLiteStore
    let postgres: PostgresStore
    private let folder: Folder
    private let database: TemporaryDatabase

    init() throws {
        folder = try Folder()
        let path = folder.path + "/theodoi.sqlite"
        sqlite = try SQLiteStore(path: path, user: "seed-user", clock: Self.clock)
        database = try TemporaryDatabase()
        postgres = try PostgresStore(location: database.location, user: "seed-user", clock: Self.clock,
                                     environment: PostgresTestServer.environment)
        let writer = try DatabaseQueue(path: path)
        try writer.write { db in
            for statement in Self.rows { try db.execute(sql: statement) }
        }
        try writer.close()
        let session = try database.session()
        defer { session.close() }
        try session.transaction { (session: PostgresSession) in
            for statement in Self.rows { try session.execute(statement) }
        }
    }

    deinit {
        database.drop()
    }

    static let clock = VietnamClock(now: { Date(timeIntervalSince1970: 1_737_334_800) })   // 2025-01-20 08:00 +07

    /// Plain SQL both engines run alike: directives (one without a date, two whose references
    /// fold alike), a monthly task, leads and a cooperating agency, reports with figures (one
    /// sent by a successor), an extension, a withdrawal, a reminder, a draft, audit entries.
    static let rows = [
        """
        INSERT INTO document (id, reference, number, symbol, grammar, kind, issuer, place, issued_on, subject,
                              signer_authority, signer_title, signer_name, is_directive) VALUES
          (10, '45/KH-UBND', '45', 'KH-UBND', 'state', 'Kế hoạch', 'UBND tỉnh Bắc Ninh', 'Bắc Ninh', '2025-03-03',
           'Kiểm tra các cơ sở', NULL, NULL, 'Nguyễn Văn An', true),
          (11, '7/CĐ-UBND', '7', 'CĐ-UBND', 'state', 'Công điện', 'UBND tỉnh Bắc Ninh', NULL, NULL, NULL, NULL, NULL, NULL, true),
          (12, '910/SỞ-MT', '910', 'SỞ-MT', 'state', 'Công văn', 'Sở TN&MT', NULL, '2025-04-01', NULL, NULL, NULL, NULL, true),
          (13, '910/SO-MT', '910', 'SO-MT', 'state', 'Công văn', 'Sở TN&MT', NULL, '2025-04-02', NULL, NULL, NULL, NULL, true)
        """,
        "INSERT INTO document_citation (document_id, position, reference, cited_on) VALUES (10, 0, '239/UBND-NN.TN', '2025-01-17')",
        "INSERT INTO document_addressee (document_id, position, name) VALUES (10, 0, 'Công an tỉnh'), (10, 1, 'Sở Xây dựng')",
        "INSERT INTO document_recipient (document_id, position, text) VALUES (10, 0, 'Như trên'), (10, 1, 'Lưu: VT')",
        "INSERT INTO directive_area (document_id, area_id) VALUES (10, 'phu-lam'), (10, 'phong-khe')",
        """
        INSERT INTO task (id, document_id, number, text, deadline_raw, deadline_anchor, deadline_qualifier,
                          deadline_day_of_month, report_to, copy_to) VALUES
          (10, 10, '1', 'Kiểm tra hằng tháng', 'chậm nhất ngày 25 hàng tháng', NULL, 'monthly', 25, '[]', '["UBND tỉnh"]'),
          (11, 10, '2', 'Báo cáo kết quả', 'trước ngày 30/04/2025', '2025-04-30', 'before', NULL, '["Sở TN&MT"]', '[]'),
          (12, 11, '1', 'Khẩn trương', 'khẩn trương', NULL, 'none', NULL, '[]', '[]'),
          (13, 12, '1', 'Rà soát', 'hạn 15/05/2025', '2025-05-15', 'no_later_than', NULL, '[]', '[]'),
          (14, 13, '1', 'Rà soát', 'hạn 15/05/2025', '2025-05-15', 'no_later_than', NULL, '[]', '[]')
        """,
        "INSERT INTO task_consolidation (task_id, source_task_id) VALUES (11, 10)",
        """
        INSERT INTO assignment (task_id, agency_id, position, first_submitted_on, first_submitted_at, latest_revision,
                                latest_submitted_on, latest_submitted_at, role, first_reported_by) VALUES
          (10, 'cong-an-tinh', 0, '2025-03-20', '2025-03-20T09:00:00+07:00', 2, '2025-04-22', '2025-04-22T15:30:00+07:00', 'lead', NULL),
          (10, 'so-tnmt', 1, '2025-03-24', '2025-03-24T10:00:00+07:00', 1, '2025-03-24', '2025-03-24T10:00:00+07:00', 'lead', 'so-nnmt'),
          (10, 'so-xd', 2, NULL, NULL, 0, NULL, NULL, 'cooperating', NULL),
          (11, 'so-tttt', 0, '2025-05-02', '2025-05-02T08:00:00+07:00', 1, '2025-05-02', '2025-05-02T08:00:00+07:00', 'lead', NULL),
          (11, 'cuc-thue', 1, NULL, NULL, 0, NULL, NULL, 'lead', NULL),
          (11, 'ubnd-tien-du', 2, NULL, NULL, 0, NULL, NULL, 'lead', NULL),
          (12, 'cong-an-tinh', 0, NULL, NULL, 0, NULL, NULL, 'lead', NULL),
          (13, 'so-xd', 0, NULL, NULL, 0, NULL, NULL, 'lead', NULL),
          (14, 'so-xd', 0, NULL, NULL, 0, NULL, NULL, 'lead', NULL)
        """,
        """
        UPDATE assignment SET first_submitted_on = '2025-02-10', first_submitted_at = '2025-02-10T11:00:00+07:00',
          latest_revision = 1, latest_submitted_on = '2025-02-10', latest_submitted_at = '2025-02-10T11:00:00+07:00'
        WHERE task_id = 1 AND agency_id = 'cong-an-tinh'
        """,
        """
        INSERT INTO report (id, task_id, agency_id, revision, reference, report_date, work_done, results, lessons, causes,
                            solutions, submitted_at, submitted_on, submitted_by, reported_by) VALUES
          (100, 1, 'cong-an-tinh', 1, '12/BC-CAT', '2025-02-10', 'Đã kiểm tra', 'Kết quả', '', '', '', '2025-02-10T11:00:00+07:00', '2025-02-10', 'alice', NULL),
          (101, 10, 'cong-an-tinh', 1, '20/BC-CAT', '2025-03-19', 'Tháng 3', 'Nhắc nhở', '', '', '', '2025-03-20T09:00:00+07:00', '2025-03-20', 'alice', NULL),
          (102, 10, 'cong-an-tinh', 2, '31/BC-CAT', '2025-04-21', 'Tháng 4', 'Xử phạt 3 cơ sở', 'Phối hợp', '', '', '2025-04-22T15:30:00+07:00', '2025-04-22', 'alice', NULL),
          (103, 10, 'so-tnmt', 1, '5/BC-SNNMT', '2025-03-24', 'Thay Sở TN&MT', '', '', '', '', '2025-03-24T10:00:00+07:00', '2025-03-24', 'bob', 'so-nnmt'),
          (104, 11, 'so-tttt', 1, '9/BC-STTTT', '2025-05-01', 'Tổng hợp', '', '', '', '', '2025-05-02T08:00:00+07:00', '2025-05-02', 'carol', NULL),
          (105, 10, 'cong-an-tinh', 3, '40/BC-CAT', '2025-07-20', 'Tháng 7', '', '', '', '', '2025-07-20T08:00:00+07:00', '2025-07-20', 'alice', NULL)
        """,
        "UPDATE assignment SET latest_revision = 3, latest_submitted_on = '2025-07-20', latest_submitted_at = '2025-07-20T08:00:00+07:00' WHERE task_id = 10 AND agency_id = 'cong-an-tinh'",
        """
        INSERT INTO report_figure (report_id, area_id, inspected, violations, fines_count, fines_vnd, suspended, power_cut,
                                   relocated, complaints_handled) VALUES
          (100, 'phong-khe', 20, NULL, NULL, 1300000000, NULL, NULL, NULL, NULL),
          (101, 'phong-khe', 4, 1, 0, 0, NULL, NULL, NULL, NULL),
          (102, 'phu-lam', 6, 2, 2, 4000000, 1, 0, NULL, 3),
          (102, 'phong-khe', 5, 1, 1, 2500000, NULL, NULL, NULL, NULL)
        """,
        """
        INSERT INTO deadline_decision (id, task_id, agency_id, kind, extended_to, decided_on, reference, note) VALUES
          (1, 11, 'cuc-thue', 'extension', '2025-06-30', '2025-04-20', '50/UBND-TH', 'Gia hạn'),
          (2, 11, 'ubnd-tien-du', 'withdrawal', NULL, '2025-04-25', NULL, 'Không còn cơ sở'),
          (3, 2, 'so-tnmt', 'extension', '2025-03-15', '2025-02-18', NULL, 'Gia hạn')
        """,
        """
        INSERT INTO reminder (id, reference, document_id, task_id, sent_on, asked_by, recorded_at, recorded_by) VALUES
          (1, '15/UBND-NC', 10, 10, '2025-04-01', '2025-04-10', '2025-04-01T08:00:00+07:00', 'alice')
        """,
        "INSERT INTO reminder_assignment (reminder_id, task_id, agency_id) VALUES (1, 10, 'cong-an-tinh'), (1, 10, 'so-xd')",
        """
        INSERT INTO draft ("user", task_id, agency_id, payload, base_revision, updated_at) VALUES
          ('alice', 10, 'so-xd', '{"results":"Đang làm"}', 0, '2025-04-02T09:00:00+07:00')
        """,
        """
        INSERT INTO audit (id, at, "user", action, subject, before, after, document_id) VALUES
          (2, '2025-02-10T11:00:00+07:00', 'alice', 'report.submit', 'task 1 / cong-an-tinh', NULL, '{"revision":1}', 3),
          (3, '2025-03-03T08:00:00+07:00', 'alice', 'directive.import', '45/KH-UBND', NULL, NULL, 10),
          (4, '2025-03-04T08:00:00+07:00', 'carol', 'area.add', 'Khu mới', NULL, NULL, NULL),
          (5, '2025-03-05T08:00:00+07:00', 'dave', 'directive.import', '7/CĐ-UBND', NULL, NULL, 11),
          (6, '2025-04-22T15:30:00+07:00', 'bob', 'report.submit', 'task 10 / cong-an-tinh / 45/KH-UBND', '{"revision":1}', '{"revision":2}', 10)
        """,
    ]
}
