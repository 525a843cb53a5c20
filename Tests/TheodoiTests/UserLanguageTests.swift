import Foundation
import Testing

/// Bad input gets one clear line in the user's language, and nothing of it is stored: no
/// decoder's or argument parser's English, no text silently cut.
@Suite struct UserLanguageTests {
    static func submit(_ body: Data, _ folder: TestFolder, lang: String = "vi") throws -> TheodoiProcess.Result {
        try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", "-", "--lang", lang,
                                "--db", folder.database, "--today", "2025-02-12"], stdin: body)
    }

    @Test(arguments: [("work_done", "abc\\u0000def", "U+0000 ở ký tự thứ 4"), ("reference", "12/BC\\u0007", "U+0007 ở ký tự thứ 6"),
                      ("results", "x\\u009by", "U+009B ở ký tự thứ 2")])
    func controlCharactersAreRefusedWithTheFieldNotCut(field: String, value: String, expected: String) throws {
        let folder = try TestFolder()
        var object = ["reference": "12/BC-CAT", "date": "2025-02-10", "work_done": "Đã kiểm tra"]
        object[field] = "@@"
        let json = try String(decoding: JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            .replacingOccurrences(of: "@@", with: value)
        let result = try Self.submit(Data(json.utf8), folder)
        #expect(result.status == 1)
        #expect(result.stderr == "theodoi: \(field): có ký tự điều khiển \(expected); chỉ được dùng tab và xuống dòng (không lưu gì)\n")
        #expect(try BadInputTests.counts(folder.database)[0] == 0)
    }

    @Test func undecodableBytesAndBrokenJSONAreSaidWhereAndInWords() throws {
        let folder = try TestFolder()
        var bytes = Array(#"{"reference": "12/BC-CAT", "date": "2025-02-10", "work_done": "Đã ki"#.utf8)
        let offset = bytes.count
        bytes += [0xC3, 0x28] + Array(#"m tra"}"#.utf8)
        let bad = try Self.submit(Data(bytes), folder)
        #expect(bad.stderr == "theodoi: tệp không phải UTF-8 hợp lệ (byte 0xC3 ở vị trí \(offset))\n")
        let nul = try Self.submit(Data([0x7B, 0x00, 0x7D]), folder, lang: "en")
        #expect(nul.stderr.hasPrefix("theodoi: the report is not valid JSON: a syntax error"))
        let syntax = try Self.submit(Data("{\"reference\": \"1/BC\",\n \"date\": x}".utf8), folder)
        #expect(syntax.stderr == "theodoi: báo cáo không phải JSON hợp lệ: sai cú pháp ở dòng 2, cột 10\n")
        for result in [bad, nul, syntax] {
            #expect(result.status == 1)
            #expect(!result.stderr.contains("The given data") && !result.stderr.contains("DecodingError"))
        }
    }

    @Test func aFileThatCannotBeReadIsSaidInTheUsersLanguage() throws {
        let folder = try TestFolder()
        let missing = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", "/khong-co.json",
                                              "--db", folder.database])
        #expect(missing.stderr == "theodoi: không đọc được /khong-co.json: không có tệp hoặc thư mục đó\n")
        let isFolder = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", folder.url.path,
                                               "--db", folder.database, "--lang", "en"])
        #expect(isFolder.stderr == "theodoi: cannot read \(folder.url.path): is a folder\n")
    }

    @Test(arguments: [
        (["statu"], "lỗi: không có lệnh \"statu\" (có phải \"status\"?); các lệnh: dashboard, status, parse, report, wall, deadline, import, area, export, remind, migrate"),
        (["status", "--format", "xml"], "lỗi: \"xml\" không hợp lệ cho --format; hãy dùng một trong: text, json"),
        (["status", "--bogus"], "lỗi: không có tùy chọn \"--bogus\""),
        (["area", "add", "X", "--district", "y"], "lỗi: thiếu --locality <text> (bắt buộc)"),
        (["status", "--today"], "lỗi: thiếu giá trị cho --today"),
    ])
    func usageErrorsAreInVietnamese(arguments: [String], firstLine: String) throws {
        let result = try TheodoiProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderrLines.first.map(String.init) == firstLine)
        #expect(result.stderr.contains("Cách dùng: theodoi"))
        #expect(!result.stderr.contains("Error:") && !result.stderr.contains("Help:") && !result.stderr.contains("Usage:"))
        let english = try TheodoiProcess.run(arguments + ["--lang", "en"])
        #expect(english.stderr.hasPrefix("Error: "))
    }
}

/// One documented length limit per field, the same for every entry point.
@Suite struct ReportLengthLimitTests {
    @Test func aSectionOverTheLimitIsRefusedWholeAndOneAtTheLimitGoesIn() throws {
        let folder = try TestFolder()
        func body(_ length: Int) throws -> Data {
            try JSONSerialization.data(withJSONObject: ["reference": "12/BC-CAT", "date": "2025-02-10",
                                                        "work_done": String(repeating: "ệ", count: length)])
        }
        let over = try UserLanguageTests.submit(try body(100_001), folder)
        #expect(over.status == 1)
        #expect(over.stderr == "theodoi: work_done: dài 100.001 ký tự, quá giới hạn 100.000 ký tự (không lưu gì)\n")
        #expect(try BadInputTests.counts(folder.database)[0] == 0)
        let atLimit = try UserLanguageTests.submit(try body(100_000), folder)
        #expect(atLimit.status == 0, "\(atLimit.stderr)")
        let longReference = try UserLanguageTests.submit(
            try JSONSerialization.data(withJSONObject: ["reference": String(repeating: "1", count: 101), "date": "2025-02-10", "work_done": "x"]),
            folder, lang: "en")
        #expect(longReference.stderr == "theodoi: reference: is 101 characters long, over the limit of 100 (nothing stored)\n")
    }
}

/// A dispatch with a control character is refused whole, saying where (the NUL used to vanish).
@Suite struct ImportControlCharacterTests {
    @Test func aNULInADispatchIsRefusedWithItsPlace() throws {
        let folder = try TestFolder()
        let file = try folder.write("nul.txt", "Số: 12/UBND-KT\nBắc Ninh, ngày 10 tháng 02 năm 2025\nKính gửi: Sở Y tế\n1. Sở Y tế thu\u{0}gom rác, báo cáo trước ngày 20/02/2025./.\n")
        let result = try TheodoiProcess.run(["import", file, "--db", folder.database])
        #expect(result.status == 1)
        #expect(result.stderr == "theodoi: \(file): có ký tự điều khiển U+0000 ở dòng 4, cột 15; không nhập (hãy xoá ký tự đó)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.database))   // refused before anything was opened
        let parse = try TheodoiProcess.run(["parse", file, "--lang", "en"])
        #expect(parse.status == 1)
        #expect(parse.stderr.contains("control character U+0000 at line 4, column 15"))
    }
}

/// `--help` speaks the user's language: Vietnamese by default, English with --lang en.
@Suite struct HelpLanguageTests {
    @Test func helpIsVietnameseByDefault() throws {
        let root = try TheodoiProcess.run(["--help"])
        #expect(root.status == 0)
        #expect(root.stdout.hasPrefix("TỔNG QUAN: Theo dõi việc thực hiện văn bản chỉ đạo"))
        #expect(root.stdout.contains("LỆNH:"))
        #expect(root.stdout.contains("Xem tình trạng của mọi nhiệm vụ và cơ quan."))
        let status = try TheodoiProcess.run(["status", "--help"])
        #expect(status.stdout.contains("TÙY CHỌN:"))
        #expect(status.stdout.contains("(giá trị: text, json; mặc định: text)"))
        #expect(!status.stdout.contains("OPTIONS:") && !status.stdout.contains("The SQLite database file"))
        let english = try TheodoiProcess.run(["status", "--help", "--lang", "en"])
        #expect(english.stdout.hasPrefix("OVERVIEW: Show the status of every task and agency."))
        #expect(english.stdout.contains("The SQLite database file, or a shared PostgreSQL"))
    }
}
