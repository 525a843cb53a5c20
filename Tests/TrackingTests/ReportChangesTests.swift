import Testing
@testable import Tracking

/// What a revision changed, as the agency detail and the report reader list it.
@Suite struct ReportChangesTests {
    let areas = [Area(id: "phong-khe", name: "Phong Khê", locality: "", district: "", industry: "", governmentID: nil)]

    @Test func listsSectionsAddedChangedRemovedApartAndFiguresBeforeAfter() {
        let old = ReportContent(reference: "12/BC", date: CalendarDate(year: 2025, month: 2, day: 12)!,
                                sections: [.results: "a", .solutions: "p"], figures: [AreaFigures(areaID: "phong-khe", inspected: 18)])
        var new = old
        new[.results] = "b"
        new[.lessons] = "l"
        new[.solutions] = ""
        new.figures = [AreaFigures(areaID: "phong-khe", inspected: 20, violations: 3)]
        let changes = ReportChanges.between(old, new)
        #expect(changes == [.section(.results, .changed), .section(.lessons, .added), .section(.solutions, .removed),
                            .figure(areaID: "phong-khe", .inspected, before: 18, after: 20),
                            .figure(areaID: "phong-khe", .violations, before: nil, after: 3)])
        #expect(ReportChanges.describe(changes, areas: areas, language: .vi)
            == "thêm: \(ReportSection.lessons.label(.vi)) · sửa: Kết quả đạt được · bỏ: \(ReportSection.solutions.label(.vi)) · số liệu: KT Phong Khê 18 → 20, VP Phong Khê – → 3")
        #expect(ReportChanges.between(old, old).isEmpty)
        #expect(ReportChanges.describe([], areas: areas, language: .en) == "no change in content")
    }
}
