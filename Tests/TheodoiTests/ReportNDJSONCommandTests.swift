import Foundation
import Testing

/// `theodoi report submit --file reports.ndjson`: one report per line, each accepted or refused
/// with its line number.
@Suite struct ReportNDJSONCommandTests {
    /// The latest report of an agency on a task, as `report show --format json` gives it.
    static func latest(_ database: String, task: String, agency: String) throws -> [String: Any] {
        let show = try TheodoiProcess.run(["report", "show", "--task", task, "--agency", agency, "--format", "json",
                                           "--db", database, "--today", "2025-02-12"])
        #expect(show.status == 0, "\(show.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
    }

    static let mixed = """
        {"task": "1", "agency": "cong an", "reference": "12/BC-CAT", "date": "2025-02-10", "results": "Kiểm tra 20 cơ sở", "figures": [{"area": "phong khe", "inspected": 20, "fines_vnd": "1.300.000.000"}]}
        {"task": 1, "agency": "Công an tỉnh", "reference": "13/BC-CAT", "date": "2025-02-12", "results": "Bổ sung số liệu"}
        {"task": "1", "agency": "So Ngoai vu", "reference": "1/BC", "date": "2025-02-12", "results": "x"}

        {"task": "239/UBND-NN.TN#1", "agency": "bao bac ninh", "reference": "5/BC-BBN", "date": "2025-02-11", "results": "x", "figures": [{"area": "phong khe", "fines_vnd": -5}]}
        {"task": "1", "agency": "bao bac ninh", "reference":
        {"task": "239/UBND-NN.TN#1", "agency": "bao bac ninh", "reference": "6/BC-BBN", "date": "2025-02-11", "results": "Đã đưa tin"}
        {"task": "1", "agency": "\\u001b]0;pwned\\u0007", "reference": "1/BC", "date": "2025-02-12", "results": "x"}
        {"task": "1", "agency": "cong an", "reference": "1/BC", "date": "2025-03-12", "results": "x"}
        """

    @Test func goodLinesGoInAndEachBadOneIsNamedByItsLine() throws {
        let folder = try TestFolder()
        let file = try folder.write("bao-cao.ndjson", Self.mixed + "\n")
        let result = try TheodoiProcess.run(["report", "submit", "--file", file, "--db", folder.database, "--today", "2025-02-12"])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n") == [
            "dòng 1: Đã nhận báo cáo 12/BC-CAT của Công an tỉnh cho nhiệm vụ 1 (239/UBND-NN.TN), lần 1, ngày 12/02/2025.",
            "dòng 2: Đã nhận báo cáo 13/BC-CAT của Công an tỉnh cho nhiệm vụ 1 (239/UBND-NN.TN), lần 2, ngày 12/02/2025.",
            "dòng 7: Đã nhận báo cáo 6/BC-BBN của Báo Bắc Ninh cho nhiệm vụ 1 (239/UBND-NN.TN), lần 1, ngày 12/02/2025.",
            "Đã nhận 3 báo cáo, từ chối 5 (dòng 3, 5, 6, 8, 9).",
        ])
        let errors = result.stderrLines
        #expect(errors.count == 5, "\(result.stderr)")
        #expect(errors.allSatisfy { $0.hasPrefix("theodoi: dòng ") })
        #expect(errors[0].hasPrefix("theodoi: dòng 3: không có cơ quan \"So Ngoai vu\" trong nhiệm vụ này"))
        #expect(errors[1] == "theodoi: dòng 5: figures[0].fines_vnd: không được âm (-5)")
        #expect(errors[2].hasPrefix("theodoi: dòng 6: báo cáo không phải JSON hợp lệ"))
        // The escape sequence from the data is shown, not obeyed.
        #expect(errors[3].hasPrefix("theodoi: dòng 8: không có cơ quan \"␛]0;pwned␇\""))
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"))
        #expect(errors[4] == "theodoi: dòng 9: date: ngày 12/03/2025 sau ngày hôm nay (12/02/2025)")

        // Two lines on the same assignment: two revisions, in the file's order.
        let police = try Self.latest(folder.database, task: "1", agency: "cong an")
        #expect(police["revision"] as? Int == 2)
        #expect(police["reference"] as? String == "13/BC-CAT")
        let newspaper = try Self.latest(folder.database, task: "1", agency: "bao bac ninh")
        #expect(newspaper["revision"] as? Int == 1)
        #expect(newspaper["reference"] as? String == "6/BC-BBN")
        #expect(try BadInputTests.counts(folder.database)[0] == 3)
    }

    @Test func taskOrAgencyWithAnNDJSONFileIsAUsageError() throws {
        let folder = try TestFolder()
        let file = try folder.write("bao-cao.ndjson", Self.mixed)
        try TheodoiProcess.run(["status", "--db", folder.database])
        for options in [["--task", "1", "--agency", "cong an"], ["--task", "1"], ["--agency", "cong an"]] {
            let result = try TheodoiProcess.run(["report", "submit"] + options + ["--file", file, "--db", folder.database,
                                                                                  "--today", "2025-02-12", "--lang", "en"])
            #expect(result.status == 2)
            #expect(result.stderr.contains("--task/--agency cannot be used with the NDJSON file \(file)"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        // One of the two with a single report is a usage error too, naming the one missing.
        let single = try folder.write("r.json", ReportJSON.valid)
        let half = try TheodoiProcess.run(["report", "submit", "--task", "1", "--file", single, "--db", folder.database])
        #expect(half.status == 2)
        #expect(half.stderr.contains("thiếu --agency"), "\(half.stderr)")
        #expect(try BadInputTests.counts(folder.database) == [0, 0, 1])
    }

    @Test func standardInputAndEnglish() throws {
        let folder = try TestFolder()
        let lines = """
            {"task": "1", "agency": "cong an", "reference": "12/BC-CAT", "date": "2025-02-12", "results": "Đã kiểm tra"}\r
            \r
            {"task": "2", "agency": "so tai nguyen", "reference": "7/BC-STNMT", "date": "2025-02-12", "work_done": "Tổng hợp"}
            """
        let result = try TheodoiProcess.run(["report", "submit", "--file", "-", "--db", folder.database, "--today", "2025-02-12", "--lang", "en"],
                                            stdin: Data(("\u{FEFF}" + lines).utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.split(separator: "\n") == [
            "line 1: Received report 12/BC-CAT from Công an tỉnh on task 1 (239/UBND-NN.TN), revision 1, dated 12/02/2025.",
            "line 3: Received report 7/BC-STNMT from Sở Tài nguyên và Môi trường on task 2 (239/UBND-NN.TN), revision 1, dated 12/02/2025.",
            "Received 2 reports, refused 0.",
        ])
        #expect(try Self.latest(folder.database, task: "2", agency: "so tai nguyen")["reference"] as? String == "7/BC-STNMT")
    }

    @Test func revisionsFollowTheFileAcrossBatches() throws {
        let folder = try TestFolder()
        // More lines than one transaction takes (500), all on one assignment.
        let count = 1_100
        let text = (1...count).map {
            #"{"task": "239/UBND-NN.TN#1", "agency": "cuc thue", "reference": "\#($0)/BC-CT", "date": "2025-02-12", "results": "lần \#($0)"}"#
        }.joined(separator: "\n")
        let file = try folder.write("thue.jsonl", text)
        let result = try TheodoiProcess.run(["report", "submit", "--file", file, "--db", folder.database, "--today", "2025-02-12"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("Đã nhận \(count) báo cáo, từ chối 0.\n"))
        let latest = try Self.latest(folder.database, task: "1", agency: "cuc thue")
        #expect(latest["revision"] as? Int == count)
        #expect(latest["reference"] as? String == "\(count)/BC-CT")
        #expect(try BadInputTests.counts(folder.database)[0] == count)
    }

    @Test func aViewerIsRefusedOnceAndNothingIsWritten() throws {
        let folder = try TestFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("config/theodoi"), withIntermediateDirectories: true)
        _ = try folder.write("config/theodoi/config.toml", "[roles]\nviewers = [\"*\"]\n")
        let file = try folder.write("bao-cao.ndjson", Self.mixed)
        try TheodoiProcess.run(["status", "--db", folder.database])
        let result = try TheodoiProcess.run(["report", "submit", "--file", file, "--db", folder.database, "--today", "2025-02-12"],
                                            environment: ["XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["theodoi: người dùng \(SystemUserName.current) chỉ có quyền xem"])
        #expect(try BadInputTests.counts(folder.database) == [0, 0, 1])
    }
}
