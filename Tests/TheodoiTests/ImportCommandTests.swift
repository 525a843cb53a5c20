import Foundation
import Testing

/// `theodoi import FILE [--dry-run]`, run as a user would.
@Suite struct ImportCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("DispatchParserTests/Fixtures")
    static let synthetic = fixtures.appendingPathComponent("synthetic-STNMT-KT.txt").path
    static let dispatch239 = fixtures.appendingPathComponent("239-UBND-NN.TN.txt").path

    @Test func importingADispatchAddsItsTasksToTheStatus() throws {
        let folder = try TestFolder()
        let dry = try TheodoiProcess.run(["import", Self.synthetic, "--dry-run", "--db", folder.database, "--today", "2025-02-21"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Chạy thử"))
        #expect(dry.stdout.contains("Sở Công Thương [so-cong-thuong"))
        #expect(try BadInputTests.counts(folder.database)[2] == 1)   // only the seed in the audit trail

        let result = try TheodoiProcess.run(["import", Self.synthetic, "--db", folder.database, "--today", "2025-02-21", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("Imported directive:"))
        #expect(result.stdout.contains("Agencies created (1):"))
        #expect(result.stdout.contains("Parser warnings"))
        #expect(try BadInputTests.counts(folder.database)[2] == 2)

        let status = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", "2025-03-01"])
        #expect(status.status == 0, "\(status.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let directives = try #require(root["directives"] as? [[String: Any]])
        #expect(directives.map { $0["reference"] as? String } == ["239/UBND-NN.TN", "45/STNMT-MT"])
        let tasks = try #require(directives.last?["tasks"] as? [[String: Any]])
        #expect(tasks.count == 3)
        let agencies = tasks.map { task in
            ((task["assignments"] as? [[String: Any]]) ?? []).compactMap { $0["agency_id"] as? String }
        }
        #expect(agencies == [["cong-an-tinh", "so-cong-thuong"], ["ubnd-tien-du", "ubnd-yen-phong"], ["so-xd"]])
        #expect(tasks.map { $0["deadline_raw"] as? String } == ["chậm nhất ngày 10 hàng tháng", "trước ngày 05/3/2025", "kịp thời"])
    }

    @Test func importing239AgainIsRefused() throws {
        let folder = try TestFolder()
        let result = try TheodoiProcess.run(["import", Self.dispatch239, "--db", folder.database])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["theodoi: văn bản 239/UBND-NN.TN đã có trong cơ sở dữ liệu (đã nhập trước đó); không ghi gì"])
        #expect(try BadInputTests.counts(folder.database)[2] == 1)
    }

    @Test func aTextWithoutTasksIsRefused() throws {
        let folder = try TestFolder()
        let path = try folder.write("empty.txt", "Số: 12/UBND-VP\nV/v thử\n")
        let result = try TheodoiProcess.run(["import", path, "--db", folder.database, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["theodoi: \(path): no numbered task was found; nothing imported"])
    }

    @Test func aReporterMayNotImport() throws {
        let folder = try TestFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("config/theodoi"), withIntermediateDirectories: true)
        _ = try folder.write("config/theodoi/config.toml", "[reporters]\n\"Công an tỉnh\" = [\"\(SystemUserName.current)\"]\n")
        let result = try TheodoiProcess.run(["import", Self.synthetic, "--db", folder.database],
                                            environment: ["XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("không có quyền nhập văn bản"))
        #expect(try BadInputTests.counts(folder.database)[2] == 1)
    }
}
