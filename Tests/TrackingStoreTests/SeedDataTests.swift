import Foundation
import Testing
import Tracking
@testable import TrackingStore

/// A new database holds dispatch 239/UBND-NN.TN as the dispatch wrote it.
@Suite struct SeedDataTests {
    /// (A new SQLite file in folders that did not exist yet: `SQLiteFileTests`.)
    @Test(arguments: StoreEngine.available)
    func newDatabaseHoldsDispatch239(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
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

    @Test(arguments: StoreEngine.available)
    func seedingIsAudited(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine, user: "alice")
        let store = sut.store
        let trail = try store.auditTrail()
        #expect(trail.map(\.action) == ["seed"])
        #expect(trail.first?.user == "alice")
        #expect(trail.first?.subject == "239/UBND-NN.TN")
    }

    /// Another process opening the store finds the seed, and writes it no second time.
    @Test(arguments: StoreEngine.available)
    func reopeningDoesNotSeedTwice(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = try sut.reopen(user: "bob")
        #expect(try store.snapshot(asOf: Fixture.day("2025-01-20")).assignments.count == 15)
        #expect(try store.auditTrail().count == 1)
        #expect(try store.auditTrail().first?.user == "theodoi")
    }

    @Test(arguments: StoreEngine.available)
    func storedTextIsNFC(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        let snapshot = try store.snapshot(asOf: Fixture.day("2025-01-20"))
        for agency in snapshot.agencies {
            #expect(agency.name == agency.name.precomposedStringWithCanonicalMapping)
            #expect(agency.name.unicodeScalars.elementsEqual(agency.name.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }

    @Test(arguments: StoreEngine.available, [
        ("2025-01-20", ["1": Array(repeating: AssignmentStatus.pending, count: 14), "2": [.pending]]),
        ("2025-02-12", ["1": Array(repeating: AssignmentStatus.dueSoon, count: 14), "2": [.pending]]),
        ("2025-02-24", ["1": Array(repeating: AssignmentStatus.overdue, count: 14), "2": [.overdue]]),
    ])
    func statusesOnKeyDays(engine: StoreEngine, day: (today: String, expected: [String: [AssignmentStatus]])) throws {
        let sut = try StoreUnderTest(engine)
        #expect(try Fixture.statuses(sut.store, today: day.today) == day.expected)
    }
}
