import Testing
@testable import Tracking

/// Pins down what the reports say about one area: figures summed over the latest reports that
/// mention it (a figure nobody gave stays nil, a reported zero stays zero), newest first, and
/// the newest report's own date.
@Suite struct AreaSummaryTests {
    static func report(_ agency: String, at: String, date: String, figures: [AreaFigures]) -> Report {
        Report(taskID: "1", agencyID: agency, revision: 1,
               content: ReportContent(reference: "1/BC", date: day(date), sections: [.results: "x"], figures: figures),
               submittedAt: at, submittedOn: day(String(at.prefix(10))), submittedBy: "u")
    }

    static let snapshot = TrackingSnapshot(
        directives: [], agencies: Fixture.agencies, areas: Fixture.areas,
        assignments: [Assignment(taskID: "1", agencyID: "cong-an-tinh"), Assignment(taskID: "1", agencyID: "so-tnmt"),
                      Assignment(taskID: "1", agencyID: "dai-ptth")],
        successions: [],
        latestReports: [
            report("cong-an-tinh", at: "2025-02-12T10:00:00+07:00", date: "2025-02-11",
                   figures: [AreaFigures(areaID: "phong-khe", inspected: 20, finesVND: 1_300_000_000, relocated: 0)]),
            report("so-tnmt", at: "2025-02-13T09:00:00+07:00", date: "2025-02-13",
                   figures: [AreaFigures(areaID: "phong-khe", inspected: 5, relocated: 0), AreaFigures(areaID: "van-mon", inspected: 7)]),
            report("dai-ptth", at: "2025-02-14T09:00:00+07:00", date: "2025-02-14", figures: []),
        ])

    @Test func sumsTheContributions() {
        let summary = AreaSummary(area: Fixture.phongKhe, snapshot: Self.snapshot)
        #expect(summary.contributions.map(\.report.agencyID) == ["so-tnmt", "cong-an-tinh"])
        #expect(summary.total(.inspected) == 25)
        #expect(summary.total(.finesVND) == 1_300_000_000)
        #expect(summary.total(.relocated) == 0)
        #expect(summary.total(.violations) == nil)
        #expect(summary.latestDate == day("2025-02-13"))
        #expect(summary.expectedReports == 3)
    }

    @Test func anAreaNobodyReportedOn() {
        let summary = AreaSummary(area: Fixture.phuLam, snapshot: Self.snapshot)
        #expect(summary.contributions.isEmpty)
        #expect(AreaFigures.Field.allCases.allSatisfy { summary.total($0) == nil })
        #expect(summary.latestDate == nil)
        #expect(AreaSummary(area: Fixture.vanMon, snapshot: Self.snapshot).total(.inspected) == 7)
    }

    @Test func snapshotLookups() {
        #expect(Self.snapshot.latestReport(taskID: "1", agencyID: "so-tnmt")?.content.date == day("2025-02-13"))
        #expect(Self.snapshot.latestReport(taskID: "2", agencyID: "so-tnmt") == nil)
        #expect(Self.snapshot.agency("dai-ptth")?.name == "Đài Phát thanh và Truyền hình tỉnh")
        #expect(Self.snapshot.agency("khong-co") == nil)
        #expect(Self.snapshot.assignments(of: "1").count == 3)
    }
}
