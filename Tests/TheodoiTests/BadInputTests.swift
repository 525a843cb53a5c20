import Foundation
import GRDB
import Testing

/// Bad input gets exit status 1, one clear line on standard error, and writes nothing.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var report: String = ReportJSON.valid
        var expected: String

        var testDescription: String { name }
    }

    static let submitCases: [Case] = [
        Case(name: "unknown agency", arguments: ["--agency", "So Ngoai vu"], expected: "không có cơ quan \"So Ngoai vu\""),
        Case(name: "ambiguous agency", arguments: ["--agency", "so tai"],
             expected: "\"so tai\" khớp nhiều cơ quan: Sở Tài nguyên và Môi trường; Sở Tài chính"),
        Case(name: "agency not on the task", arguments: ["--task", "2", "--agency", "cong an"],
             expected: "Công an tỉnh không được giao nhiệm vụ 239/UBND-NN.TN #2"),
        Case(name: "unknown task", arguments: ["--task", "9"], expected: "không có nhiệm vụ \"9\""),
        Case(name: "malformed JSON", arguments: [], report: "{\"reference\": \"12/BC\", ", expected: "báo cáo không phải JSON hợp lệ"),
        Case(name: "negative figure", arguments: [],
             report: #"{"reference": "1/BC", "date": "2025-02-12", "results": "x", "figures": [{"area": "phong khe", "fines_vnd": -5}]}"#,
             expected: "figures[0].fines_vnd: không được âm (-5)"),
        Case(name: "figure too large to add up", arguments: [],
             report: #"{"reference": "1/BC", "date": "2025-02-12", "results": "x", "figures": [{"area": "phong khe", "fines_vnd": 5000000000000000000}]}"#,
             expected: "figures[0].fines_vnd: 5000000000000000000 quá lớn (tối đa 999.999.999.999.999)"),
        Case(name: "a day at the edge of the calendar", arguments: ["--today", "9999-12-31"],
             expected: "--today: \"9999-12-31\" nằm ngoài khoảng theodoi xử lý"),
        Case(name: "non-numeric figure", arguments: [],
             report: #"{"reference": "1/BC", "date": "2025-02-12", "results": "x", "figures": [{"area": "van mon", "inspected": "mười"}]}"#,
             expected: "figures[0].inspected: \"mười\" không phải số nguyên"),
        Case(name: "impossible date", arguments: [],
             report: #"{"reference": "1/BC", "date": "31/02/2025", "results": "x"}"#,
             expected: "date: \"31/02/2025\" không phải ngày có thật"),
        Case(name: "misspelt key", arguments: [],
             report: #"{"reference": "1/BC", "date": "2025-02-12", "result": "x"}"#,
             expected: "khóa không xác định \"result\" ở report (có phải \"results\"?)"),
        Case(name: "unknown area", arguments: [],
             report: #"{"reference": "1/BC", "date": "2025-02-12", "results": "x", "figures": [{"area": "Hà Nội"}]}"#,
             expected: "figures[0].area: không có khu vực \"Hà Nội\""),
        Case(name: "impossible --today", arguments: ["--today", "2025-02-31"], expected: "--today: \"2025-02-31\" không phải ngày có thật"),
        Case(name: "missing report file", arguments: ["--file", "/nonexistent/report.json"], expected: "không đọc được /nonexistent/report.json"),
    ]

    @Test(arguments: submitCases)
    func refusedSubmissionWritesNothing(_ testCase: Case) throws {
        let folder = try TestFolder()
        // Create the database first, so that "nothing written" can be checked against it.
        try TheodoiProcess.run(["status", "--db", folder.database, "--today", "2025-02-12"])
        let before = try Self.counts(folder.database)

        let file = try folder.write("report.json", testCase.report)
        var arguments = ["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                         "--db", folder.database, "--today", "2025-02-12"]
        // Later options win in the parser, so a case's options replace the defaults above.
        arguments += testCase.arguments
        let result = try TheodoiProcess.run(arguments)

        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("theodoi: "))
        #expect(result.stderr.contains(testCase.expected), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try Self.counts(folder.database) == before)
    }

    @Test func englishMessagesWithLangEn() throws {
        let folder = try TestFolder()
        let file = try folder.write("r.json", ReportJSON.valid)
        let result = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "xyz", "--file", file,
                                             "--db", folder.database, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("theodoi: no agency \"xyz\" on this task"))
    }

    @Test func corruptDatabaseIsReportedAndLeftAlone() throws {
        let folder = try TestFolder()
        try TheodoiProcess.run(["status", "--db", folder.database])
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: folder.database + suffix) }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: folder.database))
        for index in 100..<min(bytes.count, 40_000) { bytes[index] = UInt8(truncatingIfNeeded: index &* 7) }
        try bytes.write(to: URL(fileURLWithPath: folder.database))

        let result = try TheodoiProcess.run(["status", "--db", folder.database])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("bị hỏng") || result.stderr.contains("không phải tệp cơ sở dữ liệu"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.database)) == bytes)
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        let folder = try TestFolder()
        do {
            let queue = try DatabaseQueue(path: folder.database)
            try queue.write { try $0.execute(sql: "CREATE TABLE t (x)") }
        }
        let result = try TheodoiProcess.run(["status", "--db", folder.database])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["theodoi: \(folder.database) là cơ sở dữ liệu của chương trình khác, không phải của theodoi; dữ liệu không bị thay đổi"])
    }

    @Test func lockedDatabaseIsReportedAfterTheBusyTimeout() throws {
        let folder = try TestFolder()
        try TheodoiProcess.run(["status", "--db", folder.database])
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: folder.database, configuration: configuration)
        try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN EXCLUSIVE") }
        defer { try? holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") } }

        let file = try folder.write("r.json", ReportJSON.valid)
        let result = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                             "--db", folder.database, "--today", "2025-02-12"],
                                            environment: ["THEODOI_BUSY_TIMEOUT": "0.2"])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["theodoi: cơ sở dữ liệu \(folder.database) đang bị tiến trình khác khóa; hãy thử lại sau"])
    }

    @Test func usageErrorsExitTwo() throws {
        let folder = try TestFolder()
        let unknownOption = try TheodoiProcess.run(["status", "--bogus", "--db", folder.database])
        #expect(unknownOption.status == 2)
        let missingValue = try TheodoiProcess.run(["report", "submit", "--task", "1", "--db", folder.database])
        #expect(missingValue.status == 2)
        #expect(missingValue.stderr.contains("--agency"))
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try TheodoiProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("status"))
        #expect(help.stdout.contains("report"))
        let submitHelp = try TheodoiProcess.run(["report", "submit", "--help"])
        #expect(submitHelp.stdout.contains("fines_vnd"))
        let version = try TheodoiProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    /// Reports and audit entries in the database, to check that a refusal wrote nothing.
    static func counts(_ path: String) throws -> [Int] {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration).read { db in
            [try Int.fetchOne(db, sql: "SELECT count(*) FROM report") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM report_figure") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? -1]
        }
    }
}
