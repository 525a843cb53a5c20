import Tracking
/// The pages the wall display turns through, in order: the overview, each area, the agencies,
/// the deadlines with their countdowns and calendar.
public enum WallPage: Hashable, Sendable {
    case overview
    case area(String)
    case agencies
    case deadlines

    public static func all(in state: AppState) -> [WallPage] {
        [.overview] + state.snapshot.areas.map { .area($0.id) } + [.agencies, .deadlines]
    }
}
