import Foundation
import GRDB
import Testing
import Tracking
@testable import TrackingStore
@testable import TrackingStorePostgres

/// The PostgreSQL store's writes, checked with plain SQL (the reads are another file's work):
/// what each write stores, its audit entry and notification, its refusals, and that two engines
/// given the same writes hold the same rows.
@Suite(.enabled(if: PostgresTestServer.isAvailable, Comment(rawValue: PostgresTestServer.skipMessage)))
struct PostgresWritingTests {
    static let directive = "239/UBND-NN.TN"
    /// One instant for both engines (2025-02-12 10:00 +07), so that their rows compare equal.
    static let clock = VietnamClock(now: { Date(timeIntervalSince1970: 1_739_329_200) })

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static func clock(_ iso: String) -> VietnamClock { VietnamClock(fixedToday: day(iso)) }

    static func report(reference: String = "12/BC-CAT", results: String = "Kết quả",
                       figures: [AreaFigures] = [AreaFigures(areaID: "phong-khe", inspected: 20, finesVND: 1_300_000_000)]) -> ReportContent {
        ReportContent(reference: reference, date: day("2025-02-10"), sections: [.workDone: "Đã kiểm tra", .results: results], figures: figures)
    }

    /// A fresh store on a database of its own, and a session to look at it with.
    final class Fixture {
        let database: TemporaryDatabase
        let store: PostgresStore
        let sql: PostgresSession

        init() throws {
            database = try TemporaryDatabase()
            store = try PostgresStore(location: database.location, user: "seed-user", clock: PostgresWritingTests.clock)
            sql = try database.session()
        }

        deinit {
            sql.close()
            database.drop()
        }

        func count(_ query: String, _ binds: [PostgresValue] = []) throws -> Int {
            try sql.query(query, binds).first?.int(0) ?? -1
        }

        /// The latest audit entry: action, subject, before, after, its directive's reference.
        func lastAudit() throws -> [String?] {
            let row = try #require(try sql.query("""
                SELECT a.action, a.subject, a.before, a.after, d.reference FROM audit a LEFT JOIN document d ON d.id = a.document_id
                ORDER BY a.id DESC LIMIT 1
                """).first)
            return (0..<5).map { row.text($0) }
        }

        func listener() throws -> PostgresChangeListener {
            try PostgresChangeListener(location: database.location, password: PostgresTestServer.password(for: database.location),
                                       applicationName: "theodoi-tests-listener")
        }
    }

    // MARK: Reports

    @Test func aSubmissionStoresTheRevisionItsFiguresTheSummaryAndTheAudit() throws {
        let fixture = try Fixture()
        let listener = try fixture.listener()
        defer { listener.close() }
        let first = try fixture.store.submitReport(Self.report(), taskID: "1", agencyID: "cong-an-tinh", user: "an",
                                                   clock: Self.clock("2025-02-12"), expectedRevision: 0, reportedBy: nil)
        #expect(first.revision == 1)
        let second = try fixture.store.submitReport(Self.report(results: "Kết quả mới", figures: []), taskID: "1", agencyID: "cong-an-tinh",
                                                    user: "binh", clock: Self.clock("2025-02-13"), expectedRevision: 1, reportedBy: nil)
        #expect(second.revision == 2)

        let reports = try fixture.sql.query("""
            SELECT revision, results, submitted_on, submitted_by FROM report WHERE task_id = 1 AND agency_id = 'cong-an-tinh' ORDER BY revision
            """)
        #expect(reports.map { $0.int(0) } == [1, 2])
        #expect(reports.map { $0.text(1) } == ["Kết quả", "Kết quả mới"])
        #expect(reports.map { $0.text(3) } == ["an", "binh"])
        let figures = try fixture.sql.query("""
            SELECT f.area_id, f.inspected, f.fines_vnd FROM report_figure f JOIN report r ON r.id = f.report_id WHERE r.revision = 1
            """)
        #expect(figures.map { [$0.text(0), $0.int(1).map(String.init), $0.int(2).map(String.init)] } == [["phong-khe", "20", "1300000000"]])
        #expect(try fixture.count("SELECT count(*) FROM report_figure f JOIN report r ON r.id = f.report_id WHERE r.revision = 2") == 0)

        let summary = try #require(try fixture.sql.query("""
            SELECT first_submitted_on, first_submitted_at, latest_revision, latest_submitted_on, latest_submitted_at, first_reported_by
            FROM assignment WHERE task_id = 1 AND agency_id = 'cong-an-tinh'
            """).first)
        #expect(summary.text(0) == "2025-02-12")
        #expect(summary.text(1) == first.submittedAt)
        #expect(summary.int(2) == 2)
        #expect(summary.text(3) == "2025-02-13")
        #expect(summary.text(4) == second.submittedAt)
        #expect(summary.text(5) == nil)

        let audit = try fixture.lastAudit()
        #expect(audit[0] == "report.submit")
        #expect(audit[1] == "task 1 / cong-an-tinh / revision 2")
        #expect(audit[2] == PostgresReportWriter.auditJSON(first).rendered())
        #expect(audit[3] == PostgresReportWriter.auditJSON(second).rendered())
        #expect(audit[4] == Self.directive)

        #expect(waitReadable(listener.fileDescriptor, milliseconds: 10_000))
        #expect(listener.drain().directives == [Self.directive])
    }

    @Test func aSuccessorsSubmissionIsRecordedAsItsOwn() throws {
        let fixture = try Fixture()
        let report = try fixture.store.submitReport(Self.report(), taskID: "1", agencyID: "cong-an-tinh", user: "an",
                                                    clock: Self.clock("2025-03-02"), expectedRevision: nil, reportedBy: "so-tnmt")
        #expect(report.reportedBy == "so-tnmt")
        #expect(try fixture.sql.query("SELECT reported_by FROM report").first?.text(0) == "so-tnmt")
        #expect(try fixture.sql.query("SELECT first_reported_by FROM assignment WHERE latest_revision = 1").first?.text(0) == "so-tnmt")
        #expect(try fixture.lastAudit()[3]?.contains("\"reported_by\"") == true)
    }

    @Test func aStaleFormAnEarlierDayAndAStrangerAreRefusedAndWriteNothing() throws {
        let fixture = try Fixture()
        let first = try fixture.store.submitReport(Self.report(), taskID: "1", agencyID: "cong-an-tinh", user: "an",
                                                   clock: Self.clock("2025-02-12"), expectedRevision: nil, reportedBy: nil)
        #expect(throws: StoreError.conflict(revision: 1, by: "an", at: first.submittedAt)) {
            try fixture.store.submitReport(Self.report(), taskID: "1", agencyID: "cong-an-tinh", user: "binh",
                                           clock: Self.clock("2025-02-12"), expectedRevision: 0, reportedBy: nil)
        }
        #expect(throws: StoreError.backdated(BackdatedSubmission(laterRevision: 1, laterSubmittedOn: Self.day("2025-02-12"),
                                                                 today: Self.day("2025-02-11")))) {
            try fixture.store.submitReport(Self.report(), taskID: "1", agencyID: "cong-an-tinh", user: "binh",
                                           clock: Self.clock("2025-02-11"), expectedRevision: 1, reportedBy: nil)
        }
        #expect(throws: StoreError.notAssigned(agency: "so-tnmt-khong-co", task: "1")) {
            try fixture.store.submitReport(Self.report(), taskID: "1", agencyID: "so-tnmt-khong-co", user: "binh",
                                           clock: Self.clock("2025-02-12"), expectedRevision: nil, reportedBy: nil)
        }
        #expect(throws: StoreError.notAssigned(agency: "cong-an-tinh", task: "x")) {
            try fixture.store.submitReport(Self.report(), taskID: "x", agencyID: "cong-an-tinh", user: "binh",
                                           clock: Self.clock("2025-02-12"), expectedRevision: nil, reportedBy: nil)
        }
        #expect(try fixture.count("SELECT count(*) FROM report") == 1)
        #expect(try fixture.count("SELECT count(*) FROM audit WHERE action = 'report.submit'") == 1)
    }

    /// Twenty submitters at once on one assignment, each with its own store (as twenty
    /// processes would be): all land, as revisions 1…20, none lost, none doubled.
    @Test func twentyConcurrentSubmittersAllLand() throws {
        let fixture = try Fixture()
        let location = fixture.database.location
        let submitters = 20
        let outcomes = Outcomes()
        let ready = DispatchGroup(), done = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        for index in 0..<submitters {
            ready.enter()
            done.enter()
            Thread {
                defer { done.leave() }
                let store: PostgresStore
                do {
                    store = try PostgresStore(location: location, user: "submitter-\(index)")
                } catch {
                    outcomes.add(.failure(error))
                    ready.leave()
                    return
                }
                ready.leave()
                start.wait()
                do {
                    outcomes.add(.success(try store.submitReport(Self.report(results: "lần của \(index)"), taskID: "1",
                                                                 agencyID: "cong-an-tinh", user: "submitter-\(index)",
                                                                 clock: Self.clock("2025-02-12"), expectedRevision: nil,
                                                                 reportedBy: nil).revision))
                } catch {
                    outcomes.add(.failure(error))
                }
            }.start()
        }
        ready.wait()
        for _ in 0..<submitters { start.signal() }
        done.wait()

        let results = outcomes.all
        #expect(results.count == submitters)
        #expect(results.compactMap { try? $0.get() }.sorted() == Array(1...submitters))
        let stored = try fixture.sql.query("SELECT revision, submitted_by FROM report ORDER BY revision")
        #expect(stored.map { $0.int(0) } == Array(1...submitters))
        #expect(Set(stored.compactMap { $0.text(1) }).count == submitters)
        #expect(try fixture.count("SELECT latest_revision FROM assignment WHERE task_id = 1 AND agency_id = 'cong-an-tinh'") == submitters)
        #expect(try fixture.count("SELECT count(*) FROM report_figure") == submitters)
        #expect(try fixture.count("SELECT count(DISTINCT subject) FROM audit WHERE action = 'report.submit'") == submitters)
    }

    /// What the submitters' threads return, collected under a lock.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<Int, any Error>] = []
        func add(_ result: Result<Int, any Error>) { lock.withLock { results.append(result) } }
        var all: [Result<Int, any Error>] { lock.withLock { results } }
    }

    @Test func aBatchStoresEachSubmissionAndRefusesOneAlone() throws {
        let fixture = try Fixture()
        let clock = Self.clock("2025-02-12")
        let results = try fixture.store.submitReports([
            ReportSubmission(content: Self.report(), taskID: "1", agencyID: "cong-an-tinh", user: "an", clock: clock),
            ReportSubmission(content: Self.report(), taskID: "2", agencyID: "cong-an-tinh", user: "an", clock: clock),
            ReportSubmission(content: Self.report(), taskID: "1", agencyID: "cong-an-tinh", user: "an", clock: clock),
        ])
        #expect(results.map { try? $0.get().revision } == [1, nil, 2])
        #expect(throws: StoreError.notAssigned(agency: "cong-an-tinh", task: "2")) { try results[1].get() }
        #expect(try fixture.count("SELECT count(*) FROM report") == 2)
        #expect(try fixture.count("SELECT count(*) FROM audit WHERE action = 'report.submit'") == 2)
        // A failure of the server (an unknown area breaks a foreign key) is the batch's: nothing stored.
        #expect(throws: StoreError.self) {
            try fixture.store.submitReports([
                ReportSubmission(content: Self.report(), taskID: "2", agencyID: "so-tnmt", user: "an", clock: clock),
                ReportSubmission(content: Self.report(figures: [AreaFigures(areaID: "khong-co-khu-nay")]), taskID: "1",
                                 agencyID: "cong-an-tinh", user: "an", clock: clock),
            ])
        }
        #expect(try fixture.count("SELECT count(*) FROM report") == 2)
    }

    // MARK: Drafts

    @Test func aDraftIsSavedReplacedAndDeletedInNFCWithoutAudit() throws {
        let fixture = try Fixture()
        let listener = try fixture.listener()
        defer { listener.close() }
        let decomposed = "Ke\u{0302}\u{0301}t qua\u{0309}"   // "Kết quả" in NFD
        try fixture.store.saveDraft(decomposed, baseRevision: 0, user: "an", taskID: "1", agencyID: "cong-an-tinh",
                                    at: "t1", waiting: false)
        try fixture.store.saveDraft("{\"b\":1}", baseRevision: 3, user: "an", taskID: "1", agencyID: "cong-an-tinh",
                                    at: "t2", waiting: true)
        try fixture.store.saveDraft(decomposed, baseRevision: 0, user: "binh", taskID: "1", agencyID: "cong-an-tinh",
                                    at: "t3", waiting: true)
        let drafts = try fixture.sql.query("""
            SELECT "user", payload, base_revision, updated_at FROM draft ORDER BY "user"
            """)
        #expect(drafts.map { $0.text(0) } == ["an", "binh"])
        #expect(drafts.map { $0.text(1) } == ["{\"b\":1}", "Kết quả"])
        #expect(drafts.map { $0.int(2) } == [3, 0])
        #expect(drafts.map { $0.text(3) } == ["t2", "t3"])
        try fixture.store.deleteDraft(user: "an", taskID: "1", agencyID: "cong-an-tinh")
        try fixture.store.deleteDraft(user: "an", taskID: "1", agencyID: "cong-an-tinh")
        #expect(try fixture.sql.query("SELECT \"user\" FROM draft").map { $0.text(0) } == ["binh"])
        #expect(try fixture.count("SELECT count(*) FROM audit") == 1)
        // No notification: the next one to arrive is a later change's.
        try fixture.sql.transaction { try PostgresChangeListener.notify($0, directive: "after") }
        #expect(waitReadable(listener.fileDescriptor, milliseconds: 10_000))
        #expect(listener.drain().directives == ["after"])
    }

    /// While another writer holds the draft (the same user's form on another terminal, between
    /// its save and its commit) or the whole assignment, a draft saved without waiting is refused
    /// at once as locked, and goes in once the lock is gone.
    ///
    /// A draft already there is only updated (its foreign key is not checked again): only the
    /// draft's row matters then. A new one must share the assignment's row.
    @Test(arguments: [(true, "SELECT 1 FROM draft WHERE \"user\" = 'an' FOR UPDATE"),
                      (false, "SELECT 1 FROM assignment WHERE task_id = 1 AND agency_id = 'cong-an-tinh' FOR UPDATE")])
    func aDraftDoesNotWaitForABusyRow(draftExists: Bool, lock: String) throws {
        let fixture = try Fixture()
        if draftExists {
            try fixture.store.saveDraft("{}", baseRevision: 0, user: "an", taskID: "1", agencyID: "cong-an-tinh", at: "t0", waiting: false)
        }
        let other = try fixture.database.session()
        defer { other.close() }
        try other.execute("BEGIN")
        try other.execute(lock)
        let started = Date()
        #expect(throws: StoreError.locked(path: fixture.store.location)) {
            try fixture.store.saveDraft("{}", baseRevision: 0, user: "an", taskID: "1", agencyID: "cong-an-tinh", at: "t1", waiting: false)
        }
        #expect(Date().timeIntervalSince(started) < 5)
        try other.execute("COMMIT")
        try fixture.store.saveDraft("{}", baseRevision: 0, user: "an", taskID: "1", agencyID: "cong-an-tinh", at: "t2", waiting: false)
        #expect(try fixture.sql.query("SELECT updated_at FROM draft").map { $0.text(0) } == ["t2"])
    }

    /// A submission in progress on the assignment (locked, not committed) does not hold up a
    /// draft: the submitter's lock leaves the draft's foreign key alone.
    @Test func aSubmissionInProgressDoesNotHoldUpADraft() throws {
        let fixture = try Fixture()
        let other = try fixture.database.session()
        defer { other.close() }
        try other.execute("BEGIN")
        _ = try PostgresReportWriter(session: other).submit(Self.report(), taskID: "1", agencyID: "cong-an-tinh", user: "binh",
                                                            submittedAt: "2025-02-12T10:00:00+07:00", submittedOn: Self.day("2025-02-12"),
                                                            expectedRevision: nil, reportedBy: nil)
        try fixture.store.saveDraft("{}", baseRevision: 0, user: "an", taskID: "1", agencyID: "cong-an-tinh", at: "t1", waiting: false)
        try other.execute("COMMIT")
        #expect(try fixture.sql.query("SELECT updated_at FROM draft").map { $0.text(0) } == ["t1"])
        #expect(try fixture.count("SELECT latest_revision FROM assignment WHERE task_id = 1 AND agency_id = 'cong-an-tinh'") == 1)
    }

    // MARK: Decisions, reminders

    @Test func aDecisionIsStoredWithItsAudit() throws {
        let fixture = try Fixture()
        try fixture.store.recordDecision(DeadlineDecision(kind: .extended(to: Self.day("2025-03-31")), decidedOn: Self.day("2025-02-20"),
                                                          reference: "50/UBND-NN", note: "gia hạn"),
                                         taskID: "1", agencyID: "cong-an-tinh", user: "an", at: "2025-02-20T09:00:00+07:00")
        let row = try #require(try fixture.sql.query("SELECT kind, extended_to, decided_on, reference, note FROM deadline_decision").first)
        #expect((0..<5).map { row.text($0) } == ["extension", "2025-03-31", "2025-02-20", "50/UBND-NN", "gia hạn"])
        let audit = try fixture.lastAudit()
        #expect(audit[0] == "deadline.extension")
        #expect(audit[1] == "task 1 / cong-an-tinh /")
        #expect(audit[3] == JSONValue.orderedObject([("kind", .string("extension")), ("extended_to", .string("2025-03-31")),
                                                     ("decided_on", .string("2025-02-20")), ("reference", .string("50/UBND-NN")),
                                                     ("note", .string("gia hạn"))]).rendered())
        #expect(audit[4] == Self.directive)
        #expect(throws: StoreError.notAssigned(agency: "cong-an-tinh", task: "2")) {
            try fixture.store.recordDecision(DeadlineDecision(kind: .withdrawal, decidedOn: Self.day("2025-02-20"), reference: nil, note: ""),
                                             taskID: "2", agencyID: "cong-an-tinh", user: "an", at: "t")
        }
    }

    @Test func aReminderIsStoredOnceWithItsTargets() throws {
        let fixture = try Fixture()
        let record = ReminderRecord(reference: "77/UBND-NN", sentOn: Self.day("2025-03-01"), askedBy: Self.day("2025-03-10"),
                                    directive: "239/ubnd-nn.tn", taskID: "1",
                                    targets: [.init(taskID: "1", agencyID: "cong-an-tinh"), .init(taskID: "1", agencyID: "so-tnmt")])
        try fixture.store.recordReminder(record, user: "an", at: "2025-03-01T08:00:00+07:00")
        #expect(try fixture.count("SELECT count(*) FROM reminder_assignment") == 2)
        let reminder = try #require(try fixture.sql.query("SELECT reference, sent_on, asked_by, recorded_by, task_id FROM reminder").first)
        #expect((0..<4).map { reminder.text($0) } == ["77/UBND-NN", "2025-03-01", "2025-03-10", "an"])
        #expect(reminder.int(4) == 1)
        let audit = try fixture.lastAudit()
        #expect(audit[0] == "reminder.record")
        #expect(audit[1] == "239/ubnd-nn.tn / 77/UBND-NN")
        #expect(audit[4] == Self.directive)
        #expect(throws: StoreError.reminderExists(reference: "77/UBND-NN", on: Self.day("2025-03-01").vietnamese)) {
            try fixture.store.recordReminder(record, user: "binh", at: "t")
        }
        var stranger = record
        stranger.reference = "78/UBND-NN"
        stranger.targets = [.init(taskID: "2", agencyID: "cong-an-tinh")]
        #expect(throws: StoreError.notAssigned(agency: "cong-an-tinh", task: "2")) {
            try fixture.store.recordReminder(stranger, user: "binh", at: "t")
        }
        #expect(try fixture.count("SELECT count(*) FROM reminder") == 1)
    }

    // MARK: Areas

    @Test func areasAreAddedLinkedAndUnlinkedWithTheirAudit() throws {
        let fixture = try Fixture()
        let (area, created) = try fixture.store.addArea(name: "Khu công nghiệp Quế Võ", locality: "phường Phương Liễu",
                                                        district: "thị xã Quế Võ", industry: "điện tử",
                                                        government: .new(name: "UBND thị xã Quế Võ"), user: "an", at: "t1")
        #expect(area.id == "khu-cong-nghiep-que-vo")
        #expect(created?.id == "ubnd-thi-xa-que-vo")
        #expect(created?.kind == .localGovernment)
        #expect(try fixture.sql.query("SELECT government_id, position FROM area WHERE id = $1", [.text(area.id)]).first?.text(0)
                == "ubnd-thi-xa-que-vo")
        #expect(try fixture.count("SELECT position FROM area WHERE id = $1", [.text(area.id)]) == Dispatch239.areas.count)
        let added = try fixture.lastAudit()
        #expect(added[0] == "area.add")
        #expect(added[1] == "Khu công nghiệp Quế Võ")
        #expect(added[4] == nil)
        #expect(throws: StoreError.areaExists("Khu công nghiệp Quế Võ")) {
            try fixture.store.addArea(name: "khu cong nghiep que vo", locality: "", district: "", industry: "", government: nil,
                                      user: "an", at: "t2")
        }

        #expect(try fixture.store.linkAreas([area.id, "phong-khe"], toDirective: "239/ubnd-nn.tn", user: "an", at: "t3") == [area.id])
        let linked = try fixture.lastAudit()
        #expect(linked[0...1] == ["area.link", "\(Self.directive) / \(area.id)"])
        #expect(linked[4] == Self.directive)

        try fixture.store.submitReport(Self.report(), taskID: "1", agencyID: "cong-an-tinh", user: "an",
                                       clock: Self.clock("2025-02-12"), expectedRevision: nil, reportedBy: nil)
        #expect(throws: StoreError.areaHasFigures(area: "Phong Khê", directive: Self.directive, reports: 1)) {
            try fixture.store.unlinkAreas([area.id, "phong-khe"], fromDirective: Self.directive, user: "an", at: "t4")
        }
        #expect(try fixture.count("SELECT count(*) FROM directive_area WHERE area_id = $1", [.text(area.id)]) == 1)
        #expect(try fixture.store.unlinkAreas([area.id, "van-mon", area.id], fromDirective: Self.directive, user: "an", at: "t5")
                == [area.id, "van-mon"])
        let unlinked = try fixture.lastAudit()
        #expect(unlinked[0...2] == ["area.unlink", "\(Self.directive) / van-mon", "\"van-mon\""])
        #expect(throws: StoreError.unknownDirective("999/XX", known: [Self.directive])) {
            try fixture.store.linkAreas(["phong-khe"], toDirective: "999/XX", user: "an", at: "t6")
        }
    }

    // MARK: Imports

    static let dispatch45 = DirectiveImport(
        document: Document(
            reference: DocumentReference("45/STNMT-MT")!, kind: "công văn",
            issuer: "UBND TỈNH BẮC NINH SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", place: "Bắc Ninh",
            date: CalendarDate(year: 2025, month: 2, day: 20),
            subject: "đôn đốc báo cáo tình hình xử lý ô nhiễm tại CCN Phú Lâm và xã Văn Môn",
            followsUp: [Citation(reference: DocumentReference("239/UBND-NN.TN")!, date: CalendarDate(year: 2025, month: 1, day: 17))],
            addressees: ["Công an tỉnh", "Sở Công Thương", "Sở Xây dựng", "UBND huyện Tiên Du", "UBND huyện Yên Phong"],
            recipients: ["Như trên", "UBND tỉnh (b/c)", "Lưu: VT, MT"]),
        tasks: [
            DirectiveImport.Task(number: "1", text: "Công an tỉnh và Sở Công Thương báo cáo kết quả kiểm tra, chậm nhất ngày 10 hàng tháng.",
                                 deadlinePhrase: "chậm nhất ngày 10 hàng tháng", assigneeNames: ["Công an tỉnh", "Sở Công Thương"],
                                 cooperatingNames: ["Sở Xây dựng", "Công an tỉnh", "Ban Quản lý các KCN"]),
            DirectiveImport.Task(number: "2", text: "Đề nghị UBND huyện Tiên Du, UBND huyện Yên Phong gửi báo cáo về Sở trước ngày 05/3/2025.",
                                 deadlinePhrase: "trước ngày 05/3/2025", assigneeNames: ["UBND huyện Tiên Du", "UBND huyện Yên Phong"]),
            DirectiveImport.Task(number: "3", text: "Sở Xây dựng tổng hợp kết quả của nhiệm vụ 1, kịp thời.",
                                 deadlinePhrase: nil, assigneeNames: ["SỞ XÂY DỰNG"]),
            DirectiveImport.Task(number: "4", text: "Các đơn vị liên quan phối hợp.", deadlinePhrase: nil, assigneeNames: []),
        ],
        areaIDs: ["phu-lam", "van-mon"])

    @Test func anImportStoresTheDirectiveAndADryRunNothing() throws {
        let fixture = try Fixture()
        let listener = try fixture.listener()
        defer { listener.close() }
        let tables = StoreTables.copyOrder.map(\.table)
        func counts() throws -> [Int] { try tables.map { try fixture.count("SELECT count(*) FROM \($0)") } }
        let before = try counts()

        let planned = try fixture.store.importDirective(Self.dispatch45, user: "an", at: "t1", dryRun: true)
        #expect(try counts() == before)
        #expect(planned.dryRun)
        #expect(planned.tasks.allSatisfy { $0.id == nil })
        try fixture.sql.transaction { try PostgresChangeListener.notify($0, directive: "after") }
        #expect(waitReadable(listener.fileDescriptor, milliseconds: 10_000))
        #expect(listener.drain().directives == ["after"])

        let plan = try fixture.store.importDirective(Self.dispatch45, user: "an", at: "t1", dryRun: false)
        #expect(plan.matched.map(\.id) == ["cong-an-tinh", "so-xd", "ubnd-tien-du", "ubnd-yen-phong"])
        #expect(plan.created.map(\.id) == ["so-cong-thuong", "ban-quan-ly-cac-kcn"])
        #expect(plan.matched == planned.matched && plan.created == planned.created && plan.areaIDs == planned.areaIDs)
        #expect(plan.tasks.map(\.id) == ["3", "4", "5", "6"])
        #expect(plan.tasks[0].cooperating.map(\.id) == ["so-xd", "ban-quan-ly-cac-kcn"])
        #expect(plan.warnings == [.consolidationNotGuessed(task: "3", dryRun: false), .noAssignee(task: "4", dryRun: false)])
        #expect(plan.areaIDs == ["phu-lam", "van-mon"])
        let roles = try fixture.sql.query("SELECT agency_id, role FROM assignment WHERE task_id = 3 ORDER BY position")
        #expect(roles.map { "\($0.text(0) ?? "")=\($0.text(1) ?? "")" }
                == ["cong-an-tinh=lead", "so-cong-thuong=lead", "so-xd=cooperating", "ban-quan-ly-cac-kcn=cooperating"])
        #expect(try fixture.count("SELECT count(*) FROM document_addressee WHERE document_id = 4") == 5)
        #expect(try fixture.count("SELECT count(*) FROM directive_area WHERE document_id = 4") == 2)
        let audit = try fixture.lastAudit()
        #expect(audit[0...1] == ["import", "45/STNMT-MT"])
        #expect(audit[4] == "45/STNMT-MT")
        #expect(waitReadable(listener.fileDescriptor, milliseconds: 10_000))
        #expect(listener.drain().directives == ["45/STNMT-MT"])

        #expect(throws: StoreError.alreadyImported(reference: "45/STNMT-MT")) {
            try fixture.store.importDirective(Self.dispatch45, user: "an", at: "t2", dryRun: false)
        }
        var unknownArea = Self.dispatch45
        unknownArea.document.reference = DocumentReference("46/STNMT-MT")!
        unknownArea.areaIDs = ["khong-co"]
        #expect(throws: StoreError.unknownArea("khong-co", known: Dispatch239.areas.map(\.name))) {
            try fixture.store.importDirective(unknownArea, user: "an", at: "t2", dryRun: false)
        }
        #expect(try fixture.count("SELECT count(*) FROM document") == 4)
    }

    @Test func manyImportsAreEachRefusedAloneAndADryRunSeesTheOnesBefore() throws {
        let fixture = try Fixture()
        var other = Self.dispatch45
        other.document.reference = DocumentReference("46/STNMT-MT")!
        other.areaIDs = []
        var heard: [Int] = []
        let dry = try fixture.store.importDirectives([Self.dispatch45, Self.dispatch45, other], user: "an", at: "t", dryRun: true,
                                                     each: { index, _ in heard.append(index) })
        #expect(heard == [0, 1, 2])
        #expect(throws: StoreError.alreadyImported(reference: "45/STNMT-MT")) { try dry[1].get() }
        // The second plan matched what the first would have created.
        #expect(try dry[2].get().created.isEmpty)
        #expect(try fixture.count("SELECT count(*) FROM document") == 3)
        #expect(try fixture.count("SELECT count(*) FROM audit") == 1)

        let real = try fixture.store.importDirectives([Self.dispatch45, Self.dispatch45, other], user: "an", at: "t", dryRun: false)
        #expect(real.map { (try? $0.get()) != nil } == [true, false, true])
        #expect(try fixture.count("SELECT count(*) FROM document") == 5)
        #expect(try fixture.sql.query("SELECT action FROM audit ORDER BY id").map { $0.text(0) } == ["seed", "import", "import"])
    }

    /// Two imports at once that both name an agency the store does not know: one creates it,
    /// the other (serialised behind it) matches it, and both directives are stored.
    @Test func concurrentImportsCreateANewAgencyOnce() throws {
        let fixture = try Fixture()
        let location = fixture.database.location
        let errors = Outcomes()
        let done = DispatchGroup()
        for number in 50..<54 {
            done.enter()
            Thread {
                defer { done.leave() }
                var directive = Self.dispatch45
                directive.document.reference = DocumentReference("\(number)/STNMT-MT")!
                do {
                    let store = try PostgresStore(location: location, user: "importer")
                    _ = try store.importDirective(directive, user: "importer-\(number)", at: "t", dryRun: false)
                    errors.add(.success(number))
                } catch {
                    errors.add(.failure(error))
                }
            }.start()
        }
        done.wait()
        #expect(errors.all.compactMap { try? $0.get() }.sorted() == Array(50..<54))
        #expect(try fixture.count("SELECT count(*) FROM agency WHERE name = 'Sở Công Thương'") == 1)
        #expect(try fixture.count("SELECT count(*) FROM document WHERE is_directive") == 5)
        #expect(try fixture.count("SELECT max(id) FROM task") == 2 + 4 * 4)
    }

    // MARK: The same writes on both engines

    /// Every write of this file, made on a SQLite store and on a PostgreSQL one with the same
    /// arguments at the same instant, leaves the same rows in every table: ids, audit JSON,
    /// summaries, roles, positions. What "translated faithfully" means, checked whole.
    @Test func theSameWritesLeaveTheSameRowsAsSQLite() throws {
        let folder = try Folder()
        let sqlite = try SQLiteStore(path: folder.path + "/theodoi.sqlite", user: "seed-user", clock: Self.clock)
        let fixture = try Fixture()
        var refused = Self.dispatch45
        refused.document.reference = DocumentReference("46/STNMT-MT")!
        refused.areaIDs = ["khong-co"]
        for store in [sqlite, fixture.store] as [any TrackingStore] {
            // A dry run and a refused import first: neither leaves a trace, not even in the ids.
            try store.importDirective(Self.dispatch45, user: "an", at: "t0", dryRun: true)
            _ = try store.importDirectives([refused, refused], user: "an", at: "t0", dryRun: false)
            try store.importDirective(Self.dispatch45, user: "an", at: "2025-02-21T09:00:00+07:00", dryRun: false)
            try store.addArea(name: "Khu công nghiệp Quế Võ", locality: "phường Phương Liễu", district: "thị xã Quế Võ",
                              industry: "điện tử", government: .new(name: "UBND thị xã Quế Võ"), user: "an", at: "t1")
            try store.addArea(name: "Cụm công nghiệp Châu Khê", locality: "phường Châu Khê", district: "thành phố Từ Sơn",
                              industry: "thép", government: .existing("ubnd-tien-du"), user: "an", at: "t1")
            try store.linkAreas(["khu-cong-nghiep-que-vo", "cum-cong-nghiep-chau-khe", "phu-lam"], toDirective: "45/stnmt-mt",
                                user: "an", at: "t2")
            try store.unlinkAreas(["cum-cong-nghiep-chau-khe"], fromDirective: "45/STNMT-MT", user: "an", at: "t3")
            _ = try store.submitReport(Self.report(figures: [AreaFigures(areaID: "phu-lam", inspected: 3),
                                                             AreaFigures(areaID: "khu-cong-nghiep-que-vo", violations: 1)]),
                                       taskID: "3", agencyID: "so-xd", user: "an", clock: Self.clock, expectedRevision: 0, reportedBy: nil)
            _ = try store.submitReport(Self.report(results: "Lần hai"), taskID: "3", agencyID: "so-xd", user: "binh",
                                       clock: Self.clock, expectedRevision: 1, reportedBy: nil)
            _ = try store.submitReports([
                ReportSubmission(content: Self.report(), taskID: "1", agencyID: "cong-an-tinh", user: "c", clock: Self.clock),
                ReportSubmission(content: Self.report(), taskID: "2", agencyID: "cong-an-tinh", user: "c", clock: Self.clock),
                ReportSubmission(content: Self.report(), taskID: "2", agencyID: "so-tnmt", user: "c", clock: Self.clock,
                                 reportedBy: "so-nnmt"),
            ])
            try store.recordDecision(DeadlineDecision(kind: .extended(to: Self.day("2025-03-31")), decidedOn: Self.day("2025-02-20"),
                                                      reference: "50/UBND-NN", note: "gia hạn"),
                                     taskID: "4", agencyID: "ubnd-tien-du", user: "an", at: "t4")
            try store.recordDecision(DeadlineDecision(kind: .withdrawal, decidedOn: Self.day("2025-02-21"), reference: nil, note: "thu hồi"),
                                     taskID: "1", agencyID: "so-tnmt", user: "an", at: "t5")
            try store.recordReminder(ReminderRecord(reference: "77/UBND-NN", sentOn: Self.day("2025-03-01"), askedBy: nil,
                                                    directive: "239/UBND-NN.TN", taskID: nil,
                                                    targets: [.init(taskID: "1", agencyID: "cong-an-tinh"),
                                                              .init(taskID: "2", agencyID: "so-tnmt")]),
                                     user: "an", at: "t6")
            try store.saveDraft("{\"a\":1}", baseRevision: 2, user: "an", taskID: "3", agencyID: "so-xd", at: "t7", waiting: false)
        }
        let reader = try DatabaseQueue(path: folder.path + "/theodoi.sqlite")
        for (table, _) in StoreTables.copyOrder {
            let columns = try reader.read { db in try db.columns(in: table).map(\.name) }
            let sqliteRows = try reader.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { row in
                    columns.map { column -> PostgresValue in
                        switch (row[column] as DatabaseValue).storage {
                        case .null: .null
                        case .int64(let value): .integer(value)
                        case .double(let value): .double(value)
                        case .string(let value): .text(value)
                        case .blob: .text("<blob>")
                        }
                    }
                }
            }
            let postgresRows = try fixture.sql.query("SELECT \(columns.map(PostgresSchema.quoteIdentifier).joined(separator: ", ")) FROM \(table)")
                .map { record in
                    record.values.map { value -> PostgresValue in
                        if case .boolean(let flag) = value { return .integer(flag ? 1 : 0) }
                        return value
                    }
                }
            #expect(postgresRows.sorted { "\($0)" < "\($1)" } == sqliteRows.sorted { "\($0)" < "\($1)" }, "rows of \(table)")
        }
    }

    // MARK: Copying a store in

    @Test func aStoreIsCopiedInWholeAndItsIdsContinueAfterTheCopiedOnes() throws {
        let folder = try Folder()
        let sqlite = try SQLiteStore(path: folder.path + "/theodoi.sqlite", user: "seed-user", clock: Self.clock)
        _ = try sqlite.importDirective(Self.dispatch45, user: "an", at: "t1", dryRun: false)
        for day in ["2025-02-12", "2025-02-13", "2025-02-14"] {
            try sqlite.submitReport(Self.report(), taskID: "3", agencyID: "so-xd", user: "an", clock: Self.clock(day),
                                    expectedRevision: nil, reportedBy: nil)
        }
        try sqlite.saveDraft("{}", baseRevision: 3, user: "an", taskID: "3", agencyID: "so-xd", at: "t", waiting: true)
        let fixture = try Fixture()
        var chunks = 0
        try fixture.store.replaceContent { append in
            try sqlite.exportRows(chunkSize: 7) { rows in
                chunks += 1
                try append(rows)
            }
        }
        #expect(chunks > StoreTables.copyOrder.count)
        let expected = try sqlite.tableCounts()
        for (table, _) in StoreTables.copyOrder {
            #expect(try fixture.count("SELECT count(*) FROM \(table)") == expected[table], "rows of \(table)")
        }
        #expect(try fixture.count("SELECT count(*) FROM document WHERE is_directive") == 2)
        #expect(try fixture.sql.query("SELECT \"user\" FROM draft").map { $0.text(0) } == ["an"])

        // New rows take the ids after the copied ones.
        let report = try fixture.store.submitReport(Self.report(), taskID: "3", agencyID: "so-xd", user: "an",
                                                    clock: Self.clock("2025-02-15"), expectedRevision: 3, reportedBy: nil)
        #expect(report.revision == 4)
        #expect(try fixture.count("SELECT max(id) FROM report") == 4)
        #expect(try fixture.count("SELECT max(id) FROM audit") == expected["audit"]! + 1)
        try fixture.store.importDirective({ var next = Self.dispatch45; next.document.reference = DocumentReference("46/STNMT-MT")!; return next }(),
                                          user: "an", at: "t2", dryRun: false)
        #expect(try fixture.count("SELECT max(id) FROM document") == 5)
        #expect(try fixture.count("SELECT max(id) FROM task") == 10)

        // Now it holds more than its seed.
        #expect(throws: StoreError.notEmpty(location: fixture.store.location)) {
            try fixture.store.replaceContent { _ in }
        }
    }

    @Test func aCopyThatFailsLeavesTheStoreAsItWas() throws {
        let fixture = try Fixture()
        struct Stop: Error, Equatable {}
        #expect(throws: Stop()) {
            try fixture.store.replaceContent { append in
                try append(StoreRows(table: "agency", columns: ["id", "name", "short_name", "kind", "position"],
                                     rows: [[.text("x"), .text("X"), .text("X"), .text("department"), .integer(0)]]))
                throw Stop()
            }
        }
        #expect(try fixture.count("SELECT count(*) FROM document") == 3)
        #expect(try fixture.count("SELECT count(*) FROM agency WHERE id = 'x'") == 0)
        #expect(throws: StoreError.other(path: fixture.store.location, detail: "table agency: unknown columns")) {
            try fixture.store.replaceContent { append in
                try append(StoreRows(table: "agency", columns: ["id", "nope"], rows: [[.text("x"), .text("X")]]))
            }
        }
        #expect(try fixture.count("SELECT count(*) FROM assignment") > 0)
    }
}
