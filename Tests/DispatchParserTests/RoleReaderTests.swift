import Foundation
import Testing
import Tracking
@testable import DispatchParser

/// Lead ("chủ trì") and cooperating ("phối hợp") agencies read from a task's wording (issue 11
/// item 3, ``RoleReader``): every phrase form, with and without tone marks; 239 unchanged.
@Suite struct RoleReaderTests {
    static let dispatch = """
ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 18/UBND-KT
V/v kiểm tra an toàn phòng cháy
Bắc Ninh, ngày 03 tháng 3 năm 2025

Kính gửi:
- Công an tỉnh;
- Sở Công Thương;
- Sở Xây dựng;
- Sở Tài chính;
- UBND thị xã Quế Võ.

Chủ tịch UBND tỉnh có ý kiến như sau:

1. Giao Công an tỉnh chủ trì, phối hợp với Sở Công Thương, Sở Xây dựng kiểm tra phòng cháy, báo cáo trước ngày 20/3/2025.

2. Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan rà soát kinh phí, báo cáo trước ngày 25/3/2025.

3. Sở Xây dựng phối hợp với UBND thị xã Quế Võ kiểm tra công trình, báo cáo trước ngày 28/3/2025.

4. Sở Tài chính phối hợp Sở Công Thương thực hiện rà soát giá, báo cáo trước ngày 28/3/2025.

5. Giao Sở Công Thương chủ trì; các cơ quan: Sở Tài chính, Sở Xây dựng phối hợp lập kế hoạch, báo cáo trước ngày 30/3/2025.

6. Giao So Xay dung chu tri, phoi hop voi Cong an tinh kiem tra, bao cao truoc ngay 30/3/2025.

7. Giao Sở Công Thương chủ trì, Sở Tài chính và Sở Xây dựng phối hợp thực hiện, báo cáo trước ngày 30/3/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
"""

    static func roles(_ text: String = dispatch) -> [String: (leads: [String], cooperating: [String])] {
        Dictionary(uniqueKeysWithValues: DispatchParser.parse(text).tasks.map { ($0.number, ($0.assignees, $0.cooperating)) })
    }

    @Test func leadThenCooperatingWithVoi() throws {
        let task = try #require(Self.roles()["1"])
        #expect(task.leads == ["Công an tỉnh"])
        #expect(task.cooperating == ["Sở Công Thương", "Sở Xây dựng"])
    }

    @Test func cooperatingWithAgenciesConcernedNamesNobody() throws {
        let task = try #require(Self.roles()["2"])
        #expect(task.leads == ["Sở Tài chính"])
        #expect(task.cooperating.isEmpty)
    }

    @Test func theSubjectOfPhoiHopVoiLeads() throws {
        let task = try #require(Self.roles()["3"])
        #expect(task.leads == ["Sở Xây dựng"])
        #expect(task.cooperating == ["UBND thị xã Quế Võ"])
    }

    @Test func cooperatingWithTheOneWhoCarriesItOut() throws {
        // "Sở Tài chính phối hợp Sở Công Thương thực hiện": Sở Công Thương does the work.
        let task = try #require(Self.roles()["4"])
        #expect(task.leads == ["Sở Công Thương"])
        #expect(task.cooperating == ["Sở Tài chính"])
    }

    @Test func aListOfCooperatingAgenciesAfterAColon() throws {
        let task = try #require(Self.roles()["5"])
        #expect(task.leads == ["Sở Công Thương"])
        #expect(task.cooperating == ["Sở Tài chính", "Sở Xây dựng"])
    }

    @Test func withoutToneMarks() throws {
        let task = try #require(Self.roles()["6"])
        #expect(task.leads == ["Sở Xây dựng"])
        #expect(task.cooperating == ["Công an tỉnh"])
    }

    @Test func cooperatingAgenciesNamedBeforePhoiHop() throws {
        let task = try #require(Self.roles()["7"])
        #expect(task.leads == ["Sở Công Thương"])
        #expect(task.cooperating == ["Sở Tài chính", "Sở Xây dựng"])
    }

    @Test func aGroupOfCooperatingAgenciesByTheirNoun() throws {
        let text = Self.dispatch.replacingOccurrences(of: "các cơ quan: Sở Tài chính, Sở Xây dựng phối hợp",
                                                      with: "các Sở: Tài chính, Xây dựng phối hợp")
        let task = try #require(Self.roles(text)["5"])
        #expect(task.cooperating == ["Sở Tài chính", "Sở Xây dựng"])
    }

    @Test func twoAgenciesWorkingTogetherStayTwoLeads() {
        #expect(RoleReader.roles(in: "Sở Công Thương và Công an tỉnh phối hợp kiểm tra, xử lý vi phạm.",
                                 leads: ["Sở Công Thương", "Công an tỉnh"], addressees: ["Sở Công Thương", "Công an tỉnh"])
                == RoleReader.Roles(leads: ["Sở Công Thương", "Công an tỉnh"], cooperating: []))
    }

    @Test func theParseJSONAddsCooperatingToEachTask() throws {
        let json = DispatchParser.parse(Self.dispatch).jsonValue(.vi).rendered()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let tasks = try #require(root["tasks"] as? [[String: Any]])
        #expect(tasks.first?["assignees"] as? [String] == ["Công an tỉnh"])
        #expect(tasks.first?["cooperating"] as? [String] == ["Sở Công Thương", "Sở Xây dựng"])
    }

    @Test func dispatch239HasNoCooperatingAgency() throws {
        let parsed = DispatchParser.parse(try DispatchParserTests.fixture("239-UBND-NN.TN.txt"))
        #expect(parsed.tasks.flatMap(\.cooperating).isEmpty)
        #expect(parsed.tasks.last?.assignees == ["Sở Tài nguyên và Môi trường"])
    }
}
