import Foundation
import Testing
import Tracking
@testable import TrackingStore

/// The store's reads at a department's scale: the assignment summary columns kept by every
/// write, scoped and chunked snapshots that say the same as the whole one. (A fixed number of
/// statements whatever the store's size: `SQLiteStatementCountTests`; timing is the
/// benchmark's business.)
@Suite struct StoreAtScaleTests {
    /// A synthetic directive `n` with `tasks` tasks, each given to `assignees` agencies of its
    /// addressees (created on import).
    static func directive(_ n: Int, tasks: Int = 2, assignees: Int = 10) -> DirectiveImport {
        let names = (0..<assignees).map { "UBND xã Thử Nghiệm \(n % 7)-\($0)" }
        return DirectiveImport(
            document: Document(reference: DocumentReference("\(100 + n)/UBND-NN.TN")!, kind: "công văn",
                               issuer: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", place: "Bắc Ninh",
                               date: CalendarDate(year: 2024, month: 1 + n % 12, day: 1 + n % 27),
                               subject: "kiểm tra môi trường số \(n)", addressees: names),
            tasks: (1...tasks).map { number in
                DirectiveImport.Task(number: String(number), text: "Báo cáo kết quả kiểm tra đợt \(number).",
                                     deadlinePhrase: "trước ngày 15/\(1 + (n + number) % 12)/2025", assigneeNames: names)
            })
    }

    /// Fills a store holding the seed with `count` synthetic directives, some reports in.
    static func fill(_ store: any TrackingStore, directives count: Int) throws {
        for n in 0..<count {
            let plan = try store.importDirective(directive(n), user: "gen", at: "2025-01-01T08:00:00+07:00", dryRun: false)
            // Every third assignment reported, some twice.
            let submissions = plan.tasks.flatMap { task in
                task.assignees.enumerated().filter { $0.offset % 3 == 0 }.flatMap { index, agency in
                    (0...(index % 2)).map { revision in
                        ReportSubmission(content: Fixture.report(date: "2025-02-0\(1 + revision)", figures: []),
                                         taskID: task.id!, agencyID: agency.id, user: "gen",
                                         clock: Fixture.clock("2025-02-0\(1 + revision)"))
                    }
                }
            }
            _ = try store.submitReports(submissions)
        }
    }

    /// A fresh store on `engine` with 239 and `count` synthetic directives, some reports in.
    static func store(_ engine: StoreEngine, directives count: Int) throws -> StoreUnderTest {
        let sut = try StoreUnderTest(engine)
        try fill(sut.store, directives: count)
        return sut
    }

    @Test(arguments: StoreEngine.available)
    func summaryColumnsFollowEveryRevisionAndReadAsOfAnyDay(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        try store.submitReport(Fixture.report(date: "2025-02-10"), taskID: "1", agencyID: "cong-an-tinh", user: "a",
                               clock: Fixture.clock("2025-02-10"))
        try store.submitReport(Fixture.report(reference: "13/BC-CAT", date: "2025-02-18"), taskID: "1", agencyID: "cong-an-tinh",
                               user: "b", clock: Fixture.clock("2025-02-18"))
        func assignment(_ day: String) throws -> Assignment? {
            try store.snapshot(asOf: Fixture.day(day)).assignments.first { $0.taskID == "1" && $0.agencyID == "cong-an-tinh" }
        }
        #expect(try assignment("2025-02-09")?.latestRevision == 0)
        #expect(try assignment("2025-02-09")?.firstSubmittedOn == nil)
        #expect(try assignment("2025-02-12")?.latestRevision == 1)
        #expect(try assignment("2025-02-12")?.firstSubmittedOn == Fixture.day("2025-02-10"))
        #expect(try assignment("2025-02-20")?.latestRevision == 2)
        #expect(try assignment("2025-02-20")?.firstSubmittedOn == Fixture.day("2025-02-10"))
        // The latest report as of a day is that day's revision, with its own text.
        #expect(try store.snapshot(asOf: Fixture.day("2025-02-12")).latestReport(taskID: "1", agencyID: "cong-an-tinh")?.content.reference == "12/BC-CAT")
        #expect(try store.snapshot(asOf: Fixture.day("2025-02-20")).latestReport(taskID: "1", agencyID: "cong-an-tinh")?.content.reference == "13/BC-CAT")
    }

    @Test(arguments: StoreEngine.available)
    func scopedAndChunkedSnapshotsSayWhatTheWholeOneSays(engine: StoreEngine) throws {
        let sut = try Self.store(engine, directives: 7)
        let store = sut.store
        let day = Fixture.day("2025-02-12"), rules = StatusRules()
        let whole = StatusBoard(snapshot: try store.snapshot(asOf: day), rules: rules, today: day)
        #expect(whole.directives.count == 8)

        let reference = whole.directives[3].document.reference.text
        let scoped = StatusBoard(snapshot: try store.snapshot(asOf: day, directives: [reference]), rules: rules, today: day)
        #expect(scoped.directives == [whole.directives[3]])

        var chunks: [StatusBoard.DirectiveBoard] = []
        var calls = 0
        try store.forEachSnapshot(asOf: day, chunkSize: 3) { snapshot in
            calls += 1
            chunks += StatusBoard(snapshot: snapshot, rules: rules, today: day).directives
        }
        #expect(calls == 3)
        #expect(chunks == whole.directives)

        #expect(throws: StoreError.self) { try store.snapshot(asOf: day, directives: ["999/XYZ"]) }
    }

    @Test(arguments: StoreEngine.available)
    func anAgencysLedgerHoldsItsAssignmentsOnEveryDirectiveAndNoOther(engine: StoreEngine) throws {
        let sut = try Self.store(engine, directives: 14)
        let store = sut.store
        let day = Fixture.day("2025-02-12")
        let whole = try store.snapshot(asOf: day)
        let agencyID = try #require(whole.assignments.last?.agencyID)
        let ledger = try store.agencySnapshot(agencyID, asOf: day)
        #expect(ledger.assignments == whole.assignments.filter { $0.agencyID == agencyID })
        #expect(ledger.directives.count > 1)
        #expect(ledger.directives.allSatisfy { directive in directive.tasks.allSatisfy { $0.assigneeIDs == [agencyID] } })
        #expect(ledger.latestReports.allSatisfy { $0.agencyID == agencyID })
        #expect(try store.reports(agencyID: agencyID, asOf: day).map(\.agencyID).allSatisfy { $0 == agencyID })
    }

    @Test(arguments: StoreEngine.available)
    func aBatchStoresWhatItCanAndSaysWhyForTheRest(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        let clock = Fixture.clock("2025-02-12")
        let results = try store.submitReports([
            ReportSubmission(content: Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "a", clock: clock),
            ReportSubmission(content: Fixture.report(), taskID: "2", agencyID: "cong-an-tinh", user: "a", clock: clock),
            ReportSubmission(content: Fixture.report(reference: "13/BC-CAT"), taskID: "1", agencyID: "cong-an-tinh", user: "a", clock: clock),
        ])
        #expect(try results[0].get().revision == 1)
        #expect(throws: StoreError.notAssigned(agency: "cong-an-tinh", task: "2")) { try results[1].get() }
        #expect(try results[2].get().revision == 2)
        #expect(try store.reports(taskID: "1", agencyID: "cong-an-tinh").map(\.content.reference) == ["12/BC-CAT", "13/BC-CAT"])
        #expect(try store.auditTrail(limit: 10).filter { $0.action == "report.submit" }.count == 2)
    }
}

/// The deadline list re-reads only the directives changed since it was read, and says what a
/// whole walk says.
@Suite struct DeadlineOverviewUpdateTests {
    @Test(arguments: StoreEngine.available)
    func anUpdateReadsTheChangedDirectivesAndAgreesWithAWholeWalk(engine: StoreEngine) throws {
        let sut = try StoreAtScaleTests.store(engine, directives: 12)
        let store = sut.store
        let day = Fixture.day("2025-02-12"), rules = StatusRules()
        let first = try store.deadlineOverview(rules: rules, asOf: day)
        #expect(first.entries.count == 2 + 12 * 2)
        #expect(first.asOfChange != nil)

        // Nothing changed: the same list (read with the change query alone, as
        // `SQLiteStatementCountTests` counts).
        #expect(try store.deadlineOverview(rules: rules, asOf: day, updating: first) == first)

        // One report on one directive: that directive is read again, and the result is a whole walk's.
        let entry = try #require(first.entries.first { $0.task.directive.text == "105/UBND-NN.TN" && !$0.missingAgencyIDs.isEmpty })
        try store.submitReport(Fixture.report(date: "2025-02-12", figures: []), taskID: entry.task.id,
                               agencyID: entry.missingAgencyIDs[0], user: "x", clock: Fixture.clock("2025-02-12"))
        let updated = try store.deadlineOverview(rules: rules, asOf: day, updating: first)
        var whole = try store.deadlineOverview(rules: rules, asOf: day)
        whole.asOfChange = updated.asOfChange
        #expect(updated == whole)
        #expect(updated.entries.first { $0.task.id == entry.task.id }?.missingAgencyIDs.count == entry.missingAgencyIDs.count - 1)

        // Another day: a whole walk.
        let tomorrow = try store.deadlineOverview(rules: rules, asOf: Fixture.day("2025-02-13"), updating: updated)
        #expect(tomorrow.today == Fixture.day("2025-02-13"))
    }
}

/// `--directive` written without marks where two references differ only by them.
@Suite struct AmbiguousDirectiveTests {
    @Test(arguments: StoreEngine.available)
    func referencesThatDifferOnlyByMarksAreNotGuessed(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        for reference in ["910/SỞ-MT", "910/SO-MT"] {
            var directive = StoreAtScaleTests.directive(1)
            directive.document.reference = DocumentReference(reference)!
            _ = try store.importDirective(directive, user: "x", at: "2025-01-01T08:00:00+07:00", dryRun: false)
        }
        let day = Fixture.day("2025-02-12")
        #expect(try store.snapshot(asOf: day, directives: ["910/SỞ-MT"]).directives.map(\.document.reference.text) == ["910/SỞ-MT"])
        #expect(try store.snapshot(asOf: day, directives: ["910/SO-MT"]).directives.map(\.document.reference.text) == ["910/SO-MT"])
        #expect(throws: StoreError.ambiguousDirective("910/so-mt", candidates: ["910/SỞ-MT", "910/SO-MT"])) {
            try store.snapshot(asOf: day, directives: ["910/so-mt"])
        }
    }
}

/// The list of directives' counts from aggregates say what the walk over every status says.
@Suite struct PortfolioCountsTests {
    @Test(arguments: StoreEngine.available, ["2025-02-12", "2025-04-20", "2026-01-05"])
    func aggregatesAgreeWithTheWalk(engine: StoreEngine, today: String) throws {
        let sut = try StoreAtScaleTests.store(engine, directives: 9)
        let store = sut.store
        // Decisions of every kind, and a monthly task (read whole).
        let whole = try store.snapshot(asOf: Fixture.day("2025-01-01"))
        let rows = whole.assignments.filter { $0.taskID != "1" && $0.taskID != "2" }
        try store.recordDecision(DeadlineDecision(kind: .extended(to: Fixture.day("2025-05-30")), decidedOn: Fixture.day("2025-02-01")),
                                 taskID: rows[1].taskID, agencyID: rows[1].agencyID, user: "x", at: "t")
        try store.recordDecision(DeadlineDecision(kind: .withdrawal, decidedOn: Fixture.day("2025-02-01")),
                                 taskID: rows[3].taskID, agencyID: rows[3].agencyID, user: "x", at: "t")
        try store.recordDecision(DeadlineDecision(kind: .withdrawal, decidedOn: Fixture.day("2025-02-01")),
                                 taskID: rows[0].taskID, agencyID: rows[0].agencyID, user: "x", at: "t")   // reported before
        var monthly = StoreAtScaleTests.directive(42, tasks: 1)
        monthly.tasks[0].deadlinePhrase = "chậm nhất ngày 10 hàng tháng"
        _ = try store.importDirective(monthly, user: "x", at: "t", dryRun: false)

        let day = Fixture.day(today), rules = StatusRules()
        let walked = Portfolio(overview: try store.deadlineOverview(rules: rules, asOf: day))
        let counts = try store.portfolioCounts(rules: rules, asOf: day)
        let aggregated = Portfolio(entries: counts)
        func shown(_ portfolio: Portfolio) -> [String] {
            (portfolio.active + portfolio.done).map { entry in
                "\(entry.document.reference.text) \(entry.tasks) \(entry.reported)/\(entry.assigned) "
                    + "o\(entry.overdue) s\(entry.dueSoon) \(entry.nextDue?.iso ?? "-") \(entry.status)"
            }
        }
        #expect(shown(aggregated) == shown(walked))
        #expect(walked.count == 11)
    }
}
