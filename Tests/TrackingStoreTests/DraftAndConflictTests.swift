import Foundation
import GRDB
import Testing
import Tracking
@testable import TrackingStore

/// Drafts per user, agency and task; a submission that lost a race is refused, not stacked.
@Suite struct DraftAndConflictTests {
    @Test func draftsAreKeptPerUserAndReplaced() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.path("db.sqlite"))
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

    /// While another process holds the write lock, a draft saved without waiting is refused
    /// as locked (the form keeps it and tries again), and goes in once the lock is gone.
    @Test func aDraftDoesNotWaitForABusyDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        let store = try SQLiteStore(path: path, busyTimeout: 60)
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect(throws: StoreError.locked(path: path)) {
                try store.saveDraft("{}", baseRevision: 0, user: "an", taskID: "1", agencyID: "cong-an-tinh", at: "t1", waiting: false)
            }
            try db.execute(sql: "COMMIT")
        }
        try store.saveDraft("{}", baseRevision: 0, user: "an", taskID: "1", agencyID: "cong-an-tinh", at: "t2", waiting: false)
        #expect(try store.draft(user: "an", taskID: "1", agencyID: "cong-an-tinh")?.updatedAt == "t2")
    }

    @Test func draftTextIsStoredNFC() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.path("db.sqlite"))
        let decomposed = "Phong Khê".decomposedStringWithCanonicalMapping
        try store.saveDraft(decomposed, baseRevision: 0, user: "an", taskID: "1", agencyID: "cong-an-tinh", at: "t")
        let stored = try #require(try store.draft(user: "an", taskID: "1", agencyID: "cong-an-tinh")?.payload)
        #expect(Array(stored.utf8) == Array("Phong Khê".precomposedStringWithCanonicalMapping.utf8))
    }

    @Test func aSubmissionBuiltOnAnOldRevisionIsRefusedWithWhoWon() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.path("db.sqlite"))
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
