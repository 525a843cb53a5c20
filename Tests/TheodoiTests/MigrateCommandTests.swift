import Foundation
import Testing

/// `theodoi migrate` between SQLite files (the PostgreSQL round trip is in the PostgreSQL suite):
/// a copy whole, checked by counts and by the status JSON, and the refusals in one line.
@Suite struct MigrateCommandTests {
    static let report = #"{"reference": "12/BC-CAT", "date": "2025-02-12", "results": "Đã kiểm tra 20 cơ sở.", "figures": [{"area": "phong khe", "inspected": 20}]}"#

    static func status(_ database: String) throws -> String {
        let result = try TheodoiProcess.run(["status", "--format", "json", "--db", database, "--today", "2025-03-10"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func aCopyHasTheSameRowsAndTheSameStatus() throws {
        let folder = try TestFolder()
        let file = try folder.write("r.json", Self.report)
        for (task, agency, day) in [("1", "cong an", "2025-02-12"), ("1", "cong an", "2025-02-13"), ("2", "so nong nghiep", "2025-03-10")] {
            let submitted = try TheodoiProcess.run(["report", "submit", "--task", task, "--agency", agency, "--file", file,
                                                    "--db", folder.database, "--today", day])
            #expect(submitted.status == 0, "\(submitted.stderr)")
        }
        _ = try TheodoiProcess.run(["remind", "--record", "--reference", "12/STNMT-KT", "--db", folder.database, "--today", "2025-02-17"])
        let copy = folder.url.appendingPathComponent("copy.sqlite").path
        let result = try TheodoiProcess.run(["migrate", "--from", folder.database, "--to", copy])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("18 bảng"))
        #expect(result.stdout.contains("  report 3\n"))
        #expect(result.stdout.contains("  reminder_assignment 13\n"))
        #expect(try Self.status(copy) == (try Self.status(folder.database)))
        // A revision after the copy continues the copied ids and revisions.
        let next = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                           "--db", copy, "--today", "2025-03-10"])
        #expect(next.stdout.contains("lần 3"), "\(next.stderr)")
    }

    @Test func theTargetMustBeNewAndTheSourceMustExist() throws {
        let folder = try TestFolder()
        let file = try folder.write("r.json", Self.report)
        _ = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                    "--db", folder.database, "--today", "2025-02-12"])
        let copy = folder.url.appendingPathComponent("copy.sqlite").path
        #expect(try TheodoiProcess.run(["migrate", "--from", folder.database, "--to", copy]).status == 0)
        let again = try TheodoiProcess.run(["migrate", "--from", folder.database, "--to", copy])
        #expect(again.status == 1)
        #expect(again.stderrLines.map(String.init) == ["theodoi: \(copy) đã có dữ liệu (ngoài dữ liệu mẫu ban đầu); chỉ sao chép vào kho mới tạo, không ghi gì"])
        let missing = try TheodoiProcess.run(["migrate", "--from", folder.url.appendingPathComponent("none.sqlite").path, "--to", copy, "--lang", "en"])
        #expect(missing.status == 1)
        #expect(missing.stderrLines.count == 1)
        #expect(missing.stderr.contains("there is no database at"))
        let same = try TheodoiProcess.run(["migrate", "--from", folder.database, "--to", folder.database])
        #expect(same.status == 1)
        #expect(same.stderr.contains("là chính kho nguồn"))
    }
}
