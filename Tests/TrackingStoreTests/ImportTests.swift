import Foundation
import Testing
import Tracking
@testable import TrackingStore

/// `theodoi import`: a second directive beside 239, matched to the stored agencies.
@Suite struct ImportTests {
    /// Dispatch 45/STNMT-MT (the synthetic fixture of the parser tests), as the command builds it.
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
                                 deadlinePhrase: "chậm nhất ngày 10 hàng tháng", assigneeNames: ["Công an tỉnh", "Sở Công Thương"]),
            DirectiveImport.Task(number: "2", text: "Đề nghị UBND huyện Tiên Du, UBND huyện Yên Phong gửi báo cáo về Sở trước ngày 05/3/2025.",
                                 deadlinePhrase: "trước ngày 05/3/2025", assigneeNames: ["UBND huyện Tiên Du", "UBND huyện Yên Phong"]),
            DirectiveImport.Task(number: "3", text: "Sở Xây dựng tổng hợp kết quả của nhiệm vụ 1, kịp thời.",
                                 deadlinePhrase: nil, assigneeNames: ["SỞ XÂY DỰNG"]),
            DirectiveImport.Task(number: "4", text: "Các đơn vị liên quan phối hợp.", deadlinePhrase: nil, assigneeNames: []),
        ])

    static func auditCount(_ store: any TrackingStore) throws -> Int { try store.auditTrail(limit: 1000).count }

    @Test(arguments: StoreEngine.available)
    func aSecondDirectiveIsStoredBeside239(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        let plan = try store.importDirective(Self.dispatch45, user: "alice", at: "2025-02-21T09:00:00+07:00", dryRun: false)

        #expect(plan.matched.map(\.id) == ["cong-an-tinh", "so-xd", "ubnd-tien-du", "ubnd-yen-phong"])
        #expect(plan.created.map(\.id) == ["so-cong-thuong"])
        #expect(plan.created.first?.kind == .department)
        #expect(plan.tasks.allSatisfy { $0.id != nil })
        #expect(plan.warnings == [.consolidationNotGuessed(task: "3", dryRun: false), .noAssignee(task: "4", dryRun: false)])

        let snapshot = try store.snapshot(asOf: Fixture.day("2025-03-01"))
        #expect(snapshot.directives.map(\.document.reference.text) == ["239/UBND-NN.TN", "45/STNMT-MT"])
        let imported = try #require(snapshot.directives.last)
        #expect(imported.document.addressees.count == 5)
        #expect(imported.document.followsUp.map(\.reference.text) == ["239/UBND-NN.TN"])
        #expect(imported.tasks.map(\.number) == ["1", "2", "3", "4"])
        #expect(imported.tasks[0].assigneeIDs == ["cong-an-tinh", "so-cong-thuong"])
        #expect(imported.tasks[0].deadline.qualifier == .monthly)
        #expect(imported.tasks[0].deadline.dayOfMonth == 10)
        #expect(imported.tasks[1].deadline.anchor == Fixture.day("2025-03-05"))
        #expect(imported.tasks[1].deadline.qualifier == .before)
        #expect(imported.tasks[2].assigneeIDs == ["so-xd"])
        #expect(imported.tasks[2].consolidates.isEmpty)
        #expect(imported.tasks[2].deadline.qualifier == Deadline.Qualifier.none)
        #expect(imported.tasks[3].assigneeIDs.isEmpty)
        #expect(snapshot.agency("so-cong-thuong")?.name == "Sở Công Thương")
        #expect(snapshot.assignments.count == 15 + 5)

        // The status board lists both directives.
        let board = StatusBoard(snapshot: snapshot, rules: StatusRules(), today: Fixture.day("2025-03-01"))
        #expect(board.directives.map(\.document.reference.text) == ["239/UBND-NN.TN", "45/STNMT-MT"])

        let entry = try #require(try store.auditTrail().first)
        #expect(entry.action == "import")
        #expect(entry.subject == "45/STNMT-MT")
        #expect(entry.user == "alice")
        #expect(entry.after?.contains("\"agencies_created\"") == true)
    }

    @Test(arguments: StoreEngine.available)
    func importing239AgainIsRefusedAndWritesNothing(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        let before = try Self.auditCount(store)
        var again = Self.dispatch45
        again.document.reference = Dispatch239.reference
        #expect(throws: StoreError.alreadyImported(reference: "239/UBND-NN.TN")) {
            try store.importDirective(again, user: "alice", at: "2025-02-21T09:00:00+07:00", dryRun: false)
        }
        #expect(try Self.auditCount(store) == before)
        let snapshot = try store.snapshot(asOf: Fixture.day("2025-03-01"))
        #expect(snapshot.directives.count == 1)
        #expect(snapshot.agency("so-cong-thuong") == nil)
    }

    @Test(arguments: StoreEngine.available)
    func aDryRunWritesNothing(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        let before = try Self.auditCount(store)
        let plan = try store.importDirective(Self.dispatch45, user: "alice", at: "2025-02-21T09:00:00+07:00", dryRun: true)
        #expect(plan.dryRun)
        #expect(plan.created.map(\.id) == ["so-cong-thuong"])
        #expect(plan.tasks.count == 4)
        #expect(plan.tasks.allSatisfy { $0.id == nil })
        #expect(try Self.auditCount(store) == before)
        let snapshot = try store.snapshot(asOf: Fixture.day("2025-03-01"))
        #expect(snapshot.directives.count == 1)
        #expect(snapshot.agency("so-cong-thuong") == nil)
        // And the real import still goes through afterwards.
        _ = try store.importDirective(Self.dispatch45, user: "alice", at: "2025-02-21T09:00:00+07:00", dryRun: false)
        #expect(try store.snapshot(asOf: Fixture.day("2025-03-01")).directives.count == 2)
    }

    @Test func newAgenciesGetAStableSlugAndAGuessedKind() {
        #expect(AgencyNaming.slug("Sở Công Thương") == "so-cong-thuong")
        #expect(AgencyNaming.slug("Đài Phát thanh, Truyền hình") == "dai-phat-thanh-truyen-hinh")
        #expect(AgencyNaming.newAgency(named: "Sở Xây dựng", existingIDs: ["so-xay-dung"]).id == "so-xay-dung-2")
        #expect(AgencyNaming.kind(of: "Công an huyện Tiên Du") == .police)
        #expect(AgencyNaming.kind(of: "Chi cục Thuế khu vực") == .tax)
        #expect(AgencyNaming.kind(of: "Viện Kinh tế") == .institute)
        #expect(AgencyNaming.kind(of: "Cổng Thông tin điện tử") == .media)
        #expect(AgencyNaming.kind(of: "Báo Nhân dân") == .media)
        #expect(AgencyNaming.kind(of: "UBND xã Phù Chẩn") == .localGovernment)
        #expect(AgencyNaming.kind(of: "UBND thành phố Từ Sơn") == .localGovernment)
        #expect(AgencyNaming.kind(of: "Ban Quản lý các khu công nghiệp") == .department)
    }

    @Test func matchingIsExactNotByPrefix() {
        let agencies = Dispatch239.addressees
        #expect(Importer.match("uBND  huyen tien du", in: agencies)?.id == "ubnd-tien-du")
        #expect(Importer.match("Sở Tài", in: agencies) == nil)
        #expect(Importer.match("Cục Thuế", in: agencies)?.id == "cuc-thue")   // the short name
    }
}
