import ArgumentParser
import Foundation
import Tracking
import TrackingStore

/// `theodoi` with no subcommand. The interactive dashboard lands with its own issue; until
/// then, and always when standard output is not a terminal, it prints the status text.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "The interactive dashboard (prints the status text when output is not a terminal).",
        shouldDisplay: false
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try AppContext(global)
        let store = try context.openStore()
        let board = StatusBoard(snapshot: try store.snapshot(asOf: context.today), rules: context.rules, today: context.today)
        print(StatusReport(board: board, language: context.language).text(), terminator: "")
    }
}
