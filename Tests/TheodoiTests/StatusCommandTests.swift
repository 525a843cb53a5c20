import Foundation
import Testing

/// `theodoi status` on a new database, on the days the foundation issue names.
@Suite struct StatusCommandTests {
    static func statuses(_ json: String) throws -> [String: [String]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let directives = try #require(root["directives"] as? [[String: Any]])
        var result: [String: [String]] = [:]
        for task in directives.flatMap({ ($0["tasks"] as? [[String: Any]]) ?? [] }) {
            let number = try #require(task["number"] as? String)
            result[number] = ((task["assignments"] as? [[String: Any]]) ?? []).compactMap { $0["status"] as? String }
        }
        return result
    }

    @Test(arguments: [
        ("2025-01-20", "pending", "pending"),
        ("2025-02-12", "due_soon", "pending"),
        ("2025-02-24", "overdue", "overdue"),
    ])
    func newDatabaseOnKeyDays(today: String, task1: String, task2: String) throws {
        let folder = try TestFolder()
        let result = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", today])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let statuses = try Self.statuses(result.stdout)
        #expect(statuses["1"] == Array(repeating: task1, count: 14))
        #expect(statuses["2"] == [task2])
    }

    @Test func jsonCarriesTheContractFields() throws {
        let folder = try TestFolder()
        let result = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", "2025-02-12"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["today"] as? String == "2025-02-12")
        let directive = try #require((root["directives"] as? [[String: Any]])?.first)
        #expect(directive["reference"] as? String == "239/UBND-NN.TN")
        let task = try #require((directive["tasks"] as? [[String: Any]])?.first)
        #expect(task["due"] as? String == "2025-02-14")
        #expect(task["deadline_raw"] as? String == "trước ngày 15/02/2025")
        let assignment = try #require((task["assignments"] as? [[String: Any]])?.first)
        #expect(assignment["agency"] as? String == "Sở Tài nguyên và Môi trường")
        #expect(assignment["working_days_left"] as? Int == 2)
        #expect(assignment["submitted_at"] is NSNull)
    }

    @Test func lenientPolicyMovesTheSaturdayDeadlineToMonday() throws {
        let folder = try TestFolder()
        let result = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database,
                                             "--today", "2025-02-14", "--policy", "lenient"])
        #expect(result.stdout.contains("\"due\": \"2025-02-17\""))
        #expect(try Self.statuses(result.stdout)["1"]?.first == "due_soon")
    }

    @Test func textIsAVietnameseTable() throws {
        let folder = try TestFolder()
        let result = try TheodoiProcess.run(["status", "--db", folder.database, "--today", "2025-02-12"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Nhiệm vụ 1"))
        #expect(result.stdout.contains("trước ngày 15/02/2025"))
        #expect(result.stdout.contains("Hạn: Thứ Sáu 14/02/2025 (cách hiểu rộng: Thứ Hai 17/02/2025)"))
        #expect(result.stdout.contains("◔ Sắp đến hạn  Công an tỉnh"))
        #expect(result.stdout.contains("còn 2 ngày làm việc (2 ngày)"))
        let english = try TheodoiProcess.run(["status", "--db", folder.database, "--today", "2025-02-12", "--lang", "en"])
        #expect(english.stdout.contains("Due soon"))
        #expect(english.stdout.contains("2 working days left"))
    }

    @Test func plainTheodoiPrintsStatusWhenOutputIsNotATerminal() throws {
        let folder = try TestFolder()
        let result = try TheodoiProcess.run(["--db", folder.database, "--today", "2025-02-24"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Quá hạn"))
        #expect(result.stdout.contains("quá hạn 10 ngày"))
    }

    @Test func environmentSetsTodayAndDatabase() throws {
        let folder = try TestFolder()
        let result = try TheodoiProcess.run(["status", "--format", "json"],
                                            environment: ["THEODOI_DB": folder.database, "THEODOI_TODAY": "2025-02-24"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"today\": \"2025-02-24\""))
        #expect(FileManager.default.fileExists(atPath: folder.database))
    }

    @Test func userHolidayFileExtendsTheCalendar() throws {
        let folder = try TestFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("config/theodoi"), withIntermediateDirectories: true)
        _ = try folder.write("config/theodoi/holidays.txt", "# nghỉ đột xuất\nnghỉ 13/02/2025 Nghỉ bù\n")
        let environment = ["XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path]
        let result = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", "2025-02-12"],
                                            environment: environment)
        #expect(result.stdout.contains("\"working_days_left\": 1"))

        _ = try folder.write("config/theodoi/holidays.txt", "nghỉ 13/02/2025 Nghỉ bù\nnghi 2025-13-01 sai\n")
        let broken = try TheodoiProcess.run(["status", "--db", folder.database], environment: environment)
        #expect(broken.status == 1)
        #expect(broken.stderrLines.count == 1)
        #expect(broken.stderr.contains("holidays.txt:2:"))
    }
}

/// `--directive REF` on `status` and `export`: one directive's part of the whole, and a clear
/// line for a reference the store does not hold.
@Suite struct DirectiveScopeCommandTests {
    @Test func statusAndExportNarrowToOneDirective() throws {
        let folder = try TestFolder()
        let imported = try TheodoiProcess.run(["import", ImportCommandTests.synthetic, "--db", folder.database, "--today", "2025-02-21"])
        #expect(imported.status == 0, "\(imported.stderr)")
        func references(_ arguments: [String]) throws -> [String?] {
            let result = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", "2025-03-01"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return try #require(root["directives"] as? [[String: Any]]).map { $0["reference"] as? String }
        }
        #expect(try references([]) == ["239/UBND-NN.TN", "45/STNMT-MT"])
        #expect(try references(["--directive", "45/STNMT-MT"]) == ["45/STNMT-MT"])
        // Named in any order, any case: listed by date as always.
        #expect(try references(["--directive", "45/stnmt-mt", "--directive", "239/UBND-NN.TN"]) == ["239/UBND-NN.TN", "45/STNMT-MT"])

        // The text form walks the store in chunks and still prints one header.
        let text = try TheodoiProcess.run(["status", "--db", folder.database, "--today", "2025-03-01", "--directive", "45/STNMT-MT"])
        #expect(text.stdout.components(separatedBy: "Hôm nay:").count == 2)
        #expect(text.stdout.contains("45/STNMT-MT"))
        #expect(!text.stdout.contains("239/UBND-NN.TN ngày"))

        let csv = try TheodoiProcess.run(["export", "--format", "csv", "--directive", "239/UBND-NN.TN", "--db", folder.database,
                                          "--today", "2025-03-01"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.contains("239/UBND-NN.TN"))
        #expect(!csv.stdout.contains("45/STNMT-MT"))

        let unknown = try TheodoiProcess.run(["status", "--directive", "999/XYZ", "--db", folder.database, "--today", "2025-03-01"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("theodoi: không có văn bản chỉ đạo \"999/XYZ\""), "\(unknown.stderr)")
        #expect(unknown.stderr.split(separator: "\n").count == 1)
    }
}

/// `report show --directive REF --task N`: the task's number within that directive; and what had
/// been submitted by `--today`.
@Suite struct ReportShowDirectiveTests {
    @Test func aTaskNumberIsReadInTheNamedDirective() throws {
        let folder = try TestFolder()
        #expect(try TheodoiProcess.run(["import", ImportCommandTests.synthetic, "--db", folder.database, "--today", "2025-02-21"]).status == 0)
        let file = try folder.write("r.json", #"{"reference": "7/BC-CAT", "date": "2025-02-22", "results": "Đã kiểm tra"}"#)
        let submit = try TheodoiProcess.run(["report", "submit", "--task", "45/STNMT-MT#1", "--agency", "cong an", "--file", file,
                                             "--db", folder.database, "--today", "2025-02-22"])
        #expect(submit.status == 0, "\(submit.stderr)")

        let shown = try TheodoiProcess.run(["report", "show", "--directive", "45/STNMT-MT", "--task", "1", "--agency", "cong an",
                                            "--format", "json", "--db", folder.database, "--today", "2025-02-22"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("\"reference\": \"7/BC-CAT\""))
        // Task 1 of 239 has no report from Công an: exit 1 with one line.
        let other = try TheodoiProcess.run(["report", "show", "--directive", "239/UBND-NN.TN", "--task", "1", "--agency", "cong an",
                                            "--db", folder.database, "--today", "2025-02-22"])
        #expect(other.status == 1)
        // Before the day it was sent, there was nothing to show.
        let earlier = try TheodoiProcess.run(["report", "show", "--directive", "45/STNMT-MT", "--task", "1", "--agency", "cong an",
                                              "--db", folder.database, "--today", "2025-02-21"])
        #expect(earlier.status == 1)
        #expect(earlier.stderr.split(separator: "\n").count == 1)
    }
}
