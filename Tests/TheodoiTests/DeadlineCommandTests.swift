import Foundation
import Testing

/// Extensions and withdrawals: recorded decisions that keep the original deadline.
@Suite struct DeadlineCommandTests {
    @Test func anExtensionMovesOneAgencysDueDateFromTheDayItIsDecided() throws {
        let folder = try TestFolder()
        let extend = try TheodoiProcess.run(["deadline", "extend", "--task", "1", "--agency", "dai", "--to", "2025-02-28",
                                             "--reference", "512/UBND-NN.TN", "--db", folder.database, "--today", "2025-02-13"])
        #expect(extend.status == 0, "\(extend.stderr)")
        let after = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", "2025-02-24"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        let task = try #require(((root["directives"] as? [[String: Any]])?.first?["tasks"] as? [[String: Any]])?.first)
        #expect(task["deadline_raw"] as? String == "trước ngày 15/02/2025")
        let assignments = try #require(task["assignments"] as? [[String: Any]])
        let dai = try #require(assignments.first { $0["agency_id"] as? String == "dai-ptth" })
        #expect(dai["status"] as? String == "pending")
        #expect(dai["due"] as? String == "2025-02-28")
        #expect(assignments.filter { $0["status"] as? String == "overdue" }.count == 13)
        // Before the decision was taken, the original deadline applied.
        let before = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", "2025-02-12"])
        #expect(!before.stdout.contains("2025-02-28"))
    }

    @Test func aWithdrawalTakesTheAgencyOffTheTask() throws {
        let folder = try TestFolder()
        #expect(try TheodoiProcess.run(["deadline", "withdraw", "--task", "1", "--agency", "bao bac ninh",
                                        "--db", folder.database, "--today", "2025-02-10"]).status == 0)
        let status = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", "2025-02-12"])
        #expect(!status.stdout.contains("\"agency_id\": \"bao-bac-ninh\""))
        #expect(status.stdout.components(separatedBy: "\"status\": \"due_soon\"").count - 1 == 13)
    }

    @Test func anImpossibleDateAndAReporterAreRefused() throws {
        let folder = try TestFolder()
        let bad = try TheodoiProcess.run(["deadline", "extend", "--task", "1", "--agency", "dai", "--to", "2025-02-30", "--db", folder.database])
        #expect(bad.status == 1)
        #expect(bad.stderrLines == ["theodoi: --to: \"2025-02-30\" không phải ngày có thật (YYYY-MM-DD hoặc dd/mm/yyyy)"])
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("config/theodoi"), withIntermediateDirectories: true)
        _ = try folder.write("config/theodoi/config.toml", "[reporters]\n\"Đài Phát thanh và Truyền hình tỉnh\" = [\"\(SystemUserName.current)\"]\n")
        let refused = try TheodoiProcess.run(["deadline", "extend", "--task", "1", "--agency", "dai", "--to", "2025-02-28", "--db", folder.database],
                                             environment: ["XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("không có quyền quyết định thời hạn"))
        #expect(try BadInputTests.counts(folder.database)[2] == 1)   // only the seed in the audit trail
    }
}
