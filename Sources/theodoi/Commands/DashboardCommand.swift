import ArgumentParser
import Dashboard
import Foundation
import Terminal
import Tracking
import TrackingStore

/// `theodoi` with no subcommand: the interactive dashboard. When standard output is not a
/// terminal, or the terminal cannot address the cursor (`TERM=dumb`) or is unknown to ncurses,
/// it prints the status text instead.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: HelpText.pick("Bảng theo dõi tương tác (lệnh mặc định).", "The interactive dashboard (the default command)."),
        discussion: HelpText.pick("""
            Các ô khu vực ô nhiễm và danh sách cơ quan; d xem các thời hạn và lịch; ? liệt kê \
            phím của từng màn hình; q thoát. Khi đầu ra không phải màn hình dòng lệnh, in bảng \
            tình trạng dạng văn bản.
            """, """
            Panels for the three pollution areas and the agencies; d shows the deadlines and the \
            calendar; ? lists the keys of every view; q quits. When output is not a terminal, \
            the status text is printed instead.
            """)
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try AppContext(global)
        let store = try context.openStore()
        try ScreenSession.run(context: context, plainText: { store }) { screen in
            try DashboardLoop(context: context, screen: screen, mode: .interactive, openStore: { store }).run()
        }
    }
}

/// Starts the terminal for a full-screen command, or prints the status text where there is no
/// usable terminal: output is not a terminal, it cannot address the cursor (`TERM=dumb`), or
/// ncurses does not know it (the reason goes to standard error, on one line).
enum ScreenSession {
    static func run(context: AppContext, plainText store: () throws -> any TrackingStore,
                    _ body: (TerminalScreen) throws -> Void) throws {
        guard TerminalScreen.isTerminal else {
            try StatusPrinter.printText(context: context, store: store())
            return
        }
        let screen: TerminalScreen
        do {
            screen = try TerminalScreen.start(noColor: ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false)
        } catch {
            FileHandle.standardError.write(Data("theodoi: \(error.message(vietnamese: context.language == .vi))\n".utf8))
            try StatusPrinter.printText(context: context, store: store())
            return
        }
        do {
            try body(screen)
        } catch {
            screen.stop()
            throw error
        }
    }
}

/// The status as text, for `status` and for the dashboard's plain fallback.
enum StatusPrinter {
    /// - Parameter directives: only these (references); nil for all. Printed a chunk of
    ///   directives at a time, so that memory stays flat at any size.
    static func printText(context: AppContext, store: any TrackingStore, directives: [String]? = nil) throws {
        var header: String?
        try store.forEachSnapshot(asOf: context.today, directives: directives) { snapshot in
            let report = StatusReport(board: StatusBoard(snapshot: snapshot, rules: context.rules, today: context.today),
                                      language: context.language)
            if header == nil {
                header = report.textHeader()
                Output.text(header! + "\n")
            }
            let lines = report.directiveLines()
            if !lines.isEmpty { Output.text(lines.joined(separator: "\n") + "\n") }
        }
    }
}
