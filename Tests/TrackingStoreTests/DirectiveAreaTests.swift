import Foundation
import Testing
import Tracking
@testable import TrackingStore

/// Areas belong to directives: a board reads its own directive's areas, `area add|link|unlink`
/// change them with audit entries. (Stores made before the link existed keep what they showed:
/// `SQLiteMigrationTests`.)
@Suite struct DirectiveAreaTests {
    static let day = Fixture.day("2025-02-12")

    @Test(arguments: StoreEngine.available)
    func dispatch239LinksToItsThreeAreas(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        let snapshot = try store.snapshot(asOf: Self.day, directives: ["239/UBND-NN.TN"])
        #expect(snapshot.areas.map(\.id) == ["phong-khe", "phu-lam", "van-mon"])
        #expect(snapshot.directives.first?.areaIDs == ["phong-khe", "phu-lam", "van-mon"])
    }

    @Test(arguments: StoreEngine.available)
    func aBoardReadsOnlyItsOwnDirectivesAreas(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        var withOne = StoreAtScaleTests.directive(1)
        withOne.areaIDs = ["van-mon"]
        let plan = try store.importDirective(withOne, user: "x", at: "t", dryRun: false)
        #expect(plan.areaIDs == ["van-mon"])
        _ = try store.importDirective(StoreAtScaleTests.directive(2), user: "x", at: "t", dryRun: false)

        #expect(try store.snapshot(asOf: Self.day, directives: ["101/UBND-NN.TN"]).areas.map(\.id) == ["van-mon"])
        let none = try store.snapshot(asOf: Self.day, directives: ["102/UBND-NN.TN"])
        #expect(none.areas.isEmpty)
        #expect(none.directives.first?.areaIDs == [])
        // The whole store: every linked area once, in the areas' order.
        #expect(try store.snapshot(asOf: Self.day).areas.map(\.id) == ["phong-khe", "phu-lam", "van-mon"])
        // The import's one audit entry names the areas.
        let entry = try #require(try store.auditTrail(limit: 5).first { $0.action == "import" && $0.subject == "101/UBND-NN.TN" })
        let after = try #require(entry.after).filter { !$0.isWhitespace }
        #expect(after.contains("\"areas\":[\"van-mon\"]"))
    }

    @Test(arguments: StoreEngine.available)
    func importRefusesAnAreaThatIsNotThere(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        var directive = StoreAtScaleTests.directive(1)
        directive.areaIDs = ["nowhere"]
        #expect(throws: StoreError.unknownArea("nowhere", known: ["Phong Khê", "CCN Phú Lâm", "Văn Môn"])) {
            try store.importDirective(directive, user: "x", at: "t", dryRun: false)
        }
        #expect(try store.snapshot(asOf: Self.day).directives.count == 1)   // nothing written
    }

    @Test(arguments: StoreEngine.available)
    func addLinkAndUnlinkAnArea(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        _ = try store.importDirective(StoreAtScaleTests.directive(1), user: "x", at: "t", dryRun: false)
        let (added, created) = try store.addArea(name: "KCN Quế Võ", locality: "phường Phương Liễu", district: "thị xã Quế Võ",
                                                 industry: "dệt nhuộm", government: .new(name: "UBND thị xã Quế Võ"), user: "u", at: "t1")
        #expect(added.id == "kcn-que-vo")
        #expect(created?.id == "ubnd-thi-xa-que-vo")
        #expect(created?.kind == .localGovernment)
        #expect(added.governmentID == "ubnd-thi-xa-que-vo")
        // The name taken is said as it is stored.
        #expect(throws: StoreError.areaExists("KCN Quế Võ")) {
            try store.addArea(name: "kcn que vo", locality: "x", district: "y", industry: "", government: nil, user: "u", at: "t")
        }
        #expect(try store.areaListings().first { $0.area.id == "kcn-que-vo" }?.government == "UBND thị xã Quế Võ")
        #expect(try store.areaListings().first { $0.area.id == "kcn-que-vo" }?.directives == [])

        #expect(try store.linkAreas(["kcn-que-vo", "phong-khe"], toDirective: "101/ubnd-nn.tn", user: "u", at: "t2") == ["kcn-que-vo", "phong-khe"])
        #expect(try store.linkAreas(["phong-khe"], toDirective: "101/UBND-NN.TN", user: "u", at: "t3") == [])   // already
        #expect(try store.snapshot(asOf: Self.day, directives: ["101/UBND-NN.TN"]).areas.map(\.id) == ["phong-khe", "kcn-que-vo"])
        #expect(try store.areaListings().first { $0.area.id == "phong-khe" }?.directives.map(\.text) == ["101/UBND-NN.TN", "239/UBND-NN.TN"])

        #expect(try store.unlinkAreas(["phong-khe"], fromDirective: "101/UBND-NN.TN", user: "u", at: "t4") == ["phong-khe"])
        #expect(try store.snapshot(asOf: Self.day, directives: ["101/UBND-NN.TN"]).areas.map(\.id) == ["kcn-que-vo"])
        let actions = try store.auditTrail(limit: 10).map { "\($0.action) \($0.subject)" }
        #expect(Array(actions.prefix(4)) == ["area.unlink 101/UBND-NN.TN / phong-khe", "area.link 101/UBND-NN.TN / phong-khe",
                                             "area.link 101/UBND-NN.TN / kcn-que-vo", "area.add KCN Quế Võ"])
    }

    @Test(arguments: StoreEngine.available)
    func anAreaWithFiguresStaysLinked(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        try store.submitReport(Fixture.report(), taskID: "1", agencyID: "cong-an-tinh", user: "u", clock: Fixture.clock("2025-02-12"))
        #expect(throws: StoreError.areaHasFigures(area: "Phong Khê", directive: "239/UBND-NN.TN", reports: 1)) {
            try store.unlinkAreas(["van-mon", "phong-khe"], fromDirective: "239/UBND-NN.TN", user: "u", at: "t")
        }
        // All or nothing: Văn Môn, which has no figures, is still linked too.
        #expect(try store.snapshot(asOf: Self.day, directives: ["239/UBND-NN.TN"]).areas.count == 3)
    }

    @Test func areasAreNamedAsFiguresNameThem() throws {
        let areas = Dispatch239.areas
        #expect(try Area.resolve("phu lam", in: areas).id == "phu-lam")
        #expect(try Area.resolve("van-mon", in: areas).id == "van-mon")
        #expect(try Area.resolve("PHONG KHÊ", in: areas).id == "phong-khe")
        #expect(throws: StoreError.unknownArea("Quế Võ", known: areas.map(\.name))) { try Area.resolve("Quế Võ", in: areas) }
    }
}
