import Foundation
import Testing
import Tracking
@testable import TrackingStore

/// A new database holds dispatch 239/UBND-NN.TN as the dispatch wrote it.
@Suite struct SeedDataTests {
    @Test func newDatabaseHoldsDispatch239() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.path("nested/folder/theodoi.sqlite"))
        let snapshot = try store.snapshot(asOf: Fixture.day("2025-01-20"))

        let directive = try #require(snapshot.directives.first)
        #expect(snapshot.directives.count == 1)
        #expect(directive.document.reference.text == "239/UBND-NN.TN")
        #expect(directive.document.date == Fixture.day("2025-01-17"))
        #expect(directive.document.signer == Signer(authority: "TL. CHỦ TỊCH", title: "CHÁNH VĂN PHÒNG", name: "Vũ Huy Phương"))
        #expect(directive.document.followsUp.map(\.reference.text) == ["1671-CV/TU", "3688/UBND-NN.TN"])
        #expect(directive.document.followsUp.map(\.date) == [Fixture.day("2024-09-23"), Fixture.day("2024-09-30")])
        #expect(directive.document.addressees.count == 14)
        #expect(directive.document.recipients.last == "Lưu: VT, NN.TN, XDCB, NC, KGVX")

        #expect(directive.tasks.map(\.number) == ["1", "2"])
        #expect(directive.tasks.map(\.deadline.raw) == ["trước ngày 15/02/2025", "trước ngày 20/02/2025"])
        #expect(directive.tasks[0].assigneeIDs.count == 14)
        #expect(directive.tasks[1].assigneeIDs == ["so-tnmt"])
        #expect(directive.tasks[1].consolidates == [directive.tasks[0].id])
        #expect(snapshot.assignments.count == 15)
        #expect(snapshot.areas.map(\.name) == ["Phong Khê", "CCN Phú Lâm", "Văn Môn"])
    }

    @Test func seedingIsAudited() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.path("db.sqlite"), user: "alice")
        let trail = try store.auditTrail()
        #expect(trail.map(\.action) == ["seed"])
        #expect(trail.first?.user == "alice")
        #expect(trail.first?.subject == "239/UBND-NN.TN")
    }

    @Test func reopeningDoesNotSeedTwice() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        _ = try SQLiteStore(path: path)
        let store = try SQLiteStore(path: path)
        #expect(try store.snapshot(asOf: Fixture.day("2025-01-20")).assignments.count == 15)
        #expect(try store.auditTrail().count == 1)
    }

    @Test func storedTextIsNFC() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.path("db.sqlite"))
        let snapshot = try store.snapshot(asOf: Fixture.day("2025-01-20"))
        for agency in snapshot.agencies {
            #expect(agency.name == agency.name.precomposedStringWithCanonicalMapping)
            #expect(agency.name.unicodeScalars.elementsEqual(agency.name.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }

    @Test(arguments: [
        ("2025-01-20", ["1": Array(repeating: AssignmentStatus.pending, count: 14), "2": [.pending]]),
        ("2025-02-12", ["1": Array(repeating: AssignmentStatus.dueSoon, count: 14), "2": [.pending]]),
        ("2025-02-24", ["1": Array(repeating: AssignmentStatus.overdue, count: 14), "2": [.overdue]]),
    ])
    func statusesOnKeyDays(today: String, expected: [String: [AssignmentStatus]]) throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.path("db.sqlite"))
        #expect(try Fixture.statuses(store, today: today) == expected)
    }
}
