import Foundation
import GRDB
import Testing

/// The dashboard in a real terminal (tmux), as a department head would use it over SSH.
@Suite(.enabled(if: TmuxSession.isAvailable, "needs tmux"), .serialized)
struct DashboardTerminalTests {
    static let agencies = ["Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Tài chính",
                           "Sở Thông tin và Truyền thông", "Công an tỉnh", "Cục Thuế tỉnh",
                           "Viện Nghiên cứu phát triển kinh tế xã hội tỉnh", "Đài Phát thanh và Truyền hình tỉnh",
                           "Báo Bắc Ninh", "Cổng Thông tin điện tử tỉnh", "UBND thành phố Bắc Ninh", "UBND huyện Tiên Du",
                           "UBND huyện Yên Phong"]

    @Test func homeAt120x40ShowsAreasAndAllAgencies() throws {
        let folder = try TestFolder()
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"], width: 120, height: 40)
        // Wait for the whole frame: a capture can catch a screen half drawn.
        let screen = try session.waitFor("the home screen") { screen in
            screen.contains("Cơ quan được giao") && Self.agencies.allSatisfy { screen.contains($0) }
        }
        for area in ["1 Phong Khê", "2 CCN Phú Lâm", "3 Văn Môn"] { #expect(screen.contains(area)) }
        for agency in Self.agencies { #expect(screen.contains(agency), "\(agency) missing") }
        #expect(screen.components(separatedBy: "Sắp đến hạn").count - 1 >= 14)
        try session.send("q")
        try session.waitFor("exit status 0") { $0.contains("EXIT=0") }
    }

    @Test func navigateDeadlinesAgencyResizeAndQuit() throws {
        let folder = try TestFolder()
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"])
        try session.waitFor("the home screen") { $0.contains("1 Phong Khê") && $0.contains("3 Văn Môn") }
        try session.send("d")
        // The whole frame: the calendar's legend is drawn last.
        let deadlines = try session.waitFor("the deadline view") { $0.contains("Lịch") && $0.contains("▲ hạn") }
        #expect(deadlines.contains("trước ngày 15/02/2025"))
        #expect(deadlines.contains("trước ngày 20/02/2025"))
        #expect(deadlines.contains("còn 2 ngày"))
        #expect(deadlines.contains("▲ hạn"))
        try session.send("Escape", "Tab", "Down", "Down", "Down", "Down", "Down", "Enter")
        let agency = try session.waitFor("the agency detail") { $0.contains("Các lần nộp báo cáo") }
        #expect(agency.contains("Công an tỉnh"))
        try session.send("?")
        try session.waitFor("the help") { $0.contains("Phím") && $0.contains("quay lại") }
        try session.send("Escape")
        try session.resize(width: 40, height: 10)
        try session.waitFor("the too-small message") { $0.contains("Cửa sổ quá nhỏ (40×10)") }
        try session.resize(width: 80, height: 24)
        try session.waitFor("the agency detail again") { $0.contains("Các lần nộp báo cáo") && !$0.contains("quá nhỏ") }
        try session.send("Escape")
        try session.waitFor("home") { $0.contains("Cơ quan được giao") }
        try session.send("q")
        try session.waitFor("exit status 0") { $0.contains("EXIT=0") }
    }

    @Test func filterFindsAgencyWithoutToneMarks() throws {
        let folder = try TestFolder()
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"])
        try session.waitFor("home") { $0.contains("Cơ quan được giao") }
        try session.send("/", "d", "a", "i")
        let filtered = try session.waitFor("the filtered list") { $0.contains("lọc: dai") }
        #expect(filtered.contains("Đài Phát thanh và Truyền hình tỉnh"))
        #expect(!filtered.contains("Sở Kế hoạch"))
        try session.send("Enter", "Enter")
        try session.waitFor("Đài's detail") { $0.contains("Đài Phát thanh và Truyền hình tỉnh") && $0.contains("Các lần nộp") }
    }

    @Test func anotherProcessWriteAppearsByItself() throws {
        let folder = try TestFolder()
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"], width: 120, height: 40)
        try session.waitFor("home") { $0.contains("đã báo cáo 0/14") }
        let file = try folder.write("r.json", ReportJSON.valid)
        let submit = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                             "--db", folder.database, "--today", "2025-02-12"])
        #expect(submit.status == 0)
        // The whole new frame (the header, the agency row and the area panel), not a part of it.
        let screen = try session.waitFor("the new status") {
            $0.contains("đã báo cáo 1/14") && $0.contains("Hoàn thành đúng hạn") && $0.contains("KT 20")
        }
        #expect(screen.contains("Hoàn thành đúng hạn"))
    }

    @Test func escapeSequencesInDataDoNotReachTheTerminal() throws {
        let folder = try TestFolder()
        // Control characters are refused on input now; a store written before that (or by hand)
        // may still hold them: put them there directly.
        let refused = try folder.write("bad.json", #"{"reference": "9/BC\u001b]0;pwned\u0007\u001b[41m", "date": "2025-02-12", "results": "x"}"#)
        #expect(try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", refused,
                                        "--db", folder.database, "--today", "2025-02-12"]).status == 1)
        let file = try folder.write("r.json", #"{"reference": "9/BC", "date": "2025-02-12", "results": "x"}"#)
        #expect(try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                        "--db", folder.database, "--today", "2025-02-12"]).status == 0)
        try DatabaseQueue(path: folder.database).write { db in
            try db.execute(sql: "UPDATE report SET reference = '9/BC' || char(27) || ']0;pwned' || char(7) || char(27) || '[41m'")
        }
        // Wide enough for the submission's whole line (its directive, task, revision, then the reference).
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"], width: 120, height: 40)
        try session.waitFor("home") { $0.contains("Cơ quan được giao") }
        let before = session.title
        try session.send("Tab", "Down", "Down", "Down", "Down", "Down", "Enter")
        let screen = try session.waitFor("the submission") { $0.contains("9/BC␛]0;pwned") }
        #expect(!screen.contains("\u{1B}"))
        #expect(session.title == before)
        #expect(!session.title.contains("pwned"))
    }

    @Test(arguments: [
        ["LANG": "C", "LC_ALL": "C"],
        ["TERM": "linux"],
        ["NO_COLOR": "1"],
        ["TERM": "screen"],
    ])
    func worksInOtherTerminalsAndLocales(environment: [String: String]) throws {
        let folder = try TestFolder()
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"], environment: environment)
        let screen = try session.waitFor("home under \(environment)") { $0.contains("Cơ quan được giao") }
        #expect(screen.contains("Phong Khê"))
        #expect(screen.contains("Sắp đến hạn"))
        try session.send("/", "t", "i", "ê", "n")
        try session.waitFor("a Vietnamese letter typed under \(environment)") { $0.contains("lọc: tiên") }
        try session.send("Escape", "q")
        try session.waitFor("exit status 0") { $0.contains("EXIT=0") }
    }

    @Test func dumbTerminalGetsThePlainStatusText() throws {
        let folder = try TestFolder()
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"], environment: ["TERM": "dumb"])
        let screen = try session.waitFor("the plain text and exit") { $0.contains("EXIT=0") }
        // The text is longer than the window: its end is what stays on screen.
        #expect(screen.contains("Nhiệm vụ 2 (mã 2) — trước ngày 20/02/2025"))
        #expect(screen.contains("Sắp đến hạn"))
        #expect(!screen.contains("┌"))
    }
}

/// Several directives: the dashboard opens on their list; Enter opens a board, Esc goes back.
@Suite(.serialized) struct PortfolioTerminalTests {
    @Test func severalDirectivesOpenOnTheListAndEachBoardShowsItsOwnAgencies() throws {
        let folder = try TestFolder()
        let imported = try TheodoiProcess.run(["import", ImportCommandTests.synthetic, "--db", folder.database, "--today", "2025-02-21"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-21"])
        let list = try session.waitFor("the list of directives") {
            $0.contains("Văn bản chỉ đạo (2)") && $0.contains("239/UBND-NN.TN") && $0.contains("45/STNMT-MT") && $0.contains("đã báo cáo 0/5")
        }
        // 239's agencies are overdue: it comes first.
        let first = try #require(list.range(of: "239/UBND-NN.TN")), second = try #require(list.range(of: "45/STNMT-MT"))
        #expect(first.lowerBound < second.lowerBound)
        try session.send("Down", "Enter")
        let board = try session.waitFor("the second board") { $0.contains("Cơ quan được giao (5)") }
        #expect(board.contains("UBND Tiên Du"))
        #expect(!board.contains("Đài Phát thanh"))
        try session.send("Escape")
        try session.waitFor("the list again") { $0.contains("Văn bản chỉ đạo (2)") }
        try session.send("Up", "Enter")
        try session.waitFor("239's board") { $0.contains("Cơ quan được giao (14)") }
        try session.send("q")
        try session.waitFor("exit status 0") { $0.contains("EXIT=0") }
    }
}
