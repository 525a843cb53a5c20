/// Where the user is. Screens stack: `Enter` pushes a detail, `Esc` pops back.
public enum Screen: Hashable, Sendable {
    /// The directives being followed (the top of the stack).
    case portfolio
    /// Every agency with what it owes across all directives (the other top: Tab or `a`).
    case agencies
    /// A directive's board: its tasks, areas and agencies (``AppState/boardReference``).
    case home
    /// An area's detail, by area id.
    case area(String)
    /// An agency's detail, by agency id.
    case agency(String)
    /// Every deadline in order, with the calendar strip.
    case deadlines
    /// One deadline's assignments by status, by task id.
    case deadline(String)
    /// The report form (its state is ``AppState/form``).
    case reportForm
    /// One revision of an agency's report, to read (from the agency's submissions).
    case report(taskID: String, agencyID: String, revision: Int)
}

/// The panels of the home screen, in `Tab` order.
public enum HomePanel: Int, CaseIterable, Sendable {
    case areas
    case agencies
}

/// The panels of an agency's detail, in `Tab` order: its assignments across directives (Enter
/// opens the directive's board on it), and its submissions (Enter reads one).
public enum AgencyDetailPanel: Int, CaseIterable, Sendable {
    case assignments
    case submissions
}
