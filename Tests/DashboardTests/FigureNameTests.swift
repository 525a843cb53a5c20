import Canvas
@testable import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// Each report figure has one name (issue 9), short in column heads with a legend under them,
/// long in labels, the form, the report and `?` help.
@Suite struct FigureNameTests {
    func fixture() throws -> DashboardFixture {
        let fixture = try DashboardFixture()
        try fixture.submit("cong-an-tinh", on: "2025-02-10", figures: [
            AreaFigures(areaID: "phong-khe", inspected: 20, violations: 12, finesCount: 5, finesVND: 1_300_000_000,
                        suspended: 12, powerCut: 5, relocated: 0, complaintsHandled: 3),
        ])
        return fixture
    }

    @Test(arguments: Language.allCases)
    func namesAreDistinctAndShortFormsFitTheirColumns(language: Language) {
        let names = AreaFigures.Field.allCases.map { $0.name(language) }
        #expect(Set(names.map(\.short)).count == 8 && Set(names.map(\.long)).count == 8)
        for field in AreaFigures.Field.allCases {
            let name = field.name(language)
            #expect(DisplayWidth.of(name.short) <= (field == .finesVND ? 9 : 5), "\(name.short)")
            #expect(field.label(language) == name.long)
        }
        #expect(AreaFigures.Field.suspended.name(.vi) == FigureName(short: "ĐC", long: "Cơ sở tạm dừng, đình chỉ"))
    }

    @Test(arguments: Array(1...120))
    func theLegendBreaksBetweenEntriesAndNeverOverflows(width: Int) {
        let entries = FigureLegend.entries(.vi)
        for maxLines in 1...4 {
            let lines = FigureLegend.lines(.vi, width: width, maxLines: maxLines)
            #expect(lines.count <= maxLines)
            for line in lines {
                #expect(DisplayWidth.of(line) <= width, "\(width): \(line)")
                // Whole entries, with "…" after the last when some are left out; or one entry cut.
                let parts = line.hasSuffix(" …") ? String(line.dropLast(2)) : line
                let whole = parts.components(separatedBy: " · ").allSatisfy(entries.contains)
                #expect(whole || (line.hasSuffix("…") && entries.contains { $0.hasPrefix(String(line.dropLast())) }), "\(width): \(line)")
            }
        }
        // With room for everything, every entry is there, in order.
        let all = FigureLegend.lines(.vi, width: width, maxLines: 20).joined(separator: " · ")
        if entries.allSatisfy({ DisplayWidth.of($0) <= width }) { #expect(all == entries.joined(separator: " · ")) }
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theBoardUsesShortNamesWithTheLegendUnderThePanels(width: Int, height: Int) throws {
        let screen = DashboardView.render(try fixture().state(today: "2025-02-12", width: width, height: height), theme: Theme(colors: .none))
        let panel = ScreenReading.boxText(screen, "1 Phong Khê")
        #expect(panel.contains("KT 20 · VP 12 · XP 5"), "\(panel)")
        #expect(!panel.contains("Phạt 5") && !panel.contains("Kiểm tra"))
        let lines = screen.lines()
        let bottom = try #require(lines.firstIndex { $0.hasPrefix("└") })
        #expect(lines[bottom + 1].hasPrefix(" KT: Cơ sở được kiểm tra · VP: Vi phạm phát hiện · XP: Số vụ xử phạt"), "\(lines[bottom + 1])")
        #expect(screen[1, bottom + 1].style.dim)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theAreaTableHasItsFullLegendUnderIt(width: Int, height: Int) throws {
        var state = try fixture().state(today: "2025-02-12", width: width, height: height)
        state.press(.character("1"))
        let table = ScreenReading.boxLines(DashboardView.render(state, theme: Theme(colors: .none)), "Số liệu theo cơ quan")
        #expect(table[0].contains("KT    VP    XP"))
        let total = try #require(table.firstIndex { $0.contains("Tổng cộng") })
        let legend = table[(total + 1)...].map(\.trimmingSpaces).joined(separator: " · ")
        #expect(legend == FigureLegend.entries(.vi).joined(separator: " · "), "\(legend)")
    }

    @Test(arguments: Language.allCases)
    func helpListsEveryFigureName(language: Language) throws {
        var state = try fixture().state(today: "2025-02-12", width: 80, height: 24, language: language)
        state.press(.character("?"))
        let help = ScreenReading.boxText(DashboardView.render(state, theme: Theme(colors: .none)), language == .vi ? "Phím" : "Keys")
        for field in AreaFigures.Field.allCases {
            let name = field.name(language)
            #expect(help.contains(name.short + ": " + name.long), "\(name.long) in \(help)")
        }
    }

    /// The form names the focused figure cell with the same long name as the legend under its table.
    @Test func theFormAndItsLegendUseTheSameLongName() throws {
        let fixture = try fixture()
        var state = try fixture.state(today: "2025-02-12", width: 120, height: 40)
        state.press(.tab, .down, .down, .down, .down, .down, .character("n"))
        _ = Update.apply(.reportFormLoaded(ReportFormSeed(taskID: "1", agencyID: "cong-an-tinh", latestRevision: 0,
                                                          latest: nil, draftPayload: nil, draftSavedAt: nil)), to: &state)
        for field in AreaFigures.Field.allCases {
            while state.form?.focusedField != .figure(areaID: "phong-khe", field) { state.press(.tab) }
            let lines = ScreenReading.boxLines(DashboardView.render(state, theme: Theme(colors: .none)), "▶ Báo cáo")
            let name = field.name(.vi)
            #expect(lines[0].trimmingSpaces == name.long + " · Phong Khê")
            let head = try #require(lines.firstIndex { $0.hasPrefix(" Số liệu ") })
            #expect((lines[head] + " ").contains(" " + name.short + " "))
            let legend = lines[(head + 4)...].map(\.trimmingSpaces).joined(separator: " · ")
            #expect(legend.contains("KT: " + AreaFigures.Field.inspected.name(.vi).long), "\(legend)")
            if !legend.hasSuffix("…") || legend.contains(name.short + ": ") {
                #expect(legend.contains(name.short + ": " + name.long))
            }
        }
    }

    @Test func theReportViewLabelsRowsWithTheLongNames() throws {
        let fixture = try fixture()
        let state = try fixture.state(today: "2025-02-12", width: 120, height: 40)
        let reports = try fixture.store.reports(taskID: "1", agencyID: "cong-an-tinh")
        let lines = ReportView.figureTable(reports[0].content.figures, state: state, theme: Theme(colors: .none),
                                           labels: Labels(language: .vi), width: 116).map(\.text)
        for field in AreaFigures.Field.allCases {
            #expect(lines.contains { $0.hasPrefix(field.name(.vi).long) }, "\(field)")
        }
    }
}
