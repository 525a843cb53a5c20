import Testing
@testable import Tracking

/// Pins down the readable form of a report (`report show`): heading, revision and submitter,
/// the five sections in order with "(không có)" for an empty one, and figures with grouped
/// numbers and money, leaving out figures that were not given.
@Suite struct ReportTextTests {
    static let task = DirectiveTask(id: "1", directive: DocumentReference("239/UBND-NN.TN")!, number: "1",
                                    text: "Báo cáo", deadline: Deadline(phrase: "trước ngày 15/02/2025"), assigneeIDs: [])
    static let report = Report(
        taskID: "1", agencyID: "cong-an-tinh", revision: 2,
        content: ReportContent(reference: "12/BC-CAT", date: day("2025-02-12"),
                               sections: [.workDone: "Kiểm tra 20 cơ sở\nLập biên bản", .solutions: "Di dời"],
                               figures: [AreaFigures(areaID: "phong-khe", inspected: 20, finesVND: 1_300_000_000, relocated: 0),
                                         AreaFigures(areaID: "khu-cu", violations: 1_200)]),
        submittedAt: "2025-02-13T09:00:00+07:00", submittedOn: day("2025-02-13"), submittedBy: "nva")

    func render(_ language: Language) -> [String] {
        ReportText(report: Self.report, agency: Fixture.congAn, task: Self.task, areas: Fixture.areas, language: language)
            .render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func vietnamese() {
        #expect(render(.vi) == [
            "Công an tỉnh — 12/BC-CAT ngày 12/02/2025",
            "Nhiệm vụ 1 của 239/UBND-NN.TN · lần 2 · nộp lúc 09:00 13/02/2025 bởi nva",
            "", "CÔNG VIỆC ĐÃ TRIỂN KHAI", "Kiểm tra 20 cơ sở", "Lập biên bản",
            "", "KẾT QUẢ ĐẠT ĐƯỢC", "(không có)",
            "", "BÀI HỌC KINH NGHIỆM", "(không có)",
            "", "NGUYÊN NHÂN TỒN TẠI", "(không có)",
            "", "GIẢI PHÁP THỜI GIAN TỚI", "Di dời",
            "", "SỐ LIỆU THEO KHU VỰC",
            "  Phong Khê",
            "    Cơ sở được kiểm tra: 20",
            "    Tiền phạt (đồng): 1.300.000.000 đ",
            "    Cơ sở di dời: 0",
            "  khu-cu",
            "    Vi phạm phát hiện: 1.200",
            "",
        ])
    }

    @Test func english() {
        let lines = render(.en)
        #expect(lines[0] == "Công an tỉnh — 12/BC-CAT of 12/02/2025")
        #expect(lines[1] == "Task 1 of 239/UBND-NN.TN · revision 2 · submitted 09:00 13/02/2025 by nva")
        #expect(lines.contains("WORK DONE") && lines.contains("(none)") && lines.contains("FIGURES BY AREA"))
        #expect(lines.contains("    Fines (VND): 1.300.000.000 đ"))
    }

    @Test func noFiguresNoFiguresHeading() {
        var report = Self.report
        report.content.figures = []
        let text = ReportText(report: report, agency: Fixture.congAn, task: Self.task, areas: Fixture.areas, language: .vi).render()
        #expect(!text.contains("SỐ LIỆU"))
        #expect(text.hasSuffix("Di dời\n"))
    }
}
