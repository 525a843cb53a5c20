import ArgumentParser
import Dashboard
import Foundation
import Terminal
import Tracking
import TrackingStore

/// `theodoi wall`: the read-only display for a meeting-room screen, usually the only command of
/// an SSH account. It opens the database read-only, obeys no key that could change anything,
/// turns its pages by itself and shows every change another process writes.
struct WallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wall",
        abstract: "The read-only wall display: rotating pages, live refresh.",
        discussion: """
            Pages: the overview, each area, the agencies, the deadlines with the calendar. Keys: \
            ← → or Space turn pages, r refreshes, q quits; nothing else is obeyed. A change made by \
            any other process shows within a second. When the database cannot be read (missing, \
            locked, replaced, corrupt) the wall says so, keeps the last good data marked stale and \
            recovers by itself. See the README for an SSH account whose only command is the wall.

            Examples:
              theodoi wall
              theodoi wall --rotate 30
              theodoi wall --rotate 0     # hold one page
            """
    )

    @Option(name: .long, help: ArgumentHelp("Seconds per page; 0 holds the page.", valueName: "seconds"))
    var rotate: Int = 15

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (0...86_400).contains(rotate) else {
            throw ValidationError("--rotate takes a number of seconds from 0 to 86400")
        }
    }

    func run() throws {
        let context = try AppContext(global)
        let openReadOnly = { () throws(StoreError) -> TrackingStore in try context.openStore(mode: .readOnly) }
        try ScreenSession.run(context: context, plainText: openReadOnly) { screen in
            try DashboardLoop(context: context, screen: screen, mode: .wall, rotateSeconds: rotate, openStore: openReadOnly).run()
        }
    }
}
