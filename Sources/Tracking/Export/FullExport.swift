/// `theodoi export --format json`: everything — the status JSON of `theodoi status`, the latest
/// report of every agency on every task (in the shape of `theodoi report show --format json`)
/// and the figures added up by area.
public struct FullExport: Sendable {
    public var snapshot: TrackingSnapshot
    public var board: StatusBoard
    public var language: Language

    public init(snapshot: TrackingSnapshot, board: StatusBoard, language: Language) {
        self.snapshot = snapshot
        self.board = board
        self.language = language
    }

    public func json() -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if case .orderedObject(let status) = StatusReport(board: board, language: language).json() {
            pairs = status.map { ($0.key, $0.value) }
        }
        pairs.append(("reports", .array(snapshot.latestReports.map(reportJSON))))
        pairs.append(("areas", .array(AreaSummary.all(in: snapshot).map(areaJSON))))
        return .orderedObject(pairs)
    }

    private func reportJSON(_ report: Report) -> JSONValue {
        let agency = snapshot.agency(report.agencyID)?.name ?? report.agencyID
        return .orderedObject(report.content.jsonObject + [
            ("agency", .string(agency)), ("agency_id", .string(report.agencyID)), ("task", .string(report.taskID)),
            ("submitted_at", .string(report.submittedAt)), ("submitted_by", .string(report.submittedBy)),
            ("revision", .integer(report.revision)),
        ])
    }

    private func areaJSON(_ summary: AreaSummary) -> JSONValue {
        let area = summary.area
        return .orderedObject([
            ("id", .string(area.id)),
            ("name", .string(area.name)),
            ("locality", .string(area.locality)),
            ("district", .string(area.district)),
            ("industry", .string(area.industry)),
            ("expected_reports", .integer(summary.expectedReports)),
            ("reports_with_figures", .integer(summary.contributions.count)),
            ("latest_date", summary.latestDate.map { .string($0.iso) } ?? .null),
            ("totals", .orderedObject(AreaFigures.Field.allCases.map { ($0.rawValue, summary.total($0).map(JSONValue.integer) ?? .null) })),
            ("agencies", .array(summary.contributions.map { contribution in
                var row: [(String, JSONValue)] = [
                    ("agency", .string(snapshot.agency(contribution.report.agencyID)?.name ?? contribution.report.agencyID)),
                    ("task", .string(contribution.report.taskID)),
                ]
                row += AreaFigures.Field.allCases.map { ($0.rawValue, contribution.figures[$0].map(JSONValue.integer) ?? .null) }
                return .orderedObject(row)
            })),
        ])
    }
}
