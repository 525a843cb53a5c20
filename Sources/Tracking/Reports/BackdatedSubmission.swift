/// Why a report may not be submitted under a fixed today (`--today`) that is earlier than a
/// revision already stored for the same agency and task.
///
/// Revisions are numbered in the order they were stored and counted "as of today" by the day
/// they were submitted, so both orders must agree: a revision 3 dated 12/02 behind a revision 2
/// of 14/02 would be invisible to the board as of 13/02 while `report show` found it, and the
/// first submission (which timeliness counts) would no longer be the earliest. Refusing keeps
/// one history that every view reads the same way.
public struct BackdatedSubmission: UserFacingError, Equatable, Sendable {
    /// The latest revision already stored, submitted after ``today``.
    public var laterRevision: Int
    /// The day that revision was submitted.
    public var laterSubmittedOn: CalendarDate
    /// The day the submitter is viewing (and would date the new revision).
    public var today: CalendarDate

    public init(laterRevision: Int, laterSubmittedOn: CalendarDate, today: CalendarDate) {
        self.laterRevision = laterRevision
        self.laterSubmittedOn = laterSubmittedOn
        self.today = today
    }

    /// "Cơ quan này đã nộp lần 2 ngày 14/02/2025, sau ngày đang xem 12/02/2025: không nộp lùi ngày được."
    public func message(_ language: Language) -> String {
        language.pick(
            "Cơ quan này đã nộp lần \(laterRevision) ngày \(laterSubmittedOn.vietnamese), sau ngày đang xem \(today.vietnamese): không nộp lùi ngày được.",
            "This agency already submitted revision \(laterRevision) on \(laterSubmittedOn.vietnamese), after the day being viewed (\(today.vietnamese)): a report cannot be backdated.")
    }
}
