import Foundation
import GRDB
import Testing

/// `theodoi report submit` and `report show`, end to end.
@Suite struct ReportCommandTests {
    @Test func submitOnTimeThenShow() throws {
        let folder = try TestFolder()
        let file = try folder.write("r.json", ReportJSON.valid)
        let submit = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                             "--db", folder.database, "--today", "2025-02-12"])
        #expect(submit.status == 0, "\(submit.stderr)")
        #expect(submit.stdout.contains("Công an tỉnh"))

        let status = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", "2025-02-12"])
        let statuses = try StatusCommandTests.statuses(status.stdout)
        #expect(statuses["1"]?.filter { $0 == "done_on_time" }.count == 1)
        #expect(statuses["1"]?.filter { $0 == "due_soon" }.count == 13)

        let show = try TheodoiProcess.run(["report", "show", "--task", "1", "--agency", "Công an tỉnh", "--format", "json",
                                           "--db", folder.database, "--today", "2025-02-12"])
        #expect(show.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(report["reference"] as? String == "12/BC-CAT")
        #expect(report["revision"] as? Int == 1)
        #expect((report["submitted_at"] as? String)?.hasPrefix("2025-02-12T") == true)
        #expect(report["submitted_by"] as? String != nil)
        let figures = try #require(report["figures"] as? [[String: Any]])
        #expect(figures.count == 3)
        #expect(figures[1]["fines_vnd"] as? Int == 340_000_000)

        let text = try TheodoiProcess.run(["report", "show", "--task", "1", "--agency", "cong an", "--db", folder.database])
        #expect(text.stdout.contains("KẾT QUẢ ĐẠT ĐƯỢC"))
        #expect(text.stdout.contains("1.300.000.000 đ"))
    }

    @Test func submitLateFromStandardInput() throws {
        let folder = try TestFolder()
        let submit = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", "-",
                                             "--db", folder.database, "--today", "2025-02-24"], stdin: Data(ReportJSON.valid.utf8))
        #expect(submit.status == 0, "\(submit.stderr)")
        let status = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", "2025-02-24"])
        #expect(try StatusCommandTests.statuses(status.stdout)["1"]?.filter { $0 == "done_late" }.count == 1)
    }

    @Test func showWithoutAReportExitsOne() throws {
        let folder = try TestFolder()
        let show = try TheodoiProcess.run(["report", "show", "--task", "1", "--agency", "bao bac ninh", "--db", folder.database])
        #expect(show.status == 1)
        #expect(show.stdout.isEmpty)
        #expect(show.stderrLines == ["theodoi: Báo Bắc Ninh chưa nộp báo cáo cho nhiệm vụ 239/UBND-NN.TN #1"])
    }

    @Test func escapeSequencesInAReportAreShownNotObeyed() throws {
        let folder = try TestFolder()
        let file = try folder.write("r.json", """
            {"reference": "1/BC", "date": "2025-02-12", "results": "OK \\u001b]0;pwned\\u0007 \\u001b[31mđỏ"}
            """)
        let submit = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                             "--db", folder.database, "--today", "2025-02-12"])
        // Refused on input (the field and the character named) ...
        #expect(submit.status == 1)
        #expect(submit.stderr.hasPrefix("theodoi: results: có ký tự điều khiển U+001B"))
        // ... and, where a store still holds them (written before, or by hand), shown, never obeyed.
        let clean = try folder.write("ok.json", #"{"reference": "1/BC", "date": "2025-02-12", "results": "OK"}"#)
        #expect(try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", clean,
                                        "--db", folder.database, "--today", "2025-02-12"]).status == 0)
        try DatabaseQueue(path: folder.database).write { db in
            try db.execute(sql: "UPDATE report SET results = 'OK ' || char(27) || ']0;pwned' || char(7) || ' ' || char(27) || '[31mđỏ'")
        }
        let show = try TheodoiProcess.run(["report", "show", "--task", "1", "--agency", "cong an", "--db", folder.database])
        #expect(!show.stdout.contains("\u{1B}"))
        #expect(!show.stdout.contains("\u{07}"))
        #expect(show.stdout.contains("OK ␛]0;pwned␇ ␛[31mđỏ"))
    }
}
