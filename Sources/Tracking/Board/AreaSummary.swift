/// What the reports say about one area: the figures added up over the latest report of each
/// agency that gave figures for it, with the agencies and the date of the newest.
///
/// Built once per snapshot (``all(in:)`` makes every area's in one pass over the reports) and
/// kept: a frame only reads it.
public struct AreaSummary: Sendable, Equatable {
    public var area: Area
    /// Each contributing report's figures for this area, newest first.
    public var contributions: [(report: Report, figures: AreaFigures)]
    /// Reports expected from the agencies (assignments of tasks that report, not of tasks
    /// that consolidate other tasks' reports, and not withdrawn).
    public var expectedReports: Int
    /// Each figure added up over the contributions; absent when no report gave it.
    public private(set) var totals: [AreaFigures.Field: Int] = [:]
    /// The date of the newest contributing report (the agency's own date).
    public private(set) var latestDate: CalendarDate?

    public static func == (lhs: AreaSummary, rhs: AreaSummary) -> Bool {
        lhs.area == rhs.area && lhs.expectedReports == rhs.expectedReports
            && lhs.contributions.map(\.report) == rhs.contributions.map(\.report)
    }

    public init(area: Area, snapshot: TrackingSnapshot) {
        self = Self.all(in: snapshot, areas: [area])[0]
    }

    init(area: Area, contributions: [(report: Report, figures: AreaFigures)], expectedReports: Int) {
        self.area = area
        self.contributions = contributions.sorted { $0.report.submittedAt > $1.report.submittedAt }
        self.expectedReports = expectedReports
        for contribution in contributions {
            for field in AreaFigures.Field.allCases {
                // Saturating: figures stored before the limit existed cannot overflow a total.
                if let value = contribution.figures[field] {
                    let (sum, overflow) = totals[field, default: 0].addingReportingOverflow(value)
                    totals[field] = overflow ? Int.max : sum
                }
            }
            latestDate = max(latestDate ?? contribution.report.content.date, contribution.report.content.date)
        }
    }

    /// The summaries of `areas` (every area of the snapshot by default), in one pass over the
    /// assignments and one over the latest reports.
    public static func all(in snapshot: TrackingSnapshot, areas: [Area]? = nil) -> [AreaSummary] {
        let areas = areas ?? snapshot.areas
        // A consolidated report repeats the figures of the reports it sums up: leave it out.
        var consolidating: Set<String> = []
        for directive in snapshot.directives {
            for task in directive.tasks where !task.consolidates.isEmpty { consolidating.insert(task.id) }
        }
        let expected = snapshot.assignments.reduce(0) { count, assignment in
            count + (consolidating.contains(assignment.taskID) || assignment.isWithdrawn ? 0 : 1)
        }
        let positions = Dictionary(areas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var contributions = Array(repeating: [(report: Report, figures: AreaFigures)](), count: areas.count)
        for report in snapshot.latestReports where !consolidating.contains(report.taskID) {
            for figures in report.content.figures {
                if let position = positions[figures.areaID] { contributions[position].append((report, figures)) }
            }
        }
        return areas.indices.map { AreaSummary(area: areas[$0], contributions: contributions[$0], expectedReports: expected) }
    }

    /// The sum of a figure over the contributions; nil when no report gave it.
    public func total(_ field: AreaFigures.Field) -> Int? {
        totals[field]
    }
}
