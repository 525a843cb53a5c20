/// The directives being followed, for the home list ("Văn bản chỉ đạo"): one entry per directive
/// with its tasks, how many of its agencies reported, the nearest due date still owed and how
/// many are overdue. Derived from a ``DeadlineOverview`` (no read of its own), in urgency order:
/// directives with overdue reports first, then by nearest due date; those whose every assignment
/// is done (or withdrawn) apart, in ``done``.
public struct Portfolio: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var document: Document
        public var tasks = 0
        /// Assignments not withdrawn, and how many of them reported.
        public var assigned = 0
        public var reported = 0
        public var overdue = 0
        public var dueSoon = 0
        /// The earliest due date among the tasks still missing a report.
        public var nextDue: CalendarDate?
        /// False while only the directive is known, before its tasks are read.
        public var isCounted = false

        public init(document: Document) {
            self.document = document
        }

        public var isDone: Bool { isCounted && reported == assigned }

        /// The status that stands for the directive: its most urgent assignment's.
        public var status: AssignmentStatus {
            if overdue > 0 { return .overdue }
            if dueSoon > 0 { return .dueSoon }
            if reported < assigned { return nextDue == nil ? .noDeadline : .pending }
            return .doneOnTime
        }
    }

    /// Directives with something still owed, most urgent first.
    public private(set) var active: [Entry] = []
    /// Directives whose every assignment is done or withdrawn, newest first.
    public private(set) var done: [Entry] = []

    public init() {}

    public init(overview: DeadlineOverview) {
        if let preset = overview.portfolioCounts {
            self.init(entries: preset)
            return
        }
        let counted = overview.isCounted
        var byReference: [DocumentReference: Entry] = [:]
        for document in overview.documents {
            var entry = Entry(document: document)
            entry.isCounted = counted
            byReference[document.reference] = entry
        }
        for task in overview.entries {
            guard var entry = byReference[task.task.directive] else { continue }
            entry.tasks += 1
            entry.assigned += task.assigned
            entry.reported += (task.counts[.doneOnTime] ?? 0) + (task.counts[.doneLate] ?? 0)
            entry.overdue += task.counts[.overdue] ?? 0
            entry.dueSoon += task.counts[.dueSoon] ?? 0
            if !task.missingAgencyIDs.isEmpty, let due = task.due {
                entry.nextDue = min(entry.nextDue ?? due, due)
            }
            byReference[task.task.directive] = entry
        }
        self.init(entries: overview.documents.compactMap { byReference[$0.reference] })
    }

    /// The list of these entries (one per directive), sorted as the list shows them.
    public init(entries: [Entry]) {
        active = entries.filter { !$0.isDone }.sorted(by: Self.moreUrgent)
        done = entries.filter(\.isDone).sorted { ($0.document.date ?? .distantPast) > ($1.document.date ?? .distantPast) }
    }

    /// Overdue first; then the nearest due date (none last); then the older directive.
    static func moreUrgent(_ lhs: Entry, _ rhs: Entry) -> Bool {
        if (lhs.overdue > 0) != (rhs.overdue > 0) { return lhs.overdue > 0 }
        switch (lhs.nextDue, rhs.nextDue) {
        case let (l?, r?) where l != r: return l < r
        case (_?, nil): return true
        case (nil, _?): return false
        default:
            return (lhs.document.date ?? .distantPast, lhs.document.reference.text)
                < (rhs.document.date ?? .distantPast, rhs.document.reference.text)
        }
    }

    /// The entries whose reference, subject or issuer the query finds
    /// (``VietnameseText/searchMatches(_:in:)``).
    public func filtered(_ query: String) -> Portfolio {
        guard !query.isEmpty else { return self }
        func matches(_ entry: Entry) -> Bool {
            [entry.document.reference.text, entry.document.subject ?? "", entry.document.issuer]
                .contains { VietnameseText.searchMatches(query, in: $0) }
        }
        var result = Portfolio()
        result.active = active.filter(matches)
        result.done = done.filter(matches)
        return result
    }

    public var count: Int { active.count + done.count }
}
