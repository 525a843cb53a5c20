import Foundation
import Testing
import Tracking
@testable import TrackingStore

/// Several handles on one store, as several processes (dashboards, the wall, `report submit`)
/// have them: no revision lost between writers, a read-only handle that never writes, and each
/// handle told of the others' commits. On every engine.
@Suite struct SeveralHandlesTests {
    @Test(arguments: StoreEngine.available)
    func concurrentWritersAllSucceedAndNoRevisionIsLost(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let stores = [sut.store, try sut.reopen()]
        let perWriter = 15
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: stores.count * perWriter) { index in
            do {
                try stores[index % stores.count].submitReport(
                    Fixture.report(reference: "\(index)/BC"), taskID: "1", agencyID: "cong-an-tinh",
                    user: "writer\(index % stores.count)", clock: Fixture.clock("2025-02-12"))
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty)
        let reports = try stores[0].reports(taskID: "1", agencyID: "cong-an-tinh")
        #expect(reports.map(\.revision) == Array(1...(stores.count * perWriter)))
        #expect(Set(reports.map(\.content.reference)).count == stores.count * perWriter)
        #expect(try stores[1].auditTrail(limit: 1000).count == stores.count * perWriter + 1)
    }

    /// The wall's handle: it reads what the others wrote and refuses to write, naming the store.
    @Test(arguments: StoreEngine.available)
    func aReadOnlyHandleReadsButRefusesWrites(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        try sut.store.submitReport(Fixture.report(), taskID: "1", agencyID: "cuc-thue", user: "u", clock: Fixture.clock("2025-02-11"))
        let reader = try sut.reopen(mode: .readOnly)
        #expect(reader.mode == .readOnly)
        let snapshot = try reader.snapshot(asOf: Fixture.day("2025-02-12"))
        #expect(snapshot.assignments.count == 15)
        #expect(snapshot.latestReports.count == 1)
        #expect(throws: StoreError.readOnly(path: sut.location)) {
            try reader.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "u", clock: Fixture.clock("2025-02-12"))
        }
        #expect(try sut.store.reports(taskID: "1", agencyID: "cong-an-tinh").isEmpty)
        #expect(try sut.store.auditTrail().count == 2)
    }

    /// What an open screen re-reads after another process wrote: the directive that process
    /// touched, once; a read is no change, and a change to no single directive says so.
    @Test(arguments: StoreEngine.available)
    func changesFromAnotherHandleAreSeenAndReadsAreNone(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let reader = sut.store, writer = try sut.reopen()
        let start = try reader.changes(since: .max)
        #expect(start.directives.isEmpty && !start.unscoped)
        #expect(try reader.changes(since: start.through).directives.isEmpty)

        try writer.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "u", clock: Fixture.clock("2025-02-12"))
        let changed = try reader.changes(since: start.through)
        #expect(changed.through > start.through)
        #expect(changed.directives == ["239/UBND-NN.TN"])
        #expect(!changed.unscoped)

        _ = try writer.snapshot(asOf: Fixture.day("2025-02-12"))
        let quiet = try reader.changes(since: changed.through)
        #expect(quiet.through == changed.through)
        #expect(quiet.directives.isEmpty && !quiet.unscoped)

        try writer.addArea(name: "KCN Quế Võ", locality: "phường Phương Liễu", district: "thị xã Quế Võ", industry: "dệt nhuộm",
                           government: nil, user: "u", at: "t")
        let area = try reader.changes(since: changed.through)
        #expect(area.directives.isEmpty)
        #expect(area.unscoped)
    }
}
