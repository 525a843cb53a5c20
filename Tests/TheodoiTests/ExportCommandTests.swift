import Foundation
import Testing

/// `theodoi export`, end to end: each format after a submitted report, `--output`, and an
/// unwritable `--output`.
@Suite struct ExportCommandTests {
    static func submitted() throws -> TestFolder {
        let folder = try TestFolder()
        let file = try folder.write("r.json", ReportJSON.valid)
        let submit = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                             "--db", folder.database, "--today", "2025-02-12"])
        #expect(submit.status == 0, "\(submit.stderr)")
        return folder
    }

    static func export(_ folder: TestFolder, _ format: String, _ extra: [String] = []) throws -> TheodoiProcess.Result {
        try TheodoiProcess.run(["export", "--format", format, "--db", folder.database, "--today", "2025-02-12"] + extra)
    }

    @Test func markdownIsTheConsolidatedReport() throws {
        let folder = try Self.submitted()
        let result = try Self.export(folder, "md")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("# Báo cáo tổng hợp thực hiện văn bản 239/UBND-NN.TN"))
        #expect(result.stdout.contains("Đã báo cáo: 1/14"))
        #expect(result.stdout.contains("| **Tổng cộng** | 20 | 12 | 5 | 1.300.000.000 đ |"))
        #expect(result.stdout.contains("### Công an tỉnh — 12/BC-CAT ngày 12/02/2025"))
        #expect(result.stdout.contains("Kiểm tra 20 cơ sở tái chế giấy"))
        let english = try Self.export(folder, "md", ["--lang", "en"])
        #expect(english.stdout.contains("## Lessons learned"))
    }

    @Test func csvIsTheStatusTable() throws {
        let folder = try Self.submitted()
        let result = try Self.export(folder, "csv")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\u{FEFF}directive,task_number,"))
        #expect(result.stdout.contains(",Công an tỉnh,cong-an-tinh,done_on_time,Hoàn thành đúng hạn,2025-02-14,"))
        #expect(result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + 15)
    }

    @Test func jsonIsEverything() throws {
        let folder = try Self.submitted()
        let result = try Self.export(folder, "json")
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["policy"] as? String == "literal")
        #expect((root["directives"] as? [[String: Any]])?.first?["reference"] as? String == "239/UBND-NN.TN")
        let report = try #require((root["reports"] as? [[String: Any]])?.first)
        #expect(report["reference"] as? String == "12/BC-CAT")
        #expect(report["agency"] as? String == "Công an tỉnh")
        let areas = try #require(root["areas"] as? [[String: Any]])
        #expect(areas.count == 3)
        #expect((areas.first?["totals"] as? [String: Any])?["fines_vnd"] as? Int == 1_300_000_000)
    }

    @Test func icsHasTheDeadlines() throws {
        let folder = try Self.submitted()
        let result = try Self.export(folder, "ics")
        #expect(result.status == 0, "\(result.stderr)")
        let unfolded = result.stdout.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(unfolded.contains("SUMMARY:Hạn: Nhiệm vụ 1 — 239/UBND-NN.TN\r\n"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20250214\r\n"))
        #expect(unfolded.contains("Chưa báo cáo (13/14)"))
        #expect(!unfolded.contains("Công an tỉnh\\,"))
    }

    @Test func outputWritesTheFile() throws {
        let folder = try Self.submitted()
        let path = folder.url.appendingPathComponent("han.ics").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let result = try Self.export(folder, "ics", ["--output", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("BEGIN:VCALENDAR"))
        #expect(written.hasSuffix("END:VCALENDAR\r\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func unwritableOutputExitsOne() throws {
        let folder = try TestFolder()
        let path = folder.url.appendingPathComponent("no-such-folder/out.md").path
        let result = try Self.export(folder, "md", ["--output", path])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("theodoi: "))
        #expect(result.stderr.contains(path))
        #expect(!FileManager.default.fileExists(atPath: path))
        let intoFolder = try Self.export(folder, "md", ["--output", folder.url.path])
        #expect(intoFolder.status == 1)
        #expect(intoFolder.stderrLines.count == 1)
    }
}
