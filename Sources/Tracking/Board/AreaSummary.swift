/// What the reports say about one area: the figures added up over the latest report of each
/// agency that gave figures for it, with the agencies and the date of the newest.
public struct AreaSummary: Sendable, Equatable {
    public var area: Area
    /// Each contributing report's figures for this area, newest first.
    public var contributions: [(report: Report, figures: AreaFigures)]
    /// Reports expected from the agencies (assignments of tasks that report, not of tasks
    /// that consolidate other tasks' reports, and not withdrawn).
    public var expectedReports: Int

    public static func == (lhs: AreaSummary, rhs: AreaSummary) -> Bool {
        lhs.area == rhs.area && lhs.expectedReports == rhs.expectedReports
            && lhs.contributions.map(\.report) == rhs.contributions.map(\.report)
    }

    public init(area: Area, snapshot: TrackingSnapshot) {
        self.area = area
        // A consolidated report repeats the figures of the reports it sums up: leave it out.
        let consolidating = Set(snapshot.directives.flatMap(\.tasks).filter { !$0.consolidates.isEmpty }.map(\.id))
        expectedReports = snapshot.assignments.filter { !consolidating.contains($0.taskID) && !$0.isWithdrawn }.count
        contributions = snapshot.latestReports.filter { !consolidating.contains($0.taskID) }.compactMap { report in
            report.content.figures.first { $0.areaID == area.id }.map { (report, $0) }
        }.sorted { $0.report.submittedAt > $1.report.submittedAt }
    }

    /// The sum of a figure over the contributions; nil when no report gave it.
    public func total(_ field: AreaFigures.Field) -> Int? {
        let values = contributions.compactMap { $0.figures[field] }
        return values.isEmpty ? nil : values.reduce(0, +)
    }

    /// The date of the newest contributing report (the agency's own date).
    public var latestDate: CalendarDate? {
        contributions.map(\.report.content.date).max()
    }
}
