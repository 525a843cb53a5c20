import Testing
@testable import Tracking

/// What a revision changed, as the agency detail lists it.
@Suite struct ReportChangesTests {
    let areas = [Area(id: "phong-khe", name: "Phong Khê", locality: "", district: "", industry: "", governmentID: nil)]

    @Test func listsChangedSectionsAndFigures() {
        let old = ReportContent(reference: "12/BC", date: CalendarDate(year: 2025, month: 2, day: 12)!,
                                sections: [.results: "a"], figures: [AreaFigures(areaID: "phong-khe", inspected: 20)])
        var new = old
        new[.results] = "b"
        new.figures = [AreaFigures(areaID: "phong-khe", inspected: 21)]
        let changes = ReportChanges.between(old, new)
        #expect(changes == [.section(.results), .figures(areaID: "phong-khe")])
        #expect(ReportChanges.describe(changes, areas: areas, language: .vi) == "Kết quả đạt được, số liệu Phong Khê")
        #expect(ReportChanges.between(old, old).isEmpty)
        #expect(ReportChanges.describe([], areas: areas, language: .en) == "no change in content")
    }
}
