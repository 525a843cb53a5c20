import Tracking

/// The pages the wall display turns through.
///
/// With one directive (in the store, or held with `wall --directive REF`): its overview, each
/// area, the agencies, the deadlines with their countdowns and calendar. With several: the list
/// of directives, then the board of each directive not yet done (most urgent first, at most
/// ``maximumBoards``), then every deadline.
public enum WallPage: Hashable, Sendable {
    case overview
    case area(String)
    case agencies
    case deadlines
    /// The list of directives being followed.
    case portfolio
    /// A directive's board (its overview), read when the page comes up.
    case board(String)

    /// A rotation of this many boards takes a few minutes at the usual 15–20 s a page.
    public static let maximumBoards = 12

    public static func all(in state: AppState) -> [WallPage] {
        let directives = wallDirectives(in: state)
        guard directives.count > 1 else {
            return [.overview] + state.snapshot.areas.map { .area($0.id) } + [.agencies, .deadlines]
        }
        return [.portfolio] + directives.map(WallPage.board) + [.deadlines]
    }

    /// The directives the wall shows: those held, else those not yet done, most urgent first.
    static func wallDirectives(in state: AppState) -> [String] {
        if let held = state.wallDirectives { return held }
        guard state.portfolio.count > 1 else { return [] }
        return state.portfolio.active.prefix(maximumBoards).map(\.document.reference.text)
    }
}
