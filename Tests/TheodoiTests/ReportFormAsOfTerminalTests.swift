import Foundation
import Testing

/// The report form in a real terminal under `--today`: it reads the revisions as of that day,
/// the way the board does.
@Suite(.enabled(if: TmuxSession.isAvailable, "needs tmux"), .serialized)
struct ReportFormAsOfTerminalTests {
    static func submit(_ folder: TestFolder, today: String, dated: String) throws {
        let file = try folder.write("r-\(today).json", ReportJSON.valid.replacingOccurrences(of: "2025-02-12", with: dated))
        let result = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                             "--db", folder.database, "--today", today])
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// The new user's case: the board says nothing was submitted by the 12th; the form used to
    /// open on "lần 2" with the 14th as its date, which it then refused.
    @Test func underAnEarlierTodayTheFormSaysAtOnceWhyItCannotOpen() throws {
        let folder = try TestFolder()
        try Self.submit(folder, today: "2025-02-14", dated: "2025-02-14")
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"])
        try session.waitFor("home") { $0.contains("Cơ quan được giao") }
        try session.send("Tab", "Down", "Down", "Down", "Down", "Down", "n")
        let refused = try session.waitFor("the refusal") { $0.contains("nộp lùi ngày được.") }
        #expect(refused.contains("Cơ quan này đã nộp lần 1 ngày 14/02/2025, sau ngày đang xem 12/02/2025"))
        #expect(!refused.contains("Số báo cáo:"))
    }

    @Test func theFormStartsFromTheRevisionAsOfToday() throws {
        let folder = try TestFolder()
        try Self.submit(folder, today: "2025-02-10", dated: "2025-02-10")
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-13"])
        try session.waitFor("home") { $0.contains("Cơ quan được giao") }
        try session.send("Tab", "Down", "Down", "Down", "Down", "Down", "n")
        let form = try session.waitFor("the form") { $0.contains("Số báo cáo:") }
        #expect(form.contains("lần 2"))
        #expect(form.contains("10/02/2025"))
        #expect(form.contains("Bắt đầu từ lần 1; nộp sẽ thành lần 2"))
    }
}
