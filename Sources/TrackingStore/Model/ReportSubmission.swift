import Tracking

/// One report of a batch (``TrackingStore/submitReports(_:)``): what `report submit --file
/// reports.ndjson` sends, one line each, and what the benchmark's generator writes.
public struct ReportSubmission: Sendable {
    public var content: ReportContent
    public var taskID: String
    public var agencyID: String
    public var user: String
    /// The submission's time ("2025-02-12T10:31:05+07:00") and Vietnam day.
    public var submittedAt: String
    public var submittedOn: CalendarDate
    /// The successor sending it for `agencyID`, or nil (see ``ReportingParty``).
    public var reportedBy: String?

    public init(content: ReportContent, taskID: String, agencyID: String, user: String, clock: VietnamClock,
                reportedBy: String? = nil) {
        self.content = content
        self.reportedBy = reportedBy
        self.taskID = taskID
        self.agencyID = agencyID
        self.user = user
        submittedAt = clock.timestamp()
        submittedOn = clock.today()
    }
}
