import Tracking

/// Who changed what, and when: one row per change, written in the same transaction as the
/// change itself, so that a change without its audit entry (or the reverse) cannot exist.
public struct AuditEntry: Sendable, Equatable {
    public var id: Int64
    /// "2025-02-12T10:31:05+07:00"
    public var at: String
    /// The Unix user.
    public var user: String
    /// "seed", "report.submit", …
    public var action: String
    /// What was changed: "239/UBND-NN.TN", "task 1 / cong-an-tinh".
    public var subject: String
    /// JSON of the state before and after; nil for a creation or deletion.
    public var before: String?
    public var after: String?

    package init(id: Int64, at: String, user: String, action: String, subject: String, before: String?, after: String?) {
        self.id = id
        self.at = at
        self.user = user
        self.action = action
        self.subject = subject
        self.before = before
        self.after = after
    }
}
