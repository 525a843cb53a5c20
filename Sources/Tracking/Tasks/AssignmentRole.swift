/// An agency's part in a task (issue 11 item 3): the lead ("chủ trì") answers for it, the
/// cooperating agencies ("phối hợp") help. A task's status is its leads': a cooperating agency
/// late on its share does not make the task overdue, and is listed apart so that the lead
/// department still sees whom to chase. An addressee given a task with every other addressee
/// ("Giao các Sở, ngành …") reports for itself, so it is a lead.
public enum AssignmentRole: String, Sendable, CaseIterable, Hashable {
    case lead
    case cooperating

    /// "chủ trì" / "phối hợp" (English "lead" / "cooperating").
    public func label(_ language: Language) -> String {
        switch self {
        case .lead: language.pick("chủ trì", "lead")
        case .cooperating: language.pick("phối hợp", "cooperating")
        }
    }

    /// The short tag boards put before a cooperating agency's name ("PH"; "CO" in English); a
    /// lead has none, being the usual case.
    public func tag(_ language: Language) -> String {
        switch self {
        case .lead: ""
        case .cooperating: language.pick("PH", "CO")
        }
    }
}
