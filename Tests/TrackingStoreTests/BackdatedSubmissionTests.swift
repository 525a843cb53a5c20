import Foundation
import Testing
import Tracking
@testable import TrackingStore

/// A submission under a `--today` earlier than a stored revision is refused by the store, in the
/// write transaction; the revisions "as of today" are the same cut the board makes.
@Suite struct BackdatedSubmissionTests {
    static let refusal = StoreError.backdated(BackdatedSubmission(laterRevision: 2, laterSubmittedOn: Fixture.day("2025-02-14"),
                                                                  today: Fixture.day("2025-02-12")))

    /// Revisions 1 (10/02) and 2 (14/02) of Công an tỉnh's report on task 1.
    func storeWithTwoRevisions(_ engine: StoreEngine) throws -> StoreUnderTest {
        let sut = try StoreUnderTest(engine)
        try sut.store.submitReport(Fixture.report(results: "bản đầu"), taskID: "1", agencyID: "cong-an-tinh", user: "a", clock: Fixture.clock("2025-02-10"))
        try sut.store.submitReport(Fixture.report(results: "bản sửa"), taskID: "1", agencyID: "cong-an-tinh", user: "a", clock: Fixture.clock("2025-02-14"))
        return sut
    }

    @Test(arguments: StoreEngine.available)
    func aRevisionBehindALaterOneIsRefusedAndNothingIsWritten(engine: StoreEngine) throws {
        let sut = try storeWithTwoRevisions(engine)
        let store = sut.store
        let audit = try store.auditTrail().count
        #expect(throws: Self.refusal) {
            try store.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "b", clock: Fixture.clock("2025-02-12"))
        }
        // Refused before the conflict check: submitting again would not help.
        #expect(throws: Self.refusal) {
            try store.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "b", clock: Fixture.clock("2025-02-12"),
                                   expectedRevision: 1)
        }
        #expect(try store.reports(taskID: "1", agencyID: "cong-an-tinh").map(\.revision) == [1, 2])
        #expect(try store.auditTrail().count == audit)
        #expect(Self.refusal.message(.vi) == "Cơ quan này đã nộp lần 2 ngày 14/02/2025, sau ngày đang xem 12/02/2025: không nộp lùi ngày được.")
        #expect(Self.refusal.message(.en)
            == "This agency already submitted revision 2 on 14/02/2025, after the day being viewed (12/02/2025): a report cannot be backdated.")
    }

    @Test(arguments: StoreEngine.available)
    func theSameDayAndOtherAgenciesAreNotBackdating(engine: StoreEngine) throws {
        let sut = try storeWithTwoRevisions(engine)
        let store = sut.store
        let third = try store.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "b", clock: Fixture.clock("2025-02-14"))
        #expect(third.revision == 3)
        let other = try store.submitReport(Fixture.report(), taskID: "1", agencyID: "cuc-thue", user: "b", clock: Fixture.clock("2025-02-12"))
        #expect(other.revision == 1)
    }

    /// Another process's store: the check reads the database inside the write, not what this
    /// process saw before.
    @Test(arguments: StoreEngine.available)
    func aLaterRevisionFromAnotherConnectionIsSeenByTheWrite(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let mine = sut.store
        let theirs = try sut.reopen()
        #expect(try mine.reports(taskID: "1", agencyID: "cong-an-tinh", asOf: Fixture.day("2025-02-12")).backdating == nil)
        try theirs.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "a", clock: Fixture.clock("2025-02-14"))
        #expect(throws: StoreError.backdated(BackdatedSubmission(laterRevision: 1, laterSubmittedOn: Fixture.day("2025-02-14"),
                                                                 today: Fixture.day("2025-02-12")))) {
            try mine.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "b", clock: Fixture.clock("2025-02-12"),
                                  expectedRevision: 0)
        }
    }

    @Test(arguments: StoreEngine.available)
    func aBatchRefusesTheBackdatedLineAloneInItsSlot(engine: StoreEngine) throws {
        let sut = try storeWithTwoRevisions(engine)
        let store = sut.store
        let clock = Fixture.clock("2025-02-12")
        let results = try store.submitReports([
            ReportSubmission(content: Fixture.report(), taskID: "1", agencyID: "bao-bac-ninh", user: "u", clock: clock),
            ReportSubmission(content: Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "u", clock: clock),
        ])
        #expect(try results[0].get().revision == 1)
        #expect(throws: Self.refusal) { try results[1].get() }
        #expect(try store.reports(taskID: "1", agencyID: "cong-an-tinh").count == 2)
    }

    @Test(arguments: StoreEngine.available, [("2025-02-09", [Int](), 2), ("2025-02-12", [1], 2), ("2025-02-14", [1, 2], nil)])
    func revisionsAsOfADayAreTheBoardsCut(engine: StoreEngine, cut: (today: String, revisions: [Int], later: Int?)) throws {
        let (today, revisions, later) = cut
        let sut = try storeWithTwoRevisions(engine)
        let store = sut.store
        let day = Fixture.day(today)
        let asOf = try store.reports(taskID: "1", agencyID: "cong-an-tinh", asOf: day)
        #expect(asOf.revisions.map(\.revision) == revisions)
        #expect(asOf.backdating?.laterRevision == later)
        #expect(asOf.nextRevision == revisions.count + 1)
        let assignment = try #require(try store.snapshot(asOf: day).assignments.first { $0.taskID == "1" && $0.agencyID == "cong-an-tinh" })
        #expect(assignment.latestRevision == asOf.latest?.revision ?? 0)
        #expect(assignment.latestSubmittedAt == asOf.latest?.submittedAt)
    }
}
