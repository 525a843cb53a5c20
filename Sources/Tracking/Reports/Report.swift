/// One submission of a report: the content plus who sent it and when. A later submission for
/// the same agency and task is a new revision; earlier ones are kept. Timeliness counts the
/// first revision.
public struct Report: Hashable, Sendable {
    public var taskID: String
    public var agencyID: String
    /// 1 for the first submission.
    public var revision: Int
    public var content: ReportContent
    /// "2025-02-12T10:31:05+07:00"
    public var submittedAt: String
    /// The Vietnam date of the submission (the fixed today when one is set).
    public var submittedOn: CalendarDate
    /// The Unix user who submitted it.
    public var submittedBy: String
    /// The agency that sent it when it is not ``agencyID`` itself: a successor reporting on its
    /// predecessor's assignment after a merger or an abolition (issue 11 item 4). Nil otherwise.
    public var reportedBy: String?

    public init(taskID: String, agencyID: String, revision: Int, content: ReportContent,
                submittedAt: String, submittedOn: CalendarDate, submittedBy: String, reportedBy: String? = nil) {
        self.taskID = taskID
        self.agencyID = agencyID
        self.revision = revision
        self.content = content
        self.submittedAt = submittedAt
        self.submittedOn = submittedOn
        self.submittedBy = submittedBy
        self.reportedBy = reportedBy
    }
}
