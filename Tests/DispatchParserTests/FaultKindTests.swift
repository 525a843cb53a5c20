import DispatchParser
import Foundation
import Testing
import Tracking

/// The thirteen kinds of fault of issue 10, each on the issue's own small example (and its
/// neighbours): what a person reads in the text, the parser must read too.
@Suite struct FaultKindTests {
    static func parse(_ text: String) -> ParsedDispatch { DispatchParser.parse(text) }

    // 1. An unnumbered task paragraph.
    @Test func anUnnumberedParagraphIsATask() {
        let parsed = Self.parse("""
            Số: 57/VPCP-TH
            Tuyên Quang, ngày 03 tháng 5 năm 2024
            Kính gửi: Sở Y tế
            Phó Chủ tịch Trần Văn Khoa có ý kiến như sau:
            Sở Y tế chủ trì kiểm tra các cơ sở, báo cáo trước ngày 20/6/2024./.
            """)
        #expect(parsed.tasks.count == 1)
        #expect(parsed.tasks.first?.assignees == ["Sở Y tế"])
        #expect(parsed.tasks.first?.deadline?.raw == "trước ngày 20/6/2024")
        #expect(parsed.tasks.first?.deadline?.anchor?.iso == "2024-06-20")
        #expect(parsed.warnings.contains { $0.kind == .paragraphsAsTasks(count: 1) })
    }

    // 2. Deadline forms.
    static func deadline(_ text: String, year: Int = 2024) -> Deadline? {
        let parsed = Self.parse("Số: 1/UBND-VP\nHà Nội, ngày 02 tháng 01 năm \(year)\nKính gửi: Sở Y tế.\n\n1. Giao Sở Y tế \(text)")
        return parsed.tasks.first?.deadline
    }

    @Test(arguments: [
        ("trình UBND tỉnh Quý III năm 2024.", "Quý III năm 2024", "2024-09-30", DeadlineGranularity.quarter),
        ("báo cáo trong quý IV/2024.", "trong quý IV/2024", "2024-12-31", .quarter),
        ("báo cáo trước tháng 9 năm 2024.", "trước tháng 9 năm 2024", "2024-09-30", .month),
        ("báo cáo trong tháng 9/2024.", "trong tháng 9/2024", "2024-09-30", .month),
        ("báo cáo trong tháng 2 năm 2024.", "trong tháng 2 năm 2024", "2024-02-29", .month),
        ("báo cáo trước ngày 10 tháng 11 năm 2024.", "trước ngày 10 tháng 11 năm 2024", "2024-11-10", .day),
        ("báo cáo trước 30/6.", "trước 30/6", "2024-06-30", .day),
        ("hoàn thành trong năm 2025.", "trong năm 2025", "2025-12-31", .year),
        ("báo cáo chậm nhất trước ngày 05/9/2024.", "chậm nhất trước ngày 05/9/2024", "2024-09-05", .day),
        ("báo cáo đến hết ngày 31/10/2024.", "đến hết ngày 31/10/2024", "2024-10-31", .day),
    ])
    func datedForms(text: String, raw: String, date: String, granularity: DeadlineGranularity) {
        let deadline = Self.deadline(text)
        #expect(deadline?.raw == raw)
        #expect(deadline?.anchor?.iso == date)
        #expect(deadline?.granularity == granularity)
    }

    @Test(arguments: [
        ("khẩn trương kiểm tra.", "khẩn trương", DeadlineGranularity.none),
        ("báo cáo ngay về UBND tỉnh.", "ngay", .none),
        ("thực hiện theo quy định.", "theo quy định", .none),
        ("báo cáo kịp thời.", "kịp thời", .none),
        ("trả lời trong thời hạn 10 ngày kể từ ngày nhận được văn bản.", "trong thời hạn 10 ngày kể từ ngày nhận được văn bản", .period),
        ("trình UBND tỉnh trong 30 ngày làm việc.", "trong 30 ngày làm việc", .period),
        ("thẩm định không quá 2 tháng kể từ ngày ban hành văn bản này.", "không quá 2 tháng kể từ ngày ban hành văn bản này", .period),
    ])
    func datelessForms(text: String, raw: String, granularity: DeadlineGranularity) {
        let deadline = Self.deadline(text)
        #expect(deadline?.raw == raw)
        #expect(deadline?.anchor == nil)
        #expect(deadline?.granularity == granularity)
    }

    @Test func recurringForms() {
        #expect(Self.deadline("báo cáo hàng tháng, chậm nhất ngày 20.")?.raw == "hàng tháng, chậm nhất ngày 20")
        #expect(Self.deadline("báo cáo hàng tháng, chậm nhất ngày 20.")?.dayOfMonth == 20)
        #expect(Self.deadline("báo cáo chậm nhất ngày 17 hàng tháng.")?.qualifier == .monthly)
    }

    /// A month or quarter is due at its last day; "trước ngày D" keeps its literal reading.
    @Test func monthAndQuarterAreDueAtTheirLastDay() {
        let calendar = WorkingCalendar(schedule: HolidaySchedule())
        let quarter = Deadline(phrase: "Quý III năm 2024")
        #expect(DeadlinePolicy.literal.dueDate(for: quarter, calendar: calendar)?.iso == "2024-09-30")
        let month = Deadline(phrase: "trước tháng 9 năm 2024")
        #expect(DeadlinePolicy.literal.dueDate(for: month, calendar: calendar)?.iso == "2024-09-30")
        let day = Deadline(phrase: "trước ngày 15/02/2025")
        #expect(day.qualifier == .before && day.granularity == .day)
    }

    @Test func theJSONGivesTheGranularity() throws {
        let parsed = Self.parse("Kính gửi: Sở Y tế.\n\n1. Giao Sở Y tế báo cáo Quý III năm 2024.")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(parsed.jsonValue(.vi).rendered().utf8)) as? [String: Any])
        let task = try #require((root["tasks"] as? [[String: Any]])?.first)
        let deadline = try #require(task["deadline"] as? [String: Any])
        #expect(deadline["granularity"] as? String == "quarter")
        #expect(deadline["date"] as? String == "2024-09-30")
    }

    // 3. Glued words.
    @Test func gluedWords() {
        let parsed = Self.parse("""
            Số: 5/SGDĐT-VP
            Kínhgửi: Sở Xây dựng
            Thực hiện Công văn số2045/BXD-QHKT ngày 20/02/2025, Sở Giáo dục vàĐào tạo đề nghị:
            1. Sở Xây dựng gửi hồ sơ trước ngày 28/3/2025.
            """)
        #expect(parsed.addressees == ["Sở Xây dựng"])
        #expect(parsed.references.map(\.reference.text) == ["2045/BXD-QHKT"])
        #expect(parsed.tasks.first?.assignees == ["Sở Xây dựng"])
    }

    // 4. Table pipes.
    @Test func tablePipes() {
        let parsed = Self.parse("""
            UBND TỈNH KON TUM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            SỞ NỘI VỤ | Độc lập - Tự do - Hạnh phúc |
            Số: 88/SNV-TCCB | Kon Tum, ngày 09 tháng 10 năm 2023 |
            Kính gửi: Sở Tài chính
            1. Sở Tài chính báo cáo trước ngày 20/10/2023.
            Nơi nhận: | TL. GIÁM ĐỐC |
            - Như trên; | TRƯỞNG PHÒNG |
            - Lưu: VT. | Nguyễn Thị Hoa |
            """)
        #expect(parsed.issuer == "UBND TỈNH KON TUM SỞ NỘI VỤ")
        #expect(parsed.place == "Kon Tum")
        #expect(parsed.date?.iso == "2023-10-09")
        #expect(parsed.addressees == ["Sở Tài chính"])
        #expect(parsed.recipients == ["Như trên", "Lưu: VT"])
        #expect(parsed.signer == ParsedDispatch.Signer(authority: "TL. GIÁM ĐỐC", title: "TRƯỞNG PHÒNG", name: "Nguyễn Thị Hoa"))
    }

    // 5. Labels, titles and list items broken across lines.
    @Test func brokenLines() {
        let parsed = Self.parse("""
            Kính gửi:
            - Các Sở: Tư pháp, Giáo dục và
            Đào tạo, Nội vụ, Tài chính;
            - Công an tỉnh.

            1. Giao Công an tỉnh kiểm tra, trước ngày 10/3/2025.
            Nơi
            nhận:
            - Như trên;
            - Các Sở Tài nguyên và Môi trường
            các tỉnh, thành phố;
            - Lưu: VT.
            KT. GIÁM
            ĐỐC
            PHÓ GIÁM ĐỐC
            Trần Văn Bình
            """)
        #expect(parsed.addressees == ["Sở Tư pháp", "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Tài chính", "Công an tỉnh"])
        #expect(parsed.recipients == ["Như trên", "Các Sở Tài nguyên và Môi trường các tỉnh, thành phố", "Lưu: VT"])
        #expect(parsed.signer?.name == "Trần Văn Bình")
        let title = Self.parse("Nơi nhận:\n- Lưu: VT.\nGIÁM\nĐỐC\nLê Văn Hải").signer
        #expect(title == ParsedDispatch.Signer(authority: nil, title: "GIÁM ĐỐC", name: "Lê Văn Hải"))
    }

    // 6. Grouped prefixes with a comma.
    @Test func groupedPrefixesWithAComma() {
        let parsed = Self.parse("""
            Kính gửi:
            - Các sở, ban: Nội vụ, Tư pháp, Ban Dân tộc;
            - Ủy ban nhân dân các huyện, thị xã: Yên Minh, Mèo Vạc, thị xã Bắc Mê.
            """)
        #expect(parsed.addressees == ["Sở Nội vụ", "Sở Tư pháp", "Ban Dân tộc", "UBND huyện Yên Minh", "UBND huyện Mèo Vạc",
                                      "UBND thị xã Bắc Mê"])
    }

    // 7. A class of agencies is one addressee, and one assignee.
    @Test func aClassIsOneAddressee() {
        let parsed = Self.parse("""
            Kính gửi:
            - Ủy ban nhân dân các quận, huyện trực thuộc thành phố;
            - UBND các huyện, thị xã, thành phố.

            1. Ủy ban nhân dân các quận, huyện trực thuộc thành phố rà soát, báo cáo trước ngày 30/9/2024.
            """)
        #expect(parsed.addressees == ["Ủy ban nhân dân các quận, huyện trực thuộc thành phố", "UBND các huyện, thị xã, thành phố"])
        #expect(parsed.tasks.first?.assignees == ["Ủy ban nhân dân các quận, huyện trực thuộc thành phố"])
    }

    // 8. Several tasks in one item; items and paragraphs that are not tasks.
    @Test func severalTasksAndNonTasks() {
        let parsed = Self.parse("""
            Kính gửi:
            - Bộ Xây dựng;
            - Ủy ban nhân dân các quận, huyện trực thuộc thành phố.

            1. Đồng ý với đề xuất của Sở Công Thương tại văn bản nêu trên.

            2. Giao Bộ Xây dựng hướng dẫn hồ sơ; đồng thời nghiên cứu, sửa đổi Thông tư số 07/2021/TT-BXD.

            3. Ủy ban nhân dân các quận, huyện trực thuộc thành phố rà soát, báo cáo trước ngày 30/9/2024. Bộ Xây dựng tổng hợp, báo cáo.

            Văn phòng UBND tỉnh thông báo để Sở Xây dựng biết, thực hiện./.
            """)
        #expect(parsed.tasks.map(\.number) == ["2.1", "2.2", "3.1", "3.2"])
        #expect(parsed.tasks.map(\.assignees) == [
            ["Bộ Xây dựng"], ["Bộ Xây dựng"], ["Ủy ban nhân dân các quận, huyện trực thuộc thành phố"], ["Bộ Xây dựng"],
        ])
        #expect(parsed.tasks[2].deadline?.anchor?.iso == "2024-09-30")
        #expect(parsed.tasks[3].deadline == nil)
        #expect(parsed.warnings.contains { $0.kind == .approvalItem(item: "1") })
        #expect(!parsed.tasks.contains { $0.text.contains("thông báo để") })
    }

    @Test func theClosingLineOfANoticeIsNoTask() {
        let parsed = Self.parse("""
            Kính gửi: Sở Công Thương
            Chủ tịch UBND tỉnh có ý kiến như sau:
            Sở Công Thương kiểm tra, báo cáo trước ngày 10/5/2024.
            Văn phòng UBND tỉnh thông báo để Sở Công Thương biết, thực hiện./.
            """)
        #expect(parsed.tasks.count == 1)
    }

    // 9. A signer's name glued to the title.
    @Test func nameGluedToTitle() {
        let parsed = Self.parse("Nơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐCLê Thị Hạnh")
        #expect(parsed.signer == ParsedDispatch.Signer(authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Lê Thị Hạnh"))
    }

    // 10. Dates that cannot be right.
    @Test func impossibleDatesAreNullAndWarned() {
        let parsed = Self.parse("""
            Số: 3/UBND-KT
            Phú Yên, ngày 24 tháng 01 năm 2025
            Kính gửi: Sở Tài chính.

            Thực hiện Công văn số 1120/BTC-ĐT ngày 20 tháng 2 năm 2924 và Công văn số 77/KBNN-KSC ngày 15/3/2025 và số 9/BTC-ĐT ngày 31/02/2024:

            1. Giao Sở Tài chính báo cáo trước ngày 29/02/2025./.
            """)
        #expect(parsed.references.map(\.reference.text) == ["1120/BTC-ĐT", "77/KBNN-KSC", "9/BTC-ĐT"])
        #expect(parsed.references.allSatisfy { $0.date == nil })
        #expect(parsed.tasks.first?.deadline?.raw == "trước ngày 29/02/2025")
        #expect(parsed.tasks.first?.deadline?.anchor == nil)
        #expect(parsed.warnings.map(\.kind).filter { kind in
            switch kind {
            case .citedDateAfterDispatch("1120/BTC-ĐT", "20/02/2924", _), .citedDateAfterDispatch("77/KBNN-KSC", _, _),
                 .citedDateInvalid("9/BTC-ĐT", "31/02/2024"): true
            default: false
            }
        }.count == 3)
        #expect(parsed.warnings.contains { $0.kind == .deadlineNoRealDay(task: "1", phrase: "trước ngày 29/02/2025") })
    }

    // 11. No place or date invented from the body.
    @Test func noPlaceOrDateFromTheBody() {
        let parsed = Self.parse("""
            Số: 4/SXD-QLCL
            Kính gửi: Sở Xây dựng.
            Sở Xây dựng kiểm tra công trình, báo cáo trước ngày 10/5/2024.
            """)
        #expect(parsed.place == nil)
        #expect(parsed.date == nil)
        #expect(parsed.tasks.first?.deadline?.anchor?.iso == "2024-05-10")
    }

    // 12. Laws cited by name.
    @Test func lawsCitedByName() throws {
        let parsed = Self.parse("""
            Kính gửi: Sở Y tế.
            Thực hiện Điều 15 Luật Dược và Nghị định số 54/2017/NĐ-CP ngày 08/5/2017 của Chính phủ, đề nghị:
            1. Sở Y tế kiểm tra, báo cáo trước ngày 15/7/2024.
            """)
        #expect(parsed.lawsCited == ["Luật Dược"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(parsed.jsonValue(.vi).rendered().utf8)) as? [String: Any])
        let references = try #require(root["references"] as? [[String: Any]])
        #expect(references.map { $0["reference"] as? String } == ["Luật Dược", "54/2017/NĐ-CP"])
        #expect(references.first?["date"] is NSNull)
    }
}
