/// A numbered task of a directive ("1. Giao các Sở, ngành… trước ngày 15/02/2025").
///
/// Named `DirectiveTask` so as not to shadow Swift's concurrency `Task`.
public struct DirectiveTask: Hashable, Sendable, Identifiable {
    /// The store's identifier, stable across runs: what `--task` takes.
    public var id: String
    /// The directive this task belongs to.
    public var directive: DocumentReference
    /// The number as written: "1", "2", "a".
    public var number: String
    public var text: String
    public var deadline: Deadline
    /// Agency ids, in the order of the dispatch.
    public var assigneeIDs: [String]
    /// Whom the report goes to: "Thường trực Tỉnh ủy", "UBND tỉnh".
    public var reportTo: [String]
    /// Who receives a copy: "Sở Tài nguyên và Môi trường".
    public var copyTo: [String]
    /// Tasks whose results this one consolidates (task 2 of 239 consolidates task 1's reports).
    public var consolidates: [String]

    public init(
        id: String, directive: DocumentReference, number: String, text: String, deadline: Deadline,
        assigneeIDs: [String], reportTo: [String] = [], copyTo: [String] = [], consolidates: [String] = []
    ) {
        self.id = id
        self.directive = directive
        self.number = number
        self.text = VietnameseText.normalized(text)
        self.deadline = deadline
        self.assigneeIDs = assigneeIDs
        self.reportTo = reportTo.map(VietnameseText.normalized)
        self.copyTo = copyTo.map(VietnameseText.normalized)
        self.consolidates = consolidates
    }
}

/// A recorded decision about one assignment's deadline. The original deadline is never
/// rewritten: an extension adds a new due date, a withdrawal takes the task back.
public struct DeadlineDecision: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// "gia hạn", "lùi thời gian" to a new due date.
        case extended(to: CalendarDate)
        /// "rút nhiệm vụ".
        case withdrawal
    }

    public var kind: Kind
    public var decidedOn: CalendarDate
    /// The document that decided it, if any.
    public var reference: String?
    public var note: String

    public init(kind: Kind, decidedOn: CalendarDate, reference: String? = nil, note: String = "") {
        self.kind = kind
        self.decidedOn = decidedOn
        self.reference = reference.map(VietnameseText.normalized)
        self.note = VietnameseText.normalized(note)
    }
}
