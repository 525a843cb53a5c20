import Foundation
import GRDB
import Testing

/// Pasting into the report form in a real terminal (bracketed paste): a paste stays in its
/// field, its line breaks are text, and a long one arrives whole.
@Suite(.enabled(if: TmuxSession.isAvailable, "needs tmux"), .serialized)
struct PasteTerminalTests {
    @Test func aPastedLineBreakStaysInItsField() throws {
        let folder = try TestFolder()
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"])
        try ReportEntryTerminalTests().openForm(session)
        try session.paste("15/BC-STNMT\nthêm")
        try session.send("-l", "Z")
        // One line: the break became a space, and the focus did not move to the date.
        try session.waitFor("the pasted reference") { $0.contains("Số báo cáo: 15/BC-STNMT thêmZ") }
    }

    @Test func aLongMultiLinePasteIsStoredWhole() throws {
        let folder = try TestFolder()
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"])
        try ReportEntryTerminalTests().openForm(session)
        try session.send("-l", "12/BC-CAT")
        try session.send("Tab", "Tab")
        // About 26 KB of Vietnamese in 400 lines, ending with a marker.
        let lines = (1...400).map { "Dòng \($0): kiểm tra cơ sở tái chế giấy ở Phong Khê, lập biên bản." }
        let text = lines.joined(separator: "\n") + "\nHẾT"
        #expect(text.utf8.count > 26_000)
        try session.paste(text)
        try session.waitFor("the end of the paste") { $0.contains("HẾT") }
        try session.send("Tab")
        try session.send("-l", "Đã xử lý")
        try session.send("C-s")
        try session.waitFor("the confirmation") { $0.contains("Nộp báo cáo này?") }
        try session.send("Enter")
        try session.waitFor("the new status") { $0.contains("Đã nộp báo cáo (lần 1)") }
        let stored = try #require(try ReportEntryTerminalTests.stored("work_done", database: folder.database))
        #expect(stored == text.precomposedStringWithCanonicalMapping)
    }
}
