import Foundation
import Testing

/// The wall in a real terminal: live refresh from another process, keys that change nothing.
@Suite(.enabled(if: TmuxSession.isAvailable, "needs tmux"), .serialized)
struct WallTerminalTests {
    static func bytes(_ path: String) -> [Data?] {
        [path, path + "-wal"].map { FileManager.default.contents(atPath: $0) }
    }

    @Test func anotherProcessWriteShowsOnTheWall() throws {
        let folder = try TestFolder()
        try TheodoiProcess.run(["status", "--db", folder.database])
        let session = try TmuxSession(["wall", "--db", folder.database, "--today", "2025-02-12", "--rotate", "0"], width: 120, height: 40)
        try session.waitFor("the wall") { $0.contains("Trang 1/6") && $0.contains("đã báo cáo 0/14") }
        let file = try folder.write("r.json", ReportJSON.valid)
        #expect(try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                        "--db", folder.database, "--today", "2025-02-12"]).status == 0)
        // Typically within milliseconds (inotify); the bound leaves room for a loaded CI machine.
        try session.waitFor("the change", timeout: 5) { $0.contains("đã báo cáo 1/14") }
    }

    @Test func aMissingDatabaseIsShownThenPickedUp() throws {
        let folder = try TestFolder()
        let session = try TmuxSession(["wall", "--db", folder.database, "--today", "2025-02-12", "--rotate", "0"])
        try session.waitFor("the warning") { $0.contains("DỮ LIỆU CŨ") && $0.contains("không có cơ sở dữ liệu") }
        try TheodoiProcess.run(["status", "--db", folder.database])
        try session.waitFor("the recovered wall") { $0.contains("cập nhật lúc") && !$0.contains("DỮ LIỆU CŨ") }
    }

    @Test func aStormOfKeysChangesNothing() throws {
        let folder = try TestFolder()
        try TheodoiProcess.run(["status", "--db", folder.database])
        let before = Self.bytes(folder.database)
        let session = try TmuxSession(["wall", "--db", folder.database, "--today", "2025-02-12", "--rotate", "1"])
        try session.waitFor("the wall") { $0.contains("Trang 1/6") }
        var generator = SystemRandomNumberGenerator()
        let keys = ["n", "Enter", "Tab", "/", "d", "1", "2", "C-s", "Escape", "Space", "Right", "Left", "x", "y", "BSpace", "C-z", "?", "r"]
        for _ in 0..<200 {
            try session.send(keys.randomElement(using: &generator)!)
        }
        try session.send("-l", "Báo cáo giả 12/BC 2025")
        try session.waitFor("the wall still running") { $0.contains("Trang ") && !$0.contains("EXIT=") }
        #expect(Self.bytes(folder.database) == before)
        try session.send("q")
        try session.waitFor("exit 0") { $0.contains("EXIT=0") }
    }
}
