import Tracking

/// The mark of a cooperating agency ("phối hợp") on boards and in the agency view: a short tag
/// ("PH"; "CO" in English) beside its name, and a legend in the panel's title whenever a tag is
/// on screen, so that the tag is never left unexplained. A lead ("chủ trì"), the usual case,
/// has none: the boards stay as they were for directives that name no cooperating agency.
enum RoleTag {
    /// "PH" for a cooperating agency, "" for a lead.
    static func tag(_ role: AssignmentRole, labels: Labels) -> String {
        role.tag(labels.language)
    }

    /// " · PH = phối hợp" when `shown`, "" otherwise: what a panel's title gains.
    static func legend(shown: Bool, labels: Labels) -> String {
        guard shown else { return "" }
        let role = AssignmentRole.cooperating
        return " · " + role.tag(labels.language) + " = " + role.label(labels.language)
    }
}
