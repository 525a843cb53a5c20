import Foundation
import Testing
import Tracking
@testable import TrackingStore

/// Submitting reports: statuses, revisions, NFC, the audit trail, and refusals that write nothing.
@Suite struct ReportSubmissionTests {
    @Test(arguments: StoreEngine.available)
    func onTimeAndLateSubmissions(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        try store.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "u", clock: Fixture.clock("2025-02-12"))
        try store.submitReport(Fixture.report(), taskID: "1", agencyID: "cuc-thue", user: "u", clock: Fixture.clock("2025-02-24"))

        #expect(try Fixture.status(store, today: "2025-02-24", task: "1", agency: "cong-an-tinh") == .doneOnTime)
        #expect(try Fixture.status(store, today: "2025-02-24", task: "1", agency: "cuc-thue") == .doneLate)
        #expect(try Fixture.status(store, today: "2025-02-24", task: "1", agency: "so-xd") == .overdue)
        // As of the 12th, the report of the 24th did not exist yet.
        #expect(try Fixture.status(store, today: "2025-02-12", task: "1", agency: "cuc-thue") == .dueSoon)
    }

    @Test(arguments: StoreEngine.available)
    func laterSubmissionIsARevisionAndTimelinessCountsTheFirst(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        try store.submitReport(Fixture.report(results: "bản đầu"), taskID: "1", agencyID: "cong-an-tinh", user: "a", clock: Fixture.clock("2025-02-13"))
        let second = try store.submitReport(Fixture.report(results: "bản sửa"), taskID: "1", agencyID: "cong-an-tinh", user: "b", clock: Fixture.clock("2025-02-20"))

        #expect(second.revision == 2)
        let reports = try store.reports(taskID: "1", agencyID: "cong-an-tinh")
        #expect(reports.map(\.revision) == [1, 2])
        #expect(reports.map { $0.content[.results] } == ["bản đầu", "bản sửa"])
        #expect(reports.map(\.submittedBy) == ["a", "b"])
        #expect(try Fixture.status(store, today: "2025-02-24", task: "1", agency: "cong-an-tinh") == .doneOnTime)
    }

    @Test(arguments: StoreEngine.available)
    func reportRoundTripsWithFiguresAndNFC(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        let decomposed = "Kiểm tra 20 cơ sở ở Phong Khê".decomposedStringWithCanonicalMapping
        var content = Fixture.report(figures: [
            AreaFigures(areaID: "van-mon", inspected: 3, violations: 2, finesCount: 1, finesVND: 8_700_000_000,
                        suspended: 1, powerCut: 0, relocated: 0, complaintsHandled: 4),
            AreaFigures(areaID: "phong-khe", inspected: 20),
        ])
        content[.workDone] = decomposed
        try store.submitReport(content, taskID: "1", agencyID: "ubnd-yen-phong", user: "u", clock: Fixture.clock("2025-02-12"))

        let stored = try #require(try store.reports(taskID: "1", agencyID: "ubnd-yen-phong").first)
        #expect(Array(stored.content[.workDone].utf8) == Array(decomposed.precomposedStringWithCanonicalMapping.utf8))
        // Figures come back in the areas' order, nil kept apart from zero.
        #expect(stored.content.figures.map(\.areaID) == ["phong-khe", "van-mon"])
        #expect(stored.content.figures[0].violations == nil)
        #expect(stored.content.figures[1].powerCut == 0)
        #expect(stored.content.figures[1].finesVND == 8_700_000_000)
        #expect(stored.submittedOn == Fixture.day("2025-02-12"))
        #expect(stored.submittedAt.hasPrefix("2025-02-12T"))
        #expect(stored.submittedAt.hasSuffix("+07:00"))
    }

    @Test(arguments: StoreEngine.available)
    func submissionIsAuditedInTheSameTransaction(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        try store.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "thue01", clock: Fixture.clock("2025-02-12"))
        try store.submitReport(Fixture.report(results: "sửa"), taskID: "1", agencyID: "cong-an-tinh", user: "thue01", clock: Fixture.clock("2025-02-13"))

        let trail = try store.auditTrail()
        #expect(trail.map(\.action) == ["report.submit", "report.submit", "seed"])
        #expect(trail[0].user == "thue01")
        #expect(trail[0].subject == "task 1 / cong-an-tinh / revision 2")
        #expect(trail[0].before?.contains("\"revision\": 1") == true)
        #expect(trail[0].after?.contains("\"results\": \"sửa\"") == true)
        #expect(trail[1].before == nil)
    }

    @Test(arguments: StoreEngine.available)
    func agencyNotAssignedIsRefusedAndNothingIsWritten(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        #expect(throws: StoreError.notAssigned(agency: "cong-an-tinh", task: "2")) {
            try store.submitReport(Fixture.report(), taskID: "2", agencyID: "cong-an-tinh", user: "u", clock: Fixture.clock("2025-02-12"))
        }
        #expect(try store.auditTrail().count == 1)
    }

    @Test(arguments: StoreEngine.available)
    func resolvesTasksAndAgenciesByWhatPeopleType(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        let day = Fixture.day("2025-02-12")
        let (task1, snapshot) = try store.taskSnapshot("1", asOf: day)
        #expect(try store.taskSnapshot("239/UBND-NN.TN#2", asOf: day).task.number == "2")
        #expect(try store.taskSnapshot("239/ubnd-nn.tn#2", asOf: day).task.number == "2")
        #expect(try store.taskSnapshot("239#1", asOf: day).task.id == task1.id)
        #expect(throws: StoreError.self) { try store.taskSnapshot("7", asOf: day) }
        #expect(throws: StoreError.self) { try store.taskSnapshot("240#1", asOf: day) }
        // Only the task's directive is read.
        #expect(snapshot.directives.map(\.document.reference.text) == ["239/UBND-NN.TN"])

        #expect(try store.resolveAgency("cong an", for: task1, in: snapshot).id == "cong-an-tinh")
        #expect(try store.resolveAgency("CÔNG AN TỈNH", for: task1, in: snapshot).id == "cong-an-tinh")
        #expect(try store.resolveAgency("dai", for: task1, in: snapshot).id == "dai-ptth")
        #expect(try store.resolveAgency("Sở Tài chính", for: task1, in: snapshot).id == "so-tc")
        #expect(throws: StoreError.ambiguousAgency("so tai", candidates: ["Sở Tài nguyên và Môi trường", "Sở Tài chính"])) {
            try store.resolveAgency("so tai", for: task1, in: snapshot)
        }
        let task2 = try store.taskSnapshot("2", asOf: day).task
        #expect(try store.resolveAgency("so tai", for: task2, in: snapshot).id == "so-tnmt")
    }
}
