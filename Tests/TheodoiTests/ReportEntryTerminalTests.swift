import Foundation
import GRDB
import Testing

/// Report entry in a real terminal: typed as office staff would, over a hang-up too.
@Suite(.enabled(if: TmuxSession.isAvailable, "needs tmux"), .serialized)
struct ReportEntryTerminalTests {
    /// The stored text of the latest report's column, as bytes.
    static func stored(_ column: String, database: String) throws -> String? {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: database, configuration: configuration).read {
            try String.fetchOne($0, sql: "SELECT \(column) FROM report ORDER BY id DESC LIMIT 1")
        }
    }

    func openForm(_ session: TmuxSession) throws {
        try session.waitFor("home") { $0.contains("Cơ quan được giao") }
        try session.send("Tab", "Down", "Down", "Down", "Down", "Down", "n")
        try session.waitFor("the form") { $0.contains("Số báo cáo:") }
    }

    @Test func typeSubmitAndSeeTheStatusChange() throws {
        let folder = try TestFolder()
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"])
        try openForm(session)
        try session.send("-l", "12/BC-CAT")
        try session.send("Tab")
        // The date starts as today's; replace it as a user would.
        try session.send("C-u")
        try session.send("-l", "12/02/2025")
        try session.send("Tab")
        // Precomposed, then decomposed ("Khê" as e + U+0302), then a Telex-like burst: a, BS, â, BS, ấ.
        try session.send("-l", "Kiểm tra 20 cơ sở ở Phong Kh")
        try session.send("-l", "e\u{0302}")
        try session.send("-l", " và ")
        try session.send("-l", "a")
        try session.send("BSpace")
        try session.send("-l", "â")
        try session.send("BSpace")
        try session.send("-l", "ấ")
        try session.send("Tab")
        try session.send("-l", "Đình chỉ 12 cơ sở")
        // To the figures: Phong Khê's "inspected" is the first cell after the five sections.
        try session.send("Tab", "Tab", "Tab", "Tab")
        try session.send("-l", "20")
        for _ in 0..<3 { try session.send("Tab") }
        try session.send("-l", "1.300.000.000")
        // From Phong Khê's fines (4th of 8 cells) to Văn Môn's "violations" (2nd): 5 + 8 + 1 Tabs.
        for _ in 0..<14 { try session.send("Tab") }
        try session.send("-l", "15")
        try session.send("C-s")
        try session.waitFor("the confirmation") { $0.contains("Nộp báo cáo này?") }
        try session.send("Enter")
        try session.waitFor("the new status") { $0.contains("Đã nộp báo cáo (lần 1)") }

        let status = try TheodoiProcess.run(["status", "--format", "json", "--db", folder.database, "--today", "2025-02-12"])
        #expect(status.stdout.contains("\"status\": \"done_on_time\""))
        let workDone = try #require(try Self.stored("work_done", database: folder.database))
        #expect(Array(workDone.utf8) == Array("Kiểm tra 20 cơ sở ở Phong Khê và ấ".precomposedStringWithCanonicalMapping.utf8))
        let show = try TheodoiProcess.run(["report", "show", "--task", "1", "--agency", "cong an", "--format", "json", "--db", folder.database])
        #expect(show.stdout.contains("\"fines_vnd\": 1300000000"))
        #expect(show.stdout.contains("\"violations\": 15"))
    }

    @Test func aBadDateOrNumberSavesNothing() throws {
        let folder = try TestFolder()
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"])
        try openForm(session)
        try session.send("-l", "1/BC")
        try session.send("Tab", "C-u")
        try session.send("-l", "31/02/2025")
        try session.send("Tab")
        try session.send("-l", "Kiểm tra")
        try session.send("C-s")
        let screen = try session.waitFor("the error") { $0.contains("không phải ngày có thật") }
        #expect(!screen.contains("Nộp báo cáo này?"))
        #expect(try Self.stored("reference", database: folder.database) == nil)
    }

    @Test func aHungUpSessionLeavesItsDraftRestoredWordForWord() throws {
        let folder = try TestFolder()
        let typed = "Bài học: phối hợp sớm với điện lực, Đài PT-TH đưa tin"
        do {
            let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"])
            try openForm(session)
            try session.send("-l", "9/BC-CAT")
            try session.send("Tab", "Tab")
            try session.send("-l", typed)
            try session.waitFor("the typed text") { $0.contains("điện lực") }
            // The SSH connection drops: the terminal sends SIGHUP to the program.
            let pid = try session.tmux(["display-message", "-p", "-t", session.name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
            let program = try TheodoiProcess.childPID(of: pid)
            kill(program, SIGHUP)
            try session.waitFor("the program's exit") { $0.contains("EXIT=") }
        }
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"])
        try openForm(session)
        let screen = try session.waitFor("the restored draft") { $0.contains("Đã khôi phục bản nháp") }
        #expect(screen.contains("9/BC-CAT"))
        #expect(screen.contains(typed))
    }

    @Test func aReporterIsRefusedAnotherAgencysForm() throws {
        let folder = try TestFolder()
        let user = SystemUserName.current
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("config/theodoi"), withIntermediateDirectories: true)
        _ = try folder.write("config/theodoi/config.toml", """
            [reporters]
            "Cục Thuế tỉnh" = ["\(user)"]
            """)
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"],
                                      environment: ["XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path])
        try session.waitFor("home") { $0.contains("Cơ quan được giao") }
        // Công an tỉnh: refused, with the reason.
        try session.send("Tab", "Down", "Down", "Down", "Down", "Down", "n")
        let refused = try session.waitFor("the refusal") { $0.contains("không có quyền báo cáo cho Công an tỉnh") }
        #expect(!refused.contains("Số báo cáo:"))
        // Cục Thuế tỉnh, the next row: the form opens.
        try session.send("Down", "n")
        try session.waitFor("the form") { $0.contains("Số báo cáo:") && $0.contains("Cục Thuế tỉnh") }
    }
}

/// The user the tests run as, as the program sees it.
enum SystemUserName {
    static var current: String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "root" }
        return String(cString: name)
    }
}
