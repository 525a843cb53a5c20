/// One agency's revisions on one task as they stood on a day: what every view "as of today"
/// reads (the report form's "lần N" and prefill, `report show`), the same cut as the board's
/// (``Assignment/latestRevision`` counts only revisions submitted by today).
public struct ReportsAsOf: Sendable, Equatable {
    /// The day the revisions are seen from.
    public var today: CalendarDate
    /// The revisions submitted on or before ``today``, oldest first.
    public var revisions: [Report]
    /// Set when a revision was submitted after ``today``: a submission now would be backdated
    /// behind it, and is refused (the store enforces it; front ends say so up front).
    public var backdating: BackdatedSubmission?

    public init(today: CalendarDate, revisions: [Report], backdating: BackdatedSubmission?) {
        self.today = today
        self.revisions = revisions
        self.backdating = backdating
    }

    /// The latest revision as of today, if any.
    public var latest: Report? { revisions.last }

    /// The revision a submission made today would become.
    public var nextRevision: Int { (latest?.revision ?? 0) + 1 }
}
