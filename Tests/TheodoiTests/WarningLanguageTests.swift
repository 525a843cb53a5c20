import Foundation
import Testing

/// `theodoi parse` and `theodoi import` say the parser's warnings and the importer's notes in
/// the user's language (issue 10: English lines under a Vietnamese heading), run as a user would.
@Suite struct WarningLanguageTests {
    /// A dispatch that draws warnings of both kinds: no place and date, no "Nơi nhận:", no
    /// signature, a task with no assignee (a parser warning and an import note) that mentions
    /// "tổng hợp" (an import note).
    static let doubtful = """
        Số: 7/UBND-VP
        V/v kiểm tra cơ sở sản xuất
        Kính gửi: Sở Y tế.

        1. Giao Sở Y tế kiểm tra các cơ sở, báo cáo trước ngày 30/6.
        2. Kết quả gửi về để tổng hợp, báo cáo.
        """

    /// The English words found in `output`, the folder's paths taken out first.
    static func english(in output: String, folder: TestFolder) -> [String] {
        EnglishWords.found(in: output.replacingOccurrences(of: folder.url.path, with: ""))
    }

    @Test func importSaysEverythingInVietnamese() throws {
        let folder = try TestFolder()
        let first = try folder.write("cong-van-7.txt", Self.doubtful)
        let second = try folder.write("cong-van-8.txt", Self.doubtful.replacingOccurrences(of: "7/UBND-VP", with: "8/UBND-VP"))
        let database = ["--db", folder.database, "--today", "2025-02-21"]

        for arguments in [["import", first, "--dry-run"], ["import", first, second, "--dry-run"], ["import", first, second]] {
            let result = try TheodoiProcess.run(arguments + database)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout.contains("Cảnh báo khi đọc văn bản"))
            #expect(result.stdout.contains("dòng 6: nhiệm vụ 2: chưa xác định được cơ quan thực hiện"))
            #expect(result.stdout.contains("Lưu ý (2):"))
            #expect(Self.english(in: result.stdout + result.stderr, folder: folder).isEmpty, "\(arguments): \(result.stdout)")
            if arguments.contains("--dry-run") {
                #expect(result.stdout.contains("nhiệm vụ 2: không có cơ quan được giao; sẽ được lưu mà không có lượt giao"))
            } else {
                #expect(result.stdout.contains("nhiệm vụ 2: không có cơ quan được giao; đã được lưu mà không có lượt giao"))
            }
        }
        // A refusal too: the same file again.
        let again = try TheodoiProcess.run(["import", first, second] + database)
        #expect(again.status == 1)
        #expect(Self.english(in: again.stdout + again.stderr, folder: folder).isEmpty, "\(again.stdout)\(again.stderr)")
    }

    @Test func englishWhenAskedFor() throws {
        let folder = try TestFolder()
        let path = try folder.write("cong-van-7.txt", Self.doubtful)
        let result = try TheodoiProcess.run(["import", path, "--dry-run", "--lang", "en", "--db", folder.database, "--today", "2025-02-21"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Parser warnings"))
        #expect(result.stdout.contains("line 6: task 2: no addressee recognised as its assignee"))
        #expect(result.stdout.contains("task 2: no assignee; it would be stored without assignments"))
        #expect(!result.stdout.contains("dòng "))
    }

    @Test func parseSaysItsWarningsInTheChosenLanguage() throws {
        let folder = try TestFolder()
        let path = try folder.write("cong-van-7.txt", Self.doubtful)
        let text = try TheodoiProcess.run(["parse", path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Cảnh báo ("))
        #expect(Self.english(in: text.stdout, folder: folder).isEmpty, "\(text.stdout)")

        for (language, prefix) in [("vi", "dòng "), ("en", "line ")] {
            let json = try TheodoiProcess.run(["parse", path, "--format", "json", "--lang", language])
            #expect(json.status == 0, "\(json.stderr)")
            let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let warnings = try #require(root["warnings"] as? [String])
            let codes = try #require(root["warning_codes"] as? [String])
            #expect(!warnings.isEmpty && warnings.count == codes.count)
            #expect(warnings.allSatisfy { $0.hasPrefix(prefix) })
            #expect(codes.contains("no_assignee") && codes.contains("no_signature"))
            if language == "vi" {
                #expect(warnings.allSatisfy { EnglishWords.found(in: $0).isEmpty }, "\(warnings)")
            }
        }
    }

    /// Standard input is named in the user's language in a refusal, not "-".
    @Test func standardInputIsNamedInTheRefusal() throws {
        let folder = try TestFolder()
        let result = try TheodoiProcess.run(["import", "-", "--db", folder.database], stdin: Data("Kính gửi: Sở Y tế.\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderrLines == ["theodoi: (đầu vào chuẩn): không tìm thấy số, ký hiệu văn bản (dòng “Số:”); không nhập (cho số bằng --reference)"])
    }
}

/// English words that have no business in Vietnamese output (none is a Vietnamese syllable).
enum EnglishWords {
    static let words: Set<String> = [
        "the", "is", "was", "not", "no", "none", "of", "as", "task", "tasks", "line", "item", "read", "agencies",
        "agency", "date", "dated", "found", "given", "signature", "deadline", "year", "list", "names", "warning",
        "warnings", "notes", "assignee", "assignees", "addressees", "would", "stored", "without", "imported",
        "refused", "file", "parser", "matched", "created", "assigned", "nothing", "written",
    ]

    static func found(in text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter(words.contains)
    }
}
