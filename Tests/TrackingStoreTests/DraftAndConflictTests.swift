import Foundation
import Testing
import Tracking
@testable import TrackingStore

/// Drafts per user, agency and task; a submission that lost a race is refused, not stacked.
/// (A draft refused by a busy store: `SQLiteFileTests.aDraftDoesNotWaitForABusyDatabase`.)
@Suite struct DraftAndConflictTests {
    @Test(arguments: StoreEngine.available)
    func draftsAreKeptPerUserAndReplaced(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        try store.saveDraft(#"{"reference": "1/BC"}"#, baseRevision: 0, user: "an", taskID: "1", agencyID: "cong-an-tinh", at: "t1")
        try store.saveDraft(#"{"reference": "2/BC"}"#, baseRevision: 0, user: "binh", taskID: "1", agencyID: "cong-an-tinh", at: "t1")
        try store.saveDraft(#"{"reference": "3/BC"}"#, baseRevision: 1, user: "an", taskID: "1", agencyID: "cong-an-tinh", at: "t2")
        #expect(try store.draft(user: "an", taskID: "1", agencyID: "cong-an-tinh") == StoredDraft(payload: #"{"reference": "3/BC"}"#, baseRevision: 1, updatedAt: "t2"))
        #expect(try store.draft(user: "binh", taskID: "1", agencyID: "cong-an-tinh")?.payload == #"{"reference": "2/BC"}"#)
        #expect(try store.draft(user: "an", taskID: "1", agencyID: "cuc-thue") == nil)
        try store.deleteDraft(user: "an", taskID: "1", agencyID: "cong-an-tinh")
        #expect(try store.draft(user: "an", taskID: "1", agencyID: "cong-an-tinh") == nil)
        #expect(try store.draft(user: "binh", taskID: "1", agencyID: "cong-an-tinh") != nil)
    }

    @Test(arguments: StoreEngine.available)
    func draftTextIsStoredNFC(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        let decomposed = "Phong Khê".decomposedStringWithCanonicalMapping
        try store.saveDraft(decomposed, baseRevision: 0, user: "an", taskID: "1", agencyID: "cong-an-tinh", at: "t")
        let stored = try #require(try store.draft(user: "an", taskID: "1", agencyID: "cong-an-tinh")?.payload)
        #expect(Array(stored.utf8) == Array("Phong Khê".precomposedStringWithCanonicalMapping.utf8))
    }

    @Test(arguments: StoreEngine.available)
    func aSubmissionBuiltOnAnOldRevisionIsRefusedWithWhoWon(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        // Both opened the form on revision 0; the first to submit wins.
        try store.submitReport(Fixture.report(results: "của An"), taskID: "1", agencyID: "cong-an-tinh", user: "an",
                               clock: Fixture.clock("2025-02-12"), expectedRevision: 0)
        #expect {
            try store.submitReport(Fixture.report(results: "của Bình"), taskID: "1", agencyID: "cong-an-tinh", user: "binh",
                                   clock: Fixture.clock("2025-02-12"), expectedRevision: 0)
        } throws: { error in
            guard case .conflict(let revision, let user, _) = error as? StoreError else { return false }
            return revision == 1 && user == "an"
        }
        #expect(try store.reports(taskID: "1", agencyID: "cong-an-tinh").map { $0.content[.results] } == ["của An"])
        // Having seen revision 1, Bình's submission becomes revision 2.
        let second = try store.submitReport(Fixture.report(results: "của Bình"), taskID: "1", agencyID: "cong-an-tinh", user: "binh",
                                            clock: Fixture.clock("2025-02-12"), expectedRevision: 1)
        #expect(second.revision == 2)
    }
}
