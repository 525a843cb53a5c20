import Foundation
import Testing

/// `report submit`, `report show` and `status` under a `--today` earlier than a stored revision:
/// one view "as of today", and no revision written behind a later one.
@Suite struct AsOfTodayCommandTests {
    /// Công an tỉnh's assignment on task 1, as `status --format json` gives it.
    static func police(_ database: String, today: String) throws -> [String: Any] {
        let status = try TheodoiProcess.run(["status", "--format", "json", "--db", database, "--today", today])
        #expect(status.status == 0, "\(status.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let tasks = try #require((root["directives"] as? [[String: Any]])?.first?["tasks"] as? [[String: Any]])
        let assignments = try #require(tasks.first { $0["number"] as? String == "1" }?["assignments"] as? [[String: Any]])
        return try #require(assignments.first { $0["agency"] as? String == "Công an tỉnh" })
    }

    static func submit(_ folder: TestFolder, today: String, language: String? = nil) throws -> TheodoiProcess.Result {
        let file = try folder.write("r-\(today).json", ReportJSON.valid.replacingOccurrences(of: "2025-02-12", with: "2025-02-10"))
        return try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                       "--db", folder.database, "--today", today] + (language.map { ["--lang", $0] } ?? []))
    }

    /// Before: the revision went in as revision 2 dated 12/02; as of 13/02 `report show` then
    /// found it while `status` said "revision 2" yet not submitted (the first submission, of
    /// the 14th, was still to come).
    @Test func aSubmissionBehindALaterRevisionIsRefusedInTheUsersLanguage() throws {
        let folder = try TestFolder()
        #expect(try Self.submit(folder, today: "2025-02-14").status == 0)

        let refused = try Self.submit(folder, today: "2025-02-12")
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderrLines == ["theodoi: Cơ quan này đã nộp lần 1 ngày 14/02/2025, sau ngày đang xem 12/02/2025: không nộp lùi ngày được."])
        let english = try Self.submit(folder, today: "2025-02-13", language: "en")
        #expect(english.status == 1)
        #expect(english.stderrLines == ["theodoi: This agency already submitted revision 1 on 14/02/2025, after the day being viewed (13/02/2025): a report cannot be backdated."])
        #expect(try BadInputTests.counts(folder.database)[0] == 1)

        // The same day as the later revision is not backdating: it becomes revision 2.
        let sameDay = try Self.submit(folder, today: "2025-02-14")
        #expect(sameDay.status == 0, "\(sameDay.stderr)")
        #expect(sameDay.stdout.contains("lần 2"))
    }

    @Test func statusAndReportShowAgreeAsOfADayBeforeTheFirstRevision() throws {
        let folder = try TestFolder()
        #expect(try Self.submit(folder, today: "2025-02-14").status == 0)
        _ = try Self.submit(folder, today: "2025-02-12")

        let before = try Self.police(folder.database, today: "2025-02-13")
        #expect(before["status"] as? String == "due_soon")
        #expect(before["submitted_at"] is NSNull)
        #expect(before["revision"] as? Int == 0)
        let show = try TheodoiProcess.run(["report", "show", "--task", "1", "--agency", "cong an", "--format", "json",
                                           "--db", folder.database, "--today", "2025-02-13"])
        #expect(show.status == 1)
        #expect(show.stdout.isEmpty)
        #expect(show.stderrLines == ["theodoi: Công an tỉnh chưa nộp báo cáo cho nhiệm vụ 239/UBND-NN.TN #1 tính đến ngày 13/02/2025"])

        let after = try Self.police(folder.database, today: "2025-02-14")
        #expect(after["status"] as? String == "done_on_time")
        #expect(after["revision"] as? Int == 1)
        let shown = try TheodoiProcess.run(["report", "show", "--task", "1", "--agency", "cong an", "--format", "json",
                                            "--db", folder.database, "--today", "2025-02-14"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(report["revision"] as? Int == after["revision"] as? Int)
        #expect(report["submitted_at"] as? String == after["submitted_at"] as? String)
    }

    @Test func anNDJSONLineBehindALaterRevisionIsRefusedWithItsNumber() throws {
        let folder = try TestFolder()
        #expect(try Self.submit(folder, today: "2025-02-14").status == 0)
        let file = try folder.write("bao-cao.ndjson", """
            {"task": "1", "agency": "bao bac ninh", "reference": "6/BC-BBN", "date": "2025-02-11", "results": "Đã đưa tin"}
            {"task": "1", "agency": "cong an", "reference": "13/BC-CAT", "date": "2025-02-12", "results": "Bổ sung"}

            """)
        let result = try TheodoiProcess.run(["report", "submit", "--file", file, "--db", folder.database, "--today", "2025-02-12"])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n") == [
            "dòng 1: Đã nhận báo cáo 6/BC-BBN của Báo Bắc Ninh cho nhiệm vụ 1 (239/UBND-NN.TN), lần 1, ngày 12/02/2025.",
            "Đã nhận 1 báo cáo, từ chối 1 (dòng 2).",
        ])
        #expect(result.stderrLines == ["theodoi: dòng 2: Cơ quan này đã nộp lần 1 ngày 14/02/2025, sau ngày đang xem 12/02/2025: không nộp lùi ngày được."])
    }
}
