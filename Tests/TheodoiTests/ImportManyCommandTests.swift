import Foundation
import GRDB
import Testing

/// `theodoi import FILE…`: several dispatches in one run, each in its own transaction.
@Suite struct ImportManyCommandTests {
    static let synthetic = ImportCommandTests.synthetic
    static let dispatch239 = ImportCommandTests.dispatch239

    /// A second dispatch, written for these tests (no real document): it names an agency the
    /// synthetic dispatch creates (Sở Công Thương) and one nobody has yet (UBND thị xã Quế Võ).
    static let second = """
        UBND TỈNH BẮC NINH
        SỞ CÔNG THƯƠNG
        -------
        |
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ---------------
        |
        Số: 18/SCT-QLCN
        V/v rà soát an toàn phòng cháy tại các cơ sở tái chế nhựa
        |
        Bắc Ninh, ngày 03 tháng 3 năm 2025
        |
        Kính gửi:
        - Công an tỉnh;
        - Sở Công Thương;
        - UBND thị xã Quế Võ.

        Để phòng ngừa cháy nổ tại các cơ sở tái chế nhựa trên địa bàn, Sở Công Thương đề nghị:

        1. Công an tỉnh chủ trì kiểm tra việc chấp hành quy định phòng cháy, chữa cháy tại các cơ sở tái chế nhựa, báo cáo kết quả trước ngày 20/3/2025.

        2. UBND thị xã Quế Võ lập danh sách các cơ sở tái chế nhựa chưa có giấy phép môi trường, gửi Sở Công Thương trước ngày 31/3/2025.

        Trân trọng./.
        Nơi nhận:
        GIÁM ĐỐC
        - Như trên;
        - Lưu: VT, QLCN.
        [daky]
        Trần Thị Bình
        """

    /// The directives' references in `status --format json`, and every agency id assigned.
    static func stored(_ database: String) throws -> (references: [String], agencyIDs: [String]) {
        let status = try TheodoiProcess.run(["status", "--format", "json", "--db", database, "--today", "2025-03-05"])
        #expect(status.status == 0, "\(status.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let directives = try #require(root["directives"] as? [[String: Any]])
        let agencies = directives.flatMap { ($0["tasks"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["assignments"] as? [[String: Any]]) ?? [] }
            .compactMap { $0["agency_id"] as? String }
        return (directives.compactMap { $0["reference"] as? String }, agencies)
    }

    static func agencyCount(_ database: String) throws -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: database, configuration: configuration).read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM agency") ?? -1
        }
    }

    @Test func severalDispatchesInOneRun() throws {
        let folder = try TestFolder()
        let second = try folder.write("18-SCT.txt", Self.second)
        try TheodoiProcess.run(["status", "--db", folder.database])
        let agenciesBefore = try Self.agencyCount(folder.database)

        let result = try TheodoiProcess.run(["import", Self.synthetic, second, "--db", folder.database, "--today", "2025-03-05"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        // Each file's part, in order, then the totals: 3 + 2 tasks, 5 + 2 assignments, and
        // Sở Công Thương created by the first and matched (not created again) by the second.
        #expect(result.stdout.contains("Tệp \(second):\nĐã nhập văn bản chỉ đạo:\n  18/SCT-QLCN"))
        #expect(result.stdout.hasSuffix("Tổng cộng: đã nhập 2 văn bản, từ chối 0; 5 nhiệm vụ, 7 lượt giao, 2 cơ quan tạo mới.\n"),
                "\(result.stdout)")
        let secondPart = try #require(result.stdout.components(separatedBy: "Tệp \(second):").last)
        #expect(secondPart.contains("Cơ quan đã có (2):\n  - Công an tỉnh [cong-an-tinh]\n  - Sở Công Thương [so-cong-thuong]"))

        let (references, agencyIDs) = try Self.stored(folder.database)
        #expect(references == ["239/UBND-NN.TN", "45/STNMT-MT", "18/SCT-QLCN"])
        #expect(agencyIDs.contains("ubnd-thi-xa-que-vo"))
        #expect(!agencyIDs.contains("so-cong-thuong-2"))
        #expect(try Self.agencyCount(folder.database) == agenciesBefore + 2)
        // One import audit entry per file: two transactions.
        #expect(try BadInputTests.counts(folder.database)[2] == 3)
    }

    @Test func brokenFilesAreNamedAndTheOthersStillGoIn() throws {
        let folder = try TestFolder()
        let noTasks = try folder.write("khong-nhiem-vu.txt", "Số: 12/UBND-VP\nV/v thử\n")
        let notUTF8 = folder.url.appendingPathComponent("tcvn3.txt").path
        try Data([0x53, 0xE8, 0x3A, 0x20, 0x31, 0x32, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: notUTF8))
        let missing = folder.url.appendingPathComponent("khong-co.txt").path
        let second = try folder.write("18-SCT.txt", Self.second)

        let result = try TheodoiProcess.run(["import", noTasks, Self.synthetic, notUTF8, missing, Self.dispatch239, second,
                                             "--db", folder.database, "--today", "2025-03-05", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "theodoi: \(noTasks): no numbered task was found; nothing imported",
            "theodoi: \(notUTF8): not UTF-8 text (save it as UTF-8); nothing imported",
            "theodoi: cannot read \(missing): no such file or folder",
            "theodoi: \(Self.dispatch239): document 239/UBND-NN.TN is already in the database (already imported); nothing was written",
        ])
        #expect(result.stdout.hasSuffix("In all: 2 imported, 4 refused (\(noTasks), \(notUTF8), \(missing), \(Self.dispatch239)); "
                                        + "5 tasks, 7 assignments, 2 agencies created.\n"), "\(result.stdout)")
        #expect(try Self.stored(folder.database).references == ["239/UBND-NN.TN", "45/STNMT-MT", "18/SCT-QLCN"])
        #expect(try BadInputTests.counts(folder.database)[2] == 3)
    }

    @Test func dryRunOfSeveralWritesNothingAndCountsWhatTheFirstWouldStore() throws {
        let folder = try TestFolder()
        let second = try folder.write("18-SCT.txt", Self.second)
        // The same file twice: the second time it is already "stored" in the dry run.
        let result = try TheodoiProcess.run(["import", Self.synthetic, second, second, "--dry-run",
                                             "--db", folder.database, "--today", "2025-03-05"])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["theodoi: \(second): văn bản 18/SCT-QLCN đã có trong cơ sở dữ liệu (đã nhập trước đó); không ghi gì"])
        let secondPart = try #require(result.stdout.components(separatedBy: "Tệp \(second):").dropFirst().first)
        #expect(secondPart.contains("Chạy thử"))
        #expect(secondPart.contains("Cơ quan đã có (2):\n  - Công an tỉnh [cong-an-tinh]\n  - Sở Công Thương [so-cong-thuong]"))
        #expect(result.stdout.hasSuffix("Tổng cộng (chạy thử, không ghi gì): sẽ nhập 2 văn bản, từ chối 1 (\(second)); "
                                        + "5 nhiệm vụ, 7 lượt giao, 2 cơ quan tạo mới.\n"), "\(result.stdout)")
        #expect(try Self.stored(folder.database).references == ["239/UBND-NN.TN"])
        #expect(try BadInputTests.counts(folder.database)[2] == 1)
    }

    @Test func standardInputIsOneOfTheFilesAtMostOnce() throws {
        let folder = try TestFolder()
        let result = try TheodoiProcess.run(["import", Self.synthetic, "-", "--db", folder.database, "--today", "2025-03-05", "--lang", "en"],
                                            stdin: Data(Self.second.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("File (standard input):\nImported directive:\n  18/SCT-QLCN"))
        #expect(try Self.stored(folder.database).references == ["239/UBND-NN.TN", "45/STNMT-MT", "18/SCT-QLCN"])

        let twice = try TheodoiProcess.run(["import", "-", "-", "--db", folder.database], stdin: Data(Self.second.utf8))
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("\"-\" (đầu vào chuẩn) chỉ được dùng một lần"))
    }

    @Test func aReporterIsRefusedOnceForAllTheFiles() throws {
        let folder = try TestFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("config/theodoi"), withIntermediateDirectories: true)
        _ = try folder.write("config/theodoi/config.toml", "[reporters]\n\"Công an tỉnh\" = [\"\(SystemUserName.current)\"]\n")
        let second = try folder.write("18-SCT.txt", Self.second)
        let result = try TheodoiProcess.run(["import", Self.synthetic, second, "--db", folder.database],
                                            environment: ["XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("không có quyền nhập văn bản"))
        #expect(result.stdout.isEmpty)
        #expect(try BadInputTests.counts(folder.database)[2] == 1)
    }
}
