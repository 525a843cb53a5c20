import Foundation
import GRDB
import Testing

/// `o` in a real terminal: a reminder dispatch recorded from the board as the lead department's
/// office would, and every way it must write nothing.
@Suite(.enabled(if: TmuxSession.isAvailable, "needs tmux"), .serialized)
struct ReminderKeyTerminalTests {
    /// How many reminder dispatches are stored.
    static func reminders(_ database: String) throws -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: database, configuration: configuration).read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM reminder") ?? 0
        }
    }

    /// The board of 239 on Monday 17/02/2025: every agency is overdue on task 1.
    func openBoard(_ folder: TestFolder, environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-17"], environment: environment)
        try session.waitFor("home") { $0.contains("Cơ quan được giao") }
        return session
    }

    /// `o`, then the reference, then Enter down to the last field and Enter again: the question.
    func fillForm(_ session: TmuxSession, reference: String) throws {
        try session.send("o")
        try session.waitFor("the form") { $0.contains("Số ký hiệu:") && $0.contains("Sẽ ghi cho 14 cơ quan") }
        try session.send("-l", reference)
        try session.send("Enter", "Enter", "Enter")
        try session.waitFor("the confirmation") { $0.contains("Ghi công văn đôn đốc \(reference) cho 14 cơ quan?") }
    }

    @Test func recordFromTheBoardThenTheSameReferenceIsRefused() throws {
        let folder = try TestFolder()
        let session = try openBoard(folder)
        try fillForm(session, reference: "12/UBND-NN.TN")
        try session.send("Enter")
        let board = try session.waitFor("the status line") { $0.contains("Đã ghi công văn đôn đốc 12/UBND-NN.TN ngày 17/02/2025 cho 14 cơ quan") }
        #expect(!board.contains("Số ký hiệu:"))
        try session.waitFor("the rows read again") { $0.contains("đôn đốc 1 lầ") }

        let status = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", "2025-02-17"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let tasks = try #require(((json["directives"] as? [[String: Any]])?.first?["tasks"]) as? [[String: Any]])
        let assignments = try #require(tasks[0]["assignments"] as? [[String: Any]])
        #expect(assignments.count == 14)
        for assignment in assignments {
            let reminders = try #require(assignment["reminders"] as? [[String: Any]])
            #expect(reminders.count == 1)
            #expect(reminders.first?["reference"] as? String == "12/UBND-NN.TN")
            #expect(reminders.first?["date"] as? String == "2025-02-17")
            #expect(reminders.first?["asked_by"] as? String == "2025-02-20")
        }
        #expect(((tasks[1]["assignments"] as? [[String: Any]])?.first?["reminders"] as? [Any])?.isEmpty == true)

        // The same reference again: the store's line, the form still open with what was typed.
        try fillForm(session, reference: "12/UBND-NN.TN")
        try session.send("Enter")
        let refused = try session.waitFor("the refusal") { $0.contains("đã được ghi (ngày 17/02/2025)") }
        #expect(refused.contains("Số ký hiệu:  12/UBND-NN.TN"))
        #expect(try Self.reminders(folder.database) == 1)
    }

    @Test(arguments: ["[roles]\nviewers = [\"*\"]\n", "[reporters]\n\"Công an tỉnh\" = [\"\(SystemUserName.current)\"]\n"])
    func aViewerOrAReporterIsRefusedBeforeTheFormOpens(config: String) throws {
        let folder = try TestFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("config/theodoi"), withIntermediateDirectories: true)
        _ = try folder.write("config/theodoi/config.toml", config)
        let session = try openBoard(folder, environment: ["XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path])
        try session.send("o")
        let refused = try session.waitFor("the refusal") { $0.contains("không có quyền ghi công văn đôn đốc") }
        #expect(!refused.contains("Số ký hiệu:"))
        #expect(try Self.reminders(folder.database) == 0)
    }

    @Test func escapeAndABadDateWriteNothing() throws {
        let folder = try TestFolder()
        let session = try openBoard(folder)
        try fillForm(session, reference: "13/UBND-NN.TN")
        try session.send("Escape")   // back to the fields
        try session.waitFor("the fields again") { $0.contains("Số ký hiệu:") && !$0.contains("cho 14 cơ quan?") }
        try session.send("Escape")   // the form closes
        try session.waitFor("the board") { !$0.contains("Số ký hiệu:") && $0.contains("o đôn đốc") }

        try session.send("o")
        try session.waitFor("the form") { $0.contains("Số ký hiệu:") }
        try session.send("-l", "13/UBND-NN.TN")
        try session.send("Tab", "C-u")
        try session.send("-l", "31/02/2025")
        try session.send("C-s")
        let screen = try session.waitFor("the error") { $0.contains("không phải ngày có thật") }
        #expect(!screen.contains("cho 14 cơ quan?"))
        #expect(try Self.reminders(folder.database) == 0)
    }

    @Test func aLockedDatabaseLosesNothing() throws {
        let folder = try TestFolder()
        let session = try openBoard(folder, environment: ["THEODOI_BUSY_TIMEOUT": "0.2"])
        try fillForm(session, reference: "14/UBND-NN.TN")
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: folder.database, configuration: configuration)
        try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN EXCLUSIVE") }
        try session.send("Enter")
        let locked = try session.waitFor("the lock") { $0.contains("đang bị tiến trình khác khóa") }
        #expect(locked.contains("Số ký hiệu:  14/UBND-NN.TN"))
        try holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        // Once the other process is done, the same form records it.
        try session.send("C-s")
        try session.waitFor("the confirmation") { $0.contains("cho 14 cơ quan?") }
        try session.send("Enter")
        try session.waitFor("the status line") { $0.contains("Đã ghi công văn đôn đốc 14/UBND-NN.TN") }
        #expect(try Self.reminders(folder.database) == 1)
    }
}
