import Foundation
import Testing

/// `theodoi area …` and `import --area`, run as a user would: areas belong to directives.
@Suite struct AreaCommandTests {
    static func run(_ arguments: [String], _ folder: TestFolder) throws -> TheodoiProcess.Result {
        try TheodoiProcess.run(arguments + ["--db", folder.database, "--today", "2025-02-21"])
    }

    /// The areas of one directive, as `status --format json` does not show them: from the list.
    static func linkedDirectives(_ folder: TestFolder, area: String) throws -> String {
        let list = try run(["area", "list"], folder)
        let lines = list.stdout.split(separator: "\n").map(String.init)
        guard let index = lines.firstIndex(where: { $0.hasPrefix(area + " [") }) else { return "" }
        return lines[(index + 1)...].first { $0.hasPrefix("  Văn bản: ") } ?? ""
    }

    @Test func importLinksTheAreasItsTextNamesAndSaysSo() throws {
        let folder = try TestFolder()
        let result = try Self.run(["import", ImportCommandTests.synthetic], folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Khu vực đã gắn (2): CCN Phú Lâm, Văn Môn"))
        #expect(result.stdout.contains("Gắn Văn Môn vì tên có trong văn bản; nếu sai: theodoi area unlink 45/STNMT-MT \"Văn Môn\""))
        #expect(try Self.linkedDirectives(folder, area: "Văn Môn").contains("239/UBND-NN.TN, 45/STNMT-MT"))
        #expect(try Self.linkedDirectives(folder, area: "Phong Khê").contains("45/STNMT-MT") == false)
        // The status JSON names each directive's areas (a field added).
        let status = try Self.run(["status", "--format", "json", "--directive", "45/STNMT-MT"], folder)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let directive = try #require((root["directives"] as? [[String: Any]])?.first)
        #expect(directive["areas"] as? [String] == ["CCN Phú Lâm", "Văn Môn"])
    }

    @Test func importTakesAreasByNameAndRefusesAnUnknownOne() throws {
        let folder = try TestFolder()
        let unknown = try Self.run(["import", ImportCommandTests.synthetic, "--area", "Quế Võ"], folder)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "theodoi: không có khu vực \"Quế Võ\"; các khu vực: Phong Khê; CCN Phú Lâm; Văn Môn\n")
        let named = try Self.run(["import", ImportCommandTests.synthetic, "--area", "phong khe", "--lang", "en"], folder)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout.contains("Areas linked (3): Phong Khê, CCN Phú Lâm, Văn Môn"))
        #expect(!named.stdout.contains("Linked Phong Khê because"))   // asked for, not guessed
    }

    @Test func addLinkUnlinkAndList() throws {
        let folder = try TestFolder()
        #expect(try Self.run(["import", ImportCommandTests.synthetic], folder).status == 0)
        let add = try Self.run(["area", "add", "KCN Quế Võ", "--locality", "phường Phương Liễu", "--district", "thị xã Quế Võ",
                           "--industry", "dệt nhuộm", "--government", "ubnd huyen tien du"], folder)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.hasPrefix("Đã thêm khu vực KCN Quế Võ [kcn-que-vo]."))
        // The README's example: a government that is not an agency yet is made with the area.
        let withNew = try Self.run(["area", "add", "Đồng Kỵ", "--locality", "phường Đồng Kỵ", "--district", "thành phố Từ Sơn",
                                    "--government", "UBND phường Đồng Kỵ"], folder)
        #expect(withNew.status == 0, "\(withNew.stderr)")
        #expect(withNew.stdout.contains("Cơ quan phụ trách mới: UBND phường Đồng Kỵ [ubnd-phuong-dong-ky]."))
        let list = try Self.run(["area", "list"], folder)
        #expect(list.stdout.contains("Đồng Kỵ [dong-ky] — phường Đồng Kỵ, thành phố Từ Sơn\n  Phụ trách: UBND phường Đồng Kỵ"))
        let again = try Self.run(["area", "add", "kcn que vo", "--locality", "x", "--district", "y"], folder)
        #expect(again.status == 1)
        #expect(again.stderr == "theodoi: đã có khu vực \"KCN Quế Võ\"; không ghi gì\n")

        let link = try Self.run(["area", "link", "45/stnmt-mt", "que vo"], folder)
        #expect(link.status == 0, "\(link.stderr)")
        #expect(link.stdout == "Đã gắn KCN Quế Võ vào 45/stnmt-mt.\n")
        #expect(try Self.linkedDirectives(folder, area: "KCN Quế Võ").contains("45/STNMT-MT"))

        let unlink = try Self.run(["area", "unlink", "45/STNMT-MT", "KCN Quế Võ", "van mon"], folder)
        #expect(unlink.status == 0, "\(unlink.stderr)")
        #expect(try Self.linkedDirectives(folder, area: "KCN Quế Võ").contains("(chưa gắn)"))
        #expect(try Self.linkedDirectives(folder, area: "Văn Môn").contains("45/STNMT-MT") == false)

        let missing = try Self.run(["area", "link", "999/XX", "phong khe"], folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("theodoi: không có văn bản chỉ đạo \"999/XX\""))
    }

    @Test func anAreaWhoseFiguresAreReportedStaysLinked() throws {
        let folder = try TestFolder()
        let report = Data("""
            {"reference": "12/BC-CAT", "date": "2025-02-12", "work_done": "Đã kiểm tra", "results": "", "lessons": "",
             "causes": "", "solutions": "", "figures": [{"area": "phong khe", "inspected": 3}]}
            """.utf8)
        let submit = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", "-",
                                             "--db", folder.database, "--today", "2025-02-12"], stdin: report)
        #expect(submit.status == 0, "\(submit.stderr)")
        let unlink = try Self.run(["area", "unlink", "239/UBND-NN.TN", "phong khe"], folder)
        #expect(unlink.status == 1)
        #expect(unlink.stderr == "theodoi: 1 báo cáo của văn bản 239/UBND-NN.TN có số liệu cho khu vực Phong Khê; không gỡ được (bảng theo dõi sẽ ẩn số liệu đó)\n")
    }

    /// A report's figures are for its directive's areas: another directive's area is unknown.
    @Test func figuresForAnAreaOfAnotherDirectiveAreRefused() throws {
        let folder = try TestFolder()
        #expect(try Self.run(["import", ImportCommandTests.synthetic], folder).status == 0)
        let report = Data("""
            {"reference": "7/BC", "date": "2025-02-20", "work_done": "x", "results": "", "lessons": "", "causes": "",
             "solutions": "", "figures": [{"area": "Phong Khê", "inspected": 1}]}
            """.utf8)
        let submit = try TheodoiProcess.run(["report", "submit", "--task", "45/STNMT-MT#2", "--agency", "tien du", "--file", "-",
                                             "--db", folder.database, "--today", "2025-02-21"], stdin: report)
        #expect(submit.status == 1)
        #expect(submit.stderr.contains("Phong Khê"), "\(submit.stderr)")
    }
}
