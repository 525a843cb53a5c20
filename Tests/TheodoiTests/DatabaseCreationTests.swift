import Foundation
import Testing

/// Creating the database: race-free for any number of processes, and only where the user meant.
@Suite struct DatabaseCreationTests {
    /// 20 processes started at once on a missing file: all succeed, the data set is seeded once.
    @Test(arguments: 1...3)
    func manyProcessesCreatingOneDatabaseAllSucceed(round: Int) throws {
        let folder = try TestFolder()
        var started: [(Process, Pipe, Pipe)] = []
        for _ in 0..<20 {
            started.append(try TheodoiProcess.start(["status", "--db", folder.database, "--today", "2025-02-12"]))
        }
        var failures: [String] = []
        for (process, output, error) in started {
            let errorReader = Thread.detachedReader(error.fileHandleForReading)
            _ = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let stderr = String(decoding: errorReader.wait(), as: UTF8.self)
            if process.terminationStatus != 0 { failures.append("\(process.terminationStatus): \(stderr)") }
        }
        #expect(failures.isEmpty, "\(failures)")
        let audit = try BadInputTests.counts(folder.database)[2]
        #expect(audit == 1)   // one seed entry
    }

    /// A mistyped `--db` folder is a user error; only a missing file in an existing folder is created.
    @Test func aMissingFolderIsNotCreated() throws {
        let folder = try TestFolder()
        let path = folder.url.appendingPathComponent("nodir/a/b/x.sqlite").path
        let result = try TheodoiProcess.run(["status", "--db", path])
        #expect(result.status == 1)
        #expect(result.stderr == "theodoi: không có thư mục \(folder.url.appendingPathComponent("nodir").path) cho cơ sở dữ liệu \(path): hãy tạo thư mục trước, hoặc sửa đường dẫn\n")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("nodir").path))
        let english = try TheodoiProcess.run(["report", "show", "--task", "1", "--agency", "cong an", "--db", path, "--lang", "en"])
        #expect(english.stderr.hasPrefix("theodoi: there is no folder "))
        // The default place (no --db): its folders are made.
        let home = folder.url.appendingPathComponent("data").path
        let fresh = try TheodoiProcess.run(["status"], environment: ["XDG_DATA_HOME": home])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(FileManager.default.fileExists(atPath: home + "/theodoi/theodoi.sqlite"))
    }
}
