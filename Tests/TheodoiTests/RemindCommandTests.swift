import Foundation
import Testing

/// `theodoi remind` end to end: whom to chase on dispatch 239, the reminder dispatch draft,
/// recording a reminder and what it changes (the status JSON, the next list; not the deadline),
/// who may record, and bad input in one line.
@Suite struct RemindCommandTests {
    static func run(_ arguments: [String], _ folder: TestFolder, today: String = "2025-02-17",
                    environment: [String: String] = [:]) throws -> TheodoiProcess.Result {
        try TheodoiProcess.run(["remind"] + arguments + ["--db", folder.database, "--today", today], environment: environment)
    }

    static let addressees = ["Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Tài chính",
                             "Sở Thông tin và Truyền thông", "Công an tỉnh", "Cục Thuế tỉnh",
                             "Viện Nghiên cứu phát triển kinh tế xã hội tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Báo Bắc Ninh",
                             "Cổng Thông tin điện tử tỉnh", "UBND thành phố Bắc Ninh", "UBND huyện Tiên Du", "UBND huyện Yên Phong"]

    @Test func on17FebruaryEveryAddresseeIsOverdueOnTask1() throws {
        let folder = try TestFolder()
        let result = try Self.run([], folder)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Cần đôn đốc — Thứ Hai 17/02/2025 · quá hạn, rồi đến hạn trong 3 ngày làm việc")
        #expect(lines.contains("Nhiệm vụ 1 — trước ngày 15/02/2025 · hạn Thứ Sáu 14/02/2025"))
        let overdue = lines.filter { $0.hasPrefix("  ✗ Quá hạn") }
        #expect(overdue.count == 14)
        for name in Self.addressees {
            #expect(overdue.contains { $0.contains(name) && $0.hasSuffix("quá hạn 3 ngày (1 ngày làm việc) · chưa đôn đốc") }, "\(name)")
        }
        // Then task 2, due Wednesday 19/02: Sở TN&MT, due soon.
        #expect(lines.contains("Nhiệm vụ 2 — trước ngày 20/02/2025 · hạn Thứ Tư 19/02/2025"))
        #expect(lines.last == "  ◔ Sắp đến hạn  Sở Tài nguyên và Môi trường  còn 2 ngày làm việc (2 ngày) · chưa đôn đốc")

        let english = try Self.run(["--lang", "en", "--within", "1"], folder)
        #expect(english.stdout.hasPrefix("To chase — Monday 17/02/2025 · overdue, then due within 1 working days"))
        #expect(english.stdout.contains("overdue 3 days (1 working days) · not reminded yet"))
        #expect(!english.stdout.contains("Task 2"))   // due in 2 working days, outside a window of 1

        let early = try Self.run([], folder, today: "2025-01-20")
        #expect(early.status == 0)
        #expect(early.stdout.contains("Không có cơ quan nào quá hạn hoặc đến hạn trong 3 ngày làm việc tính đến 20/01/2025."))
    }

    @Test func theMarkdownDraftHasTheLayoutOfNghiDinh30() throws {
        let folder = try TestFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("config/theodoi"), withIntermediateDirectories: true)
        _ = try folder.write("config/theodoi/config.toml", """
            [signer]
            issuer = "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"
            authority = "KT. GIÁM ĐỐC"
            title = "PHÓ GIÁM ĐỐC"
            name = "Nguyễn Văn A"

            """)
        let output = folder.url.appendingPathComponent("don-doc.md").path
        let result = try Self.run(["--directive", "239/UBND-NN.TN", "--format", "md", "--output", output, "--lang", "en"], folder,
                                  environment: ["XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        // The list first, in the user's language; then the draft, in Vietnamese.
        #expect(lines.first == "# To chase — Monday 17/02/2025 · overdue, then due within 3 working days")
        #expect(lines.contains("## Draft reminder dispatch: 239/UBND-NN.TN"))
        #expect(lines.contains("| UBND TỈNH BẮC NINH | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |"))
        #expect(lines.contains("| **SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG** | **Độc lập - Tự do - Hạnh phúc** |"))
        #expect(lines.contains("| Số: …/… |  |"))
        #expect(lines.contains("| V/v đôn đốc báo cáo thực hiện Công văn số 239/UBND-NN.TN ngày 17/01/2025 | *Bắc Ninh, ngày … tháng … năm …* |"))
        let kinhGui = try #require(lines.firstIndex(of: "Kính gửi:"))
        #expect(Array(lines[(kinhGui + 1)...(kinhGui + 8)]) == [
            "- Các Sở: Tài nguyên và Môi trường, Kế hoạch và Đầu tư, Xây dựng, Tài chính, Thông tin và Truyền thông;",
            "- Công an tỉnh;", "- Cục Thuế tỉnh;", "- Viện Nghiên cứu phát triển kinh tế xã hội tỉnh;",
            "- Đài Phát thanh và Truyền hình tỉnh;", "- Báo Bắc Ninh;", "- Cổng Thông tin điện tử tỉnh;",
            "- UBND thành phố Bắc Ninh, huyện Tiên Du và huyện Yên Phong.",
        ])
        let body = try #require(lines.first { $0.hasPrefix("Theo Công văn số 239/UBND-NN.TN ngày 17/01/2025 về việc báo cáo kết quả 05 tháng") })
        #expect(body.contains("nhiệm vụ 1: “Giao các Sở, ngành, địa phương liên quan báo cáo kết quả sau 05 tháng"))
        #expect(body.contains("trước ngày 15/02/2025”"))
        #expect(lines.contains("Đến ngày 17/02/2025, đã quá thời hạn nêu trên nhưng các cơ quan, đơn vị chưa gửi báo cáo."))
        // The new date: three working days after Monday 17/02.
        #expect(lines.contains { $0.hasPrefix("Để kịp thời tổng hợp") && $0.hasSuffix("chậm nhất ngày 20/02/2025.") })
        #expect(lines.contains("| ***Nơi nhận:*** | **KT. GIÁM ĐỐC** |"))
        #expect(lines.contains("| - Như trên; | **PHÓ GIÁM ĐỐC** |"))
        #expect(lines.contains("| - Thường trực Tỉnh ủy, UBND tỉnh (b/c); |  |"))
        #expect(lines.contains("| - Lưu: VT. | **Nguyễn Văn A** |"))
        // Task 2 is only due soon: one draft, for task 1.
        #expect(lines.filter { $0.hasPrefix("## Draft reminder dispatch") }.count == 1)
        #expect(!lines.contains { $0.contains("nhiệm vụ 2") })
    }

    @Test func aRecordedReminderShowsInTheStatusJSONAndTheNextListButIsNoExtension() throws {
        let folder = try TestFolder()
        let record = try Self.run(["--record", "--reference", "12/STNMT-KT", "--directive", "239/UBND-NN.TN", "--task", "1"], folder)
        #expect(record.status == 0, "\(record.stderr)")
        #expect(record.stdout == "Đã ghi công văn đôn đốc 12/STNMT-KT ngày 17/02/2025 (nhiệm vụ 1 của 239/UBND-NN.TN): 14 cơ quan, hẹn báo cáo chậm nhất 20/02/2025.\n")
        let second = try Self.run(["--record", "--reference", "15/STNMT-KT", "--agency", "cong an", "--asked-by", "2025-02-21"], folder,
                                  today: "2025-02-19")
        #expect(second.status == 0, "\(second.stderr)")

        let status = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", "2025-02-20"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let tasks = try #require((root["directives"] as? [[String: Any]])?.first?["tasks"] as? [[String: Any]])
        let assignments = try #require(tasks.first?["assignments"] as? [[String: Any]])
        let police = try #require(assignments.first { $0["agency_id"] as? String == "cong-an-tinh" })
        let reminders = try #require(police["reminders"] as? [[String: Any]])
        #expect(reminders.count == 2)
        #expect(reminders[0]["reference"] as? String == "12/STNMT-KT")
        #expect(reminders[0]["date"] as? String == "2025-02-17")
        #expect(reminders[0]["asked_by"] as? String == "2025-02-20")
        #expect(reminders[1]["asked_by"] as? String == "2025-02-21")
        // Not an extension: still overdue against 14/02.
        #expect(police["status"] as? String == "overdue")
        #expect(police["due"] as? String == "2025-02-14")
        #expect(assignments.allSatisfy { ($0["reminders"] as? [Any])?.count ?? 0 >= 1 })
        #expect(((tasks[1]["assignments"] as? [[String: Any]])?.first?["reminders"] as? [Any])?.isEmpty == true)

        let next = try Self.run([], folder, today: "2025-02-20")
        #expect(next.stdout.contains { _ in true })
        let lines = next.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("Công an tỉnh") && $0.hasSuffix("đã đôn đốc 2 lần, gần nhất 19/02") })
        #expect(lines.contains { $0.contains("Báo Bắc Ninh") && $0.hasSuffix("đã đôn đốc 1 lần, gần nhất 17/02") })
        // The same reference twice: refused, nothing written.
        let again = try Self.run(["--record", "--reference", "12/STNMT-KT"], folder, today: "2025-02-20")
        #expect(again.status == 1)
        #expect(again.stderrLines == ["theodoi: công văn đôn đốc 12/STNMT-KT đã được ghi (ngày 17/02/2025); không ghi gì"])
        #expect(try BadInputTests.counts(folder.database)[2] == 3)   // the seed and two reminders
    }

    @Test func aViewerMayListButNotRecord() throws {
        let folder = try TestFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("config/theodoi"), withIntermediateDirectories: true)
        _ = try folder.write("config/theodoi/config.toml", "[roles]\nviewers = [\"*\"]\n")
        let environment = ["XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path]
        #expect(try Self.run([], folder, environment: environment).status == 0)
        let refused = try Self.run(["--record", "--reference", "12/STNMT-KT"], folder, environment: environment)
        #expect(refused.status == 1)
        #expect(refused.stderrLines == ["theodoi: người dùng \(SystemUserName.current) không có quyền ghi công văn đôn đốc (cần vai trò coordinators hoặc admins)"])
        #expect(try BadInputTests.counts(folder.database)[2] == 1)   // only the seed in the audit trail
    }

    @Test func badInputIsOneClearLine() throws {
        let folder = try TestFolder()
        let cases: [([String], Int32, String)] = [
            (["--directive", "999/UBND-XX"], 1, "theodoi: "),
            (["--as-of", "2025-02-30"], 1, "theodoi: --as-of: \"2025-02-30\" không phải ngày có thật (YYYY-MM-DD hoặc dd/mm/yyyy)"),
            (["--within", "ba"], 1, "theodoi: --within: \"ba\" không phải số ngày làm việc (0 đến 60)"),
            (["--asked-by", "2025-02-10"], 1, "theodoi: --asked-by: 10/02/2025 trước ngày 17/02/2025 (--as-of); hẹn báo cáo phải từ ngày đó trở đi"),
            (["--record", "--reference", "12/STNMT-KT", "--date", "17/13/2025"], 1,
             "theodoi: --date: \"17/13/2025\" không phải ngày có thật (YYYY-MM-DD hoặc dd/mm/yyyy)"),
            (["--record", "--reference", "  "], 1, "theodoi: --reference không được để trống"),
            (["--record", "--reference", "1/X", "--agency", "so khong co"], 1, "theodoi: "),
        ]
        for (arguments, status, prefix) in cases {
            let result = try Self.run(arguments, folder)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderrLines.count == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderrLines.first?.hasPrefix(prefix) == true, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
        #expect(try Self.run(["--directive", "999/UBND-XX"], folder).stderr.contains("999/UBND-XX"))
        // Nobody overdue on 12/02: recording says so and writes nothing.
        let nobody = try Self.run(["--record", "--reference", "1/X"], folder, today: "2025-02-12")
        #expect(nobody.status == 1)
        #expect(nobody.stderrLines == ["theodoi: không có cơ quan nào quá hạn ở 239/UBND-NN.TN tính đến 12/02/2025; không ghi gì"])
        // Usage errors: --record without a reference, recording options without --record.
        let usage = try Self.run(["--record"], folder)
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("--record cần --reference"))
        #expect(try Self.run(["--agency", "cong an"], folder).status == 2)
        #expect(try BadInputTests.counts(folder.database)[2] == 1)
    }

    @Test func aMisspeltSignerKeyIsRefusedAtItsLine() throws {
        let folder = try TestFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("config/theodoi"), withIntermediateDirectories: true)
        _ = try folder.write("config/theodoi/config.toml", "[signer]\nissuer = \"SỞ X\"\ntitel = \"GIÁM ĐỐC\"\n")
        let result = try Self.run(["--format", "md"], folder, environment: ["XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("config.toml:3: khóa không xác định \"titel\" trong [signer] (có phải \"title\"?); chỉ có parent, issuer, place, authority, title, name"))
    }
}
