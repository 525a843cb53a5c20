import Foundation
import Testing

/// Successors report on their predecessors' assignments (issue 11 item 4), end to end on dispatch
/// 239: from 01/03/2025 Sở Nông nghiệp và Môi trường holds Sở TN&MT's duties, Sở Tài chính Sở
/// KH&ĐT's, and Sở KH&CN and Sở VHTT&DL share Sở TT&TT's (one-to-many).
@Suite struct SuccessorReportTests {
    static let report = """
        {"reference": "45/BC-SNNMT", "date": "2025-03-10", "results": "Đã tổng hợp báo cáo của các cơ quan."}
        """

    static func submit(_ folder: TestFolder, task: String, agency: String, today: String, file: String,
                       environment: [String: String] = [:]) throws -> TheodoiProcess.Result {
        try TheodoiProcess.run(["report", "submit", "--task", task, "--agency", agency, "--file", file,
                                "--db", folder.database, "--today", today], environment: environment)
    }

    static func assignments(_ folder: TestFolder, task: Int, today: String) throws -> [[String: Any]] {
        let result = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", today])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let directive = (json?["directives"] as? [[String: Any]])?.first
        let tasks = directive?["tasks"] as? [[String: Any]]
        return tasks?[task - 1]["assignments"] as? [[String: Any]] ?? []
    }

    @Test func theSuccessorReportsOnTask2FromTheSuccessionsDay() throws {
        let folder = try TestFolder()
        let file = try folder.write("r.json", Self.report)

        // Before 01/03/2025: refused with the day it may report from, nothing written.
        let early = try Self.submit(folder, task: "2", agency: "so nong nghiep", today: "2025-02-24", file: file)
        #expect(early.status == 1)
        #expect(early.stderrLines.map(String.init) == [
            "theodoi: Sở Nông nghiệp và Môi trường chỉ báo cáo thay Sở Tài nguyên và Môi trường từ ngày 01/03/2025, "
                + "ngày nhận nhiệm vụ của Sở Tài nguyên và Môi trường; hôm nay là 24/02/2025",
        ])
        #expect(try Self.assignments(folder, task: 2, today: "2025-02-24").first?["revision"] as? Int == 0)

        // From it: stored on Sở TN&MT's assignment, with who sent it.
        let stored = try Self.submit(folder, task: "2", agency: "Sở Nông nghiệp và Môi trường", today: "2025-03-10", file: file)
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stdout.contains("của Sở Nông nghiệp và Môi trường (thay Sở Tài nguyên và Môi trường) cho nhiệm vụ 2"))
        let row = try #require(try Self.assignments(folder, task: 2, today: "2025-03-10").first)
        #expect(row["agency_id"] as? String == "so-tnmt")
        #expect(row["status"] as? String == "done_late")
        #expect(row["reported_by"] as? String == "so-nnmt")
        // The day before the report, nobody had reported.
        #expect(try Self.assignments(folder, task: 2, today: "2025-03-09").first?["reported_by"] is NSNull)

        let text = try TheodoiProcess.run(["status", "--db", folder.database, "--today", "2025-03-10"])
        #expect(text.stdout.contains("Sở Tài nguyên và Môi trường  nộp 10/03/2025 (bởi Sở Nông nghiệp và Môi trường)"))
        let english = try TheodoiProcess.run(["status", "--db", folder.database, "--today", "2025-03-10", "--lang", "en"])
        #expect(english.stdout.contains("(by Sở Nông nghiệp và Môi trường)"))
    }

    @Test func anAgencyThatSucceedsNobodyIsStillNotAssigned() throws {
        let folder = try TestFolder()
        let file = try folder.write("r.json", Self.report)
        let result = try Self.submit(folder, task: "2", agency: "cong an", today: "2025-03-10", file: file)
        #expect(result.status == 1)
        #expect(result.stderrLines.map(String.init) == ["theodoi: Công an tỉnh không được giao nhiệm vụ 239/UBND-NN.TN #2"])
    }

    @Test func withOneToManySuccessionsTheFirstReportCounts() throws {
        let folder = try TestFolder()
        let file = try folder.write("r.json", Self.report)
        let first = try Self.submit(folder, task: "1", agency: "so khoa hoc", today: "2025-03-10", file: file)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try Self.submit(folder, task: "1", agency: "so van hoa", today: "2025-03-11", file: file)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("(thay Sở Thông tin và Truyền thông)"))
        #expect(second.stdout.contains("lần 2"))
        let row = try #require(try Self.assignments(folder, task: 1, today: "2025-03-11").first { $0["agency_id"] as? String == "so-tttt" })
        #expect(row["revision"] as? Int == 2)
        #expect(row["reported_by"] as? String == "so-khcn")
        #expect((row["submitted_at"] as? String)?.hasPrefix("2025-03-10") == true)
    }

    @Test func aReporterOfTheSuccessorMayReportOnThePredecessorsTask() throws {
        let folder = try TestFolder()
        let file = try folder.write("r.json", Self.report)
        let home = folder.url.appendingPathComponent("xdg")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("theodoi"), withIntermediateDirectories: true)
        try Data("[reporters]\n\"so-nnmt\" = [\"\(RolesTests.me)\"]\n".utf8)
            .write(to: home.appendingPathComponent("theodoi/config.toml"))
        let environment = ["XDG_CONFIG_HOME": home.path, "HOME": folder.url.path]

        // Naming the predecessor: the user reports for its successor, so the report is the successor's.
        let stored = try Self.submit(folder, task: "1", agency: "so tai nguyen", today: "2025-03-10", file: file, environment: environment)
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stdout.contains("(thay Sở Tài nguyên và Môi trường)"))
        // Before the succession: the day it may from.
        let early = try Self.submit(folder, task: "2", agency: "so tai nguyen", today: "2025-02-24", file: file, environment: environment)
        #expect(early.status == 1)
        #expect(early.stderr.contains("từ ngày 01/03/2025"))
        // Another agency's task: refused as before.
        let other = try Self.submit(folder, task: "1", agency: "cong an", today: "2025-03-10", file: file, environment: environment)
        #expect(other.status == 1)
        #expect(other.stderr.contains("không có quyền báo cáo cho Công an tỉnh"))
    }

    @Test func remindAfterTheSuccessionChasesTheSuccessors() throws {
        let folder = try TestFolder()
        let list = try TheodoiProcess.run(["remind", "--db", folder.database, "--today", "2025-03-10"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("Sở Tài nguyên và Môi trường → Sở Nông nghiệp và Môi trường"))
        #expect(list.stdout.contains("Sở Kế hoạch và Đầu tư → Sở Tài chính"))
        let draft = try TheodoiProcess.run(["remind", "--db", folder.database, "--today", "2025-03-10", "--format", "md"])
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stdout.contains("| **SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG** |"))
        #expect(draft.stdout.contains("- Các Sở: Nông nghiệp và Môi trường, Tài chính, Xây dựng, Khoa học và Công nghệ, Văn hóa, Thể thao và Du lịch;"))
        #expect(draft.stdout.contains("- Nhiệm vụ 2: Sở Nông nghiệp và Môi trường (thay Sở Tài nguyên và Môi trường)."))
        #expect(draft.stdout.contains("đồng gửi Sở Nông nghiệp và Môi trường để tổng hợp"))
        // Before it, the department of the day.
        let before = try TheodoiProcess.run(["remind", "--db", folder.database, "--today", "2025-02-24", "--format", "md"])
        #expect(before.stdout.contains("| **SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG** |"))
        #expect(!before.stdout.contains("Nông nghiệp và Môi trường"))
    }
}
