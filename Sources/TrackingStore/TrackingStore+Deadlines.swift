import Tracking

extension TrackingStore {
    /// Every task of the store by due date (the deadline list), kept up to date cheaply: when
    /// `previous` was read from the whole store on the same day, only the directives changed
    /// since (the audit trail records which; up to a third of the store) are read again; otherwise the whole
    /// store is walked, a chunk of directives at a time, in constant memory.
    ///
    /// - Parameter previous: the last overview this reader built (an empty one for the first).
    /// - Complexity: a walk is linear in the store's assignments (about a second of CPU at 10⁵,
    ///   measured by the benchmark); an update, in the changed directives' assignments.
    public func deadlineOverview(rules: StatusRules, asOf today: CalendarDate,
                                 updating previous: DeadlineOverview = DeadlineOverview()) throws -> DeadlineOverview {
        if previous.today == today, let since = previous.asOfChange {
            let changes = try changes(since: since)
            // Re-reading the changed directives beats a whole walk until they are a third of
            // the store (a bulk load elsewhere changes hundreds at a time).
            if !changes.unscoped, changes.directives.count <= max(50, previous.documents.count / 3) {
                var overview = previous
                overview.asOfChange = changes.through
                guard !changes.directives.isEmpty else { return overview }
                let snapshot = try snapshot(asOf: today, directives: changes.directives, includingReports: false)
                overview.replace(Set(snapshot.directives.map(\.document.reference)),
                                 with: StatusBoard(snapshot: snapshot, rules: rules, today: today))
                return overview
            }
        }
        // The change mark first: a write during the walk is read again next time, never missed.
        var overview = DeadlineOverview()
        overview.asOfChange = try changes(since: .max).through
        overview.today = today
        try forEachSnapshot(asOf: today, chunkSize: 200) { snapshot in
            overview.add(StatusBoard(snapshot: snapshot, rules: rules, today: today))
        }
        return overview
    }
}
