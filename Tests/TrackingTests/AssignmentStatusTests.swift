import Testing
@testable import Tracking

/// Pins down the status values: their JSON names (a contract), and that each has its own glyph,
/// ASCII glyph and label in both languages, so status never rests on colour alone.
@Suite struct AssignmentStatusTests {
    @Test func rawValuesAreTheJSONContract() {
        #expect(AssignmentStatus.allCases.map(\.rawValue) == ["pending", "due_soon", "overdue", "done_on_time", "done_late", "no_deadline"])
    }

    @Test func glyphsAndLabelsAreDistinct() {
        let all = AssignmentStatus.allCases
        #expect(all.map(\.glyph) == ["○", "◔", "✗", "✓", "☑", "–"])
        #expect(Set(all.map(\.asciiGlyph)).count == all.count)
        #expect(all.allSatisfy { $0.asciiGlyph.unicodeScalars.allSatisfy(\.isASCII) })
        for language in Language.allCases {
            #expect(Set(all.map { $0.label(language) }).count == all.count)
        }
        #expect(AssignmentStatus.dueSoon.label(.vi) == "Sắp đến hạn")
        #expect(AssignmentStatus.pending.label(.vi) == "Đang thực hiện (trong hạn)")
        #expect(AssignmentStatus.doneLate.label(.en) == "Done late")
    }

    @Test func onlyTheTwoDoneStatusesAreDone() {
        #expect(AssignmentStatus.allCases.filter(\.isDone) == [.doneOnTime, .doneLate])
    }
}
